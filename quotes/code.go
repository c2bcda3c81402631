package quotes

import (
	"strings"
	"unicode"
)

// looksLikeCode reports whether a paragraph is page code rather than prose:
// CSS, JavaScript, HTML or JSON left in scraped text. It judges the shape of
// the paragraph (braces with semicolons, arrows, keywords, selectors, the
// share of letters), not any one page's content.
func looksLikeCode(p string) bool {
	var braces, semis, syms, letters, spaces, n int
	for _, r := range p {
		n++
		switch {
		case r == '{' || r == '}':
			braces++
			syms++
		case r == ';':
			semis++
			syms++
		case strings.ContainsRune("=<>()[]|&$#\\_*+", r):
			syms++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsSpace(r):
			spaces++
		}
	}
	if n == 0 {
		return false
	}
	words := spaces + 1
	switch {
	case braces >= 2 && semis >= 1:
		return true // CSS rules, JavaScript blocks
	case braces >= 2 && strings.Contains(p, `":`):
		return true // JSON
	case strings.Contains(p, "=>") || strings.Contains(p, "function(") || strings.Contains(p, "function ("):
		return braces > 0 || semis > 0
	case strings.Count(p, "</") >= 2 || strings.Count(p, "/>") >= 2:
		return true // HTML markup
	case n >= 40 && syms*4 > words && syms*12 > n:
		return true // dense operators: a symbol every few words
	case n >= 40 && letters*2 < n:
		return true // little text
	}
	return false
}
