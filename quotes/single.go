package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Single quotation marks double as apostrophes (Russia’s, students’, ’90s,
// rock ’n’ roll, O’Neill, don't), so they are taken as quotation marks only
// in pairs whose context rules the apostrophe out.

// A pair is a matched opening and closing single mark.
type pair struct{ open, close Span }

// singlePairs returns the single-quoted quotations in text[lo:hi].
func singlePairs(text string, lo, hi int) []pair {
	var openers, closers []int // byte offsets of candidate marks
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(text[i:hi])
		if r == '\'' || r == '‘' || r == '’' {
			if r != '’' && singleOpens(text, lo, hi, i, size) {
				openers = append(openers, i)
			} else if r != '‘' && singleCloses(text, lo, hi, i, size) {
				closers = append(closers, i)
			}
		}
		i += size
	}
	var pairs []pair
	ci := 0
	for oi := 0; oi < len(openers); oi++ {
		o := openers[oi]
		_, osize := utf8.DecodeRuneInString(text[o:hi])
		for ci < len(closers) && closers[ci] <= o {
			ci++
		}
		if ci == len(closers) {
			break
		}
		// A plural possessive (the workers’ union) looks like a closer; take
		// it only when no plainer closer follows.
		pick := ci
		for pick < len(closers)-1 && possessive(text, hi, closers[pick]) {
			pick++
		}
		// The pair must not straddle a later opener.
		if oi+1 < len(openers) && openers[oi+1] < closers[pick] {
			continue
		}
		c := closers[pick]
		s, e := trimSpace(text, o+osize, c)
		if !elision(text[s:e]) {
			pairs = append(pairs, pair{Span{o, o + osize}, Span{c, c + runeLenAt(text, c)}})
		}
		ci = pick + 1
	}
	return pairs
}

// singleOpens reports whether the single mark at text[i:i+size] can open a
// quotation: nothing but space or opening punctuation before it, a letter
// after it, and no elision such as '90s or 'em.
func singleOpens(text string, lo, hi, i, size int) bool {
	if !leftOpen(text, lo, i) || i+size >= hi {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+size : hi])
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	word := leadingWord(text[i+size : hi])
	if isDigits(strings.TrimSuffix(word, "s")) {
		return false // '90s, '16
	}
	switch strings.ToLower(word) {
	case "em", "til", "cause", "bout", "tis", "twas", "n", "round", "kay":
		return false
	}
	return true
}

// singleCloses reports whether the single mark at text[i:i+size] can close a
// quotation: no space before it and no letter after it.
func singleCloses(text string, lo, hi, i, size int) bool {
	if i <= lo || leftOpen(text, lo, i) {
		return false
	}
	return rightOpen(text, i+size, hi)
}

// possessive reports whether the closer candidate at text[i] follows an s and
// precedes a lower-case word, as in "the workers’ union".
func possessive(text string, hi, i int) bool {
	if i == 0 || (text[i-1] != 's' && text[i-1] != 'S') {
		return false
	}
	_, size := utf8.DecodeRuneInString(text[i:hi])
	rest := text[i+size : hi]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsLower(r)
}

// elision reports whether a would-be quotation is an apostrophe pair such as
// the n of rock ’n’ roll.
func elision(s string) bool {
	return utf8.RuneCountInString(s) <= 1
}

// leadingWord returns the letters and digits at the start of s.
func leadingWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// nestedSingles returns the contents of the single-quoted quotations inside
// the content text[s:e] of a double-quoted one.
func nestedSingles(text string, s, e int) []Span {
	if !strings.ContainsAny(text[s:e], "'‘’") {
		return nil
	}
	var spans []Span
	for _, p := range singlePairs(text, s, e) {
		a, b := trimSpace(text, p.open.End, p.close.Start)
		spans = append(spans, Span{a, b})
	}
	return spans
}

// singles returns the quotations of a paragraph that has no double marks, as
// in British style or headlines: Trump Was ‘Mocking’ Clinton Camp.
func (p paragraph) singles() []Quote {
	if !strings.ContainsAny(p.text[p.start:p.end], "'‘’") {
		return nil
	}
	var qs []Quote
	for _, sp := range singlePairs(p.text, p.start, p.end) {
		if q, ok := p.quote(sp.open.Start, sp.open.End, sp.close.Start, sp.close.End, true); ok {
			qs = append(qs, q)
		}
	}
	return qs
}

func runeLenAt(text string, i int) int {
	_, size := utf8.DecodeRuneInString(text[i:])
	return size
}
