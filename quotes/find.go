package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Find returns the quotations in text, in order of position.
//
// Each line of text is a paragraph; blank lines only separate them. A
// quotation never crosses a paragraph: one left open ends with its paragraph,
// and when the next paragraph reopens a mark, the quotation found there has
// Continues set. Paragraphs that look like page code yield nothing.
//
// Find does not retain text and is safe for concurrent use. It runs in time
// linear in len(text) and accepts any bytes, valid UTF-8 or not.
func Find(text string) []Quote {
	var out []Quote
	prevOpen := false // the previous paragraph ended inside a quotation
	for _, par := range Paragraphs(text) {
		if par.Code {
			prevOpen = false
			continue
		}
		p := paragraph{text: text, start: par.Start, end: par.End, index: par.Index}
		qs, open := p.scan(prevOpen)
		out = append(out, qs...)
		prevOpen = open
	}
	return out
}

// A Paragraph is one non-blank line of a text.
type Paragraph struct {
	Span       // the line without its line break
	Index int  // 0-based, counting non-blank lines
	Code  bool // the line looks like page code, not prose: Find takes nothing from it
}

// Paragraphs returns the non-blank lines of text in order, telling which look
// like page code (CSS, JavaScript, HTML or JSON left in scraped text) rather
// than prose, by their shape: braces with semicolons, arrows, keywords,
// markup, the share of letters.
func Paragraphs(text string) []Paragraph {
	var ps []Paragraph
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if line := text[start:end]; strings.TrimSpace(line) != "" {
			ps = append(ps, Paragraph{Span: Span{start, end}, Index: len(ps), Code: looksLikeCode(line)})
		}
		start = end + 1
	}
	return ps
}

// A paragraph is one line of the text being scanned.
type paragraph struct {
	text       string
	start, end int // the line, without its newline
	index      int
}

// A mark is one quotation mark in a paragraph and what its context makes it.
type mark struct {
	pos, size int
	role      role
}

type role uint8

const (
	opener role = iota + 1
	closer
	either // a straight mark whose context does not decide: it toggles
)

// scan finds the quotations of p. prevOpen says the paragraph before ended
// inside a quotation. It reports whether p itself ends inside one.
func (p paragraph) scan(prevOpen bool) (qs []Quote, open bool) {
	marks := p.doubleMarks()
	if len(marks) == 0 {
		return p.singles(), false
	}
	openAt := -1 // index into marks of the pending opener
	for i, m := range marks {
		switch {
		case m.role == opener || (m.role == either && openAt < 0):
			// A second opener means the first was stray: restart here, so
			// one stray mark cannot shift the pairing of those after it.
			openAt = i
		case openAt >= 0: // closer, or either while open
			o := marks[openAt]
			if q, ok := p.quote(o.pos, o.pos+o.size, m.pos, m.pos+m.size, true); ok {
				qs = append(qs, q)
			}
			openAt = -1
		}
	}
	if openAt >= 0 {
		o := marks[openAt]
		end := p.start + len(strings.TrimRightFunc(p.text[p.start:p.end], unicode.IsSpace))
		if q, ok := p.quote(o.pos, o.pos+o.size, end, end, false); ok {
			qs = append(qs, q)
			open = true
		}
	}
	if prevOpen && len(qs) > 0 && qs[0].Marks.Start == p.firstNonSpace() {
		qs[0].Continues = true
		qs[0].Kind = Direct
	}
	for i := 1; i < len(qs); i++ {
		if p.resumes(qs[i-1], qs[i]) {
			qs[i].Resumes = true
			qs[i].Kind = Direct
		}
	}
	return qs, open
}

// resumes reports whether q carries on prev after a cue that interrupts
// their sentence: "It was hard," she said, "and it will be harder." prev is
// a direct quotation ending in a comma, and between them stand a few words
// with no sentence end, the last of them followed by a comma. A partial
// quotation never resumes (the "worst," she said, "ever").
func (p paragraph) resumes(prev, q Quote) bool {
	if prev.Kind != Direct || !prev.Closed || !strings.HasSuffix(prev.Text, ",") {
		return false
	}
	cue := strings.TrimSpace(p.text[prev.Marks.End:q.Marks.Start])
	if !strings.HasSuffix(cue, ",") || strings.ContainsAny(cue, "?!;:\"“”«»") {
		return false
	}
	words := strings.Fields(cue)
	for _, w := range words {
		if strings.Contains(w, ".") && len(w) > 5 {
			return false // a sentence ends here; Mr., Sen. and U.S. do not end one
		}
	}
	return len(words) >= 2 && len(words) <= 10
}

func (p paragraph) firstNonSpace() int {
	return p.end - len(strings.TrimLeftFunc(p.text[p.start:p.end], unicode.IsSpace))
}

// quote builds the Quote whose opening mark is text[o0:o1] and closing mark
// text[c0:c1] (empty when unclosed). It reports false when nothing but white
// space lies between the marks.
func (p paragraph) quote(o0, o1, c0, c1 int, closed bool) (Quote, bool) {
	s, e := trimSpace(p.text, o1, c0)
	if s >= e {
		return Quote{}, false
	}
	q := Quote{
		Span:      Span{s, e},
		Text:      p.text[s:e],
		Marks:     Span{o0, c1},
		Closed:    closed,
		Paragraph: p.index,
	}
	if !closed {
		q.Marks.End = e
	}
	q.Nested = nestedSingles(p.text, s, e)
	q.Kind = classify(p.text, p.start, p.end, q)
	return q, true
}

// doubleMarks lists the double quotation marks of p with their roles.
func (p paragraph) doubleMarks() []mark {
	var marks []mark
	t := p.text
	for i := p.start; i < p.end; {
		r, size := utf8.DecodeRuneInString(t[i:p.end])
		var m role
		switch {
		case strings.HasPrefix(t[i:p.end], "''"):
			// Two apostrophes stand for a double mark in some newspapers'
			// text (''Yes,'' he said), and `` opens one in typeset text.
			size = 2
			m = straightRole(t, p.start, p.end, i, size)
		case strings.HasPrefix(t[i:p.end], "``"):
			size = 2
			m = opener
		}
		switch r {
		case '"':
			m = straightRole(t, p.start, p.end, i, size)
		case '“', '«', '„', '‟':
			m = opener
			if r == '“' || r == '«' {
				m = curlyRole(t, p.start, p.end, i, size, opener)
			}
		case '”', '»':
			m = curlyRole(t, p.start, p.end, i, size, closer)
		}
		if m != 0 {
			marks = append(marks, mark{pos: i, size: size, role: m})
		}
		i += size
	}
	return marks
}

// straightRole decides what the straight mark at text[i:i+size] is from the
// characters around it.
func straightRole(text string, lo, hi, i, size int) role {
	before, after := leftOpen(text, lo, i), rightOpen(text, i+size, hi)
	switch {
	case before && !after:
		return opener
	case after && !before:
		return closer
	}
	return either
}

// curlyRole trusts a curly mark's shape unless its context says plainly the
// opposite, as in ”Hello” typed with the wrong key, or it opens the
// paragraph.
func curlyRole(text string, lo, hi, i, size int, shape role) role {
	before, after := leftOpen(text, lo, i), rightOpen(text, i+size, hi)
	if shape == opener && after && !before {
		return closer
	}
	if shape == closer && (before && !after || i == lo) {
		// A paragraph that starts with a closing mark has nothing open for
		// it to close: ” … what I learned is …,” he said.
		return opener
	}
	return shape
}

// leftOpen reports whether the character before offset i (or the start of
// the paragraph) lets a quotation open at i.
func leftOpen(text string, lo, i int) bool {
	if i <= lo {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[lo:i])
	return unicode.IsSpace(r) || strings.ContainsRune("([{<—–-/‘'“«„", r)
}

// rightOpen reports whether the character at offset i (or the end of the
// paragraph) lets a quotation close just before i.
func rightOpen(text string, i, hi int) bool {
	if i >= hi {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?)]}>—–-/’'”»…", r)
}

// trimSpace narrows [s, e) of text to exclude white space at both ends.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}
