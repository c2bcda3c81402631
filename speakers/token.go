package speakers

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/quotes"
)

// A token is a word or punctuation mark of the article, with its byte
// offsets. prose gives no offsets, so the package tokenizes the text itself
// and aligns prose's tags back onto these tokens.
type token struct {
	start, end int
	text       string // text[start:end]
	tag        string // Penn Treebank part of speech, from prose
	ner        string // entity type from prose (PERSON, GPE, …), where it ran
	para       int    // paragraph index, as quotes counts them
	sent       int    // sentence index in the article
	quote      int    // index of the quotation whose content holds it, or -1
	mark       bool   // a quotation mark of quotation quote
	headline   bool   // in a paragraph written in title case, as headlines are
}

// lower returns the token's text in lower case with curly apostrophes made
// straight.
func (t *token) lower() string {
	return strings.ToLower(strings.ReplaceAll(t.text, "’", "'"))
}

// capitalized reports whether the token starts with an upper-case letter,
// or is a name the Arabic article opens: al-Assad, el-Sisi.
func (t *token) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	if unicode.IsUpper(r) {
		return true
	}
	rest, ok := unarticled(t.text)
	r, _ = utf8.DecodeRuneInString(rest)
	return ok && unicode.IsUpper(r)
}

// unarticled returns w without the Arabic article joined to its front by a
// hyphen (al-Assad: Assad), and whether it had one.
func unarticled(w string) (string, bool) {
	for _, p := range []string{"al-", "el-"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			return rest, true
		}
	}
	return w, false
}

// word reports whether the token holds a letter or digit.
func (t *token) word() bool {
	return strings.IndexFunc(t.text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// inQuote reports whether the token belongs to a quotation, content or mark.
func (t *token) inQuote() bool { return t.quote >= 0 }

// possessive reports whether t is the possessive 's, either apostrophe, or
// the apostrophe alone after a plural: the attackers' phones.
func (t *token) possessive() bool {
	return t.lower() == "'s" || t.tag == "POS" && (t.text == "'" || t.text == "’")
}

// tokenize splits the prose paragraphs of text into tokens; paragraphs of
// page code get none.
func tokenize(text string) []token {
	var toks []token
	for _, p := range quotes.Paragraphs(text) {
		if p.Code {
			continue
		}
		n := len(toks)
		toks = splitLine(toks, text, p.Start, p.End, p.Index)
		if titleCased(toks[n:]) {
			for k := n; k < len(toks); k++ {
				toks[k].headline = true
			}
		}
	}
	return toks
}

// titleCased reports whether a paragraph's tokens read as a headline: no
// closing period and most longer words capitalized, as in "Putin Meets With
// North Korea’s Kim Jong Un After Military Parade".
func titleCased(toks []token) bool {
	if len(toks) < 3 || toks[len(toks)-1].text == "." {
		return false
	}
	words, caps := 0, 0
	for k := range toks {
		if !toks[k].word() || len(toks[k].text) <= 3 {
			continue
		}
		words++
		if toks[k].capitalized() {
			caps++
		}
	}
	return words >= 3 && caps*4 >= words*3
}

// splitLine appends the tokens of text[lo:hi] to toks.
func splitLine(toks []token, text string, lo, hi, para int) []token {
	add := func(s, e int) {
		if s < e {
			toks = append(toks, token{start: s, end: e, text: text[s:e], para: para, quote: -1})
		}
	}
	i := lo
	for i < hi {
		r, size := utf8.DecodeRuneInString(text[i:hi])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < hi {
			r, size := utf8.DecodeRuneInString(text[j:hi])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		splitChunk(text, i, j, add)
		i = j
	}
	return toks
}

const (
	leadPunct  = "\"“‘'([{«„‟—–―"
	trailPunct = ".,;:!?)]}\"”’'»…—–―"
)

// splitChunk splits the white-space-free chunk text[s:e] into tokens: leading
// and trailing punctuation, dashes inside, and the clitics 's and n't.
func splitChunk(text string, s, e int, add func(s, e int)) {
	if s+1 < e && (text[s] == '-' || text[s] == '*') {
		if r, _ := utf8.DecodeRuneInString(text[s+1 : e]); unicode.IsLetter(r) {
			add(s, s+1) // a list's bullet: -One poll shows …
			s++
		}
	}
	for s < e {
		if strings.HasPrefix(text[s:e], "''") || strings.HasPrefix(text[s:e], "``") {
			add(s, s+2) // two apostrophes or backticks: one double mark
			s += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !strings.ContainsRune(leadPunct, r) {
			break
		}
		add(s, s+size)
		s += size
	}
	var tail [][2]int // the trailing tokens, last first
	for e > s {
		if e-s >= 2 && text[e-2:e] == "''" {
			tail = append(tail, [2]int{e - 2, e})
			e -= 2
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !strings.ContainsRune(trailPunct, r) {
			break
		}
		if r == '.' && abbreviation(text[s:e]) {
			break
		}
		tail = append(tail, [2]int{e - size, e})
		e -= size
	}
	// Dashes between words: "Moscow—Kyiv" → Moscow — Kyiv.
	for s < e {
		k := strings.IndexAny(text[s:e], "—–―")
		if k <= 0 {
			break
		}
		splitWord(text, s, s+k, add)
		_, size := utf8.DecodeRuneInString(text[s+k : e])
		add(s+k, s+k+size)
		s += k + size
	}
	splitWord(text, s, e, add)
	for k := len(tail) - 1; k >= 0; k-- {
		add(tail[k][0], tail[k][1])
	}
}

// splitWord adds text[s:e], splitting off a final 's, ’s or n't.
func splitWord(text string, s, e int, add func(s, e int)) {
	w := strings.ToLower(text[s:e])
	for _, suf := range []string{"'s", "’s", "n't", "n’t"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			add(s, e-len(suf))
			add(e-len(suf), e)
			return
		}
	}
	add(s, e)
}

// abbreviation reports whether a word ending in a period keeps it: U.S.,
// J., Mr., Sept., Inc.
func abbreviation(w string) bool {
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	// Initials and dotted acronyms: J. U.S. D.C.
	body := strings.TrimSuffix(w, ".")
	if body == "" {
		return false
	}
	for _, part := range strings.Split(body, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// dropNicknames removes the tokens of the quoted nicknames that stand
// inside names (Marcia "Cia" Price), so that the name reads as one: the
// nickname is a term of its own and no one's words, and its marks would cut
// the name in two for every rule that looks for a speaker.
func dropNicknames(toks []token, qs []quotes.Quote) []token {
	name := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].quote < 0 && toks[k].capitalized() && toks[k].word()
	}
	out := toks[:0]
	for k := 0; k < len(toks); {
		qi := toks[k].quote
		if qi < 0 || !toks[k].mark || qs[qi].Kind != quotes.Term || k > 0 && toks[k-1].quote == qi {
			out = append(out, toks[k])
			k++
			continue
		}
		e := k
		for e < len(toks) && toks[e].quote == qi {
			e++
		}
		if name(k-1) && name(e) && toks[k-1].para == toks[e].para && e-k <= 4 {
			k = e // drop the nickname and its marks
			continue
		}
		out = append(out, toks[k:e]...)
		k = e
	}
	return out
}

// markQuotes records which tokens belong to which quotation.
func markQuotes(toks []token, qs []quotes.Quote) {
	k := 0
	for qi, q := range qs {
		for k < len(toks) && toks[k].end <= q.Marks.Start {
			k++
		}
		for j := k; j < len(toks) && toks[j].start < q.Marks.End; j++ {
			toks[j].quote = qi
			toks[j].mark = toks[j].end <= q.Start || toks[j].start >= q.End
		}
	}
}

// splitSentences numbers the sentences. A sentence ends with a paragraph, or
// with . ? ! outside a quotation followed by a capital, or a parenthesis
// closed after them (… tears.) The …); a quotation that ends
// a sentence inside its marks ends it too unless a cue follows ("…." he said).
func splitSentences(toks []token) {
	sent := 0
	for i := range toks {
		if i > 0 && toks[i].para != toks[i-1].para {
			sent++
		}
		toks[i].sent = sent
		if i+1 >= len(toks) || toks[i+1].para != toks[i].para || !toks[i+1].startsSentence() {
			continue
		}
		t := &toks[i]
		switch {
		case t.quote < 0 && isEndPunct(t.text):
			sent++
		case t.quote < 0 && t.text == ")" && i > 0 && isEndPunct(toks[i-1].text):
			sent++ // (She says ….) The leaders …
		case t.mark && i > 0 && toks[i-1].quote == t.quote && !toks[i-1].mark &&
			strings.ContainsAny(toks[i-1].text, ".?!") && toks[i+1].quote != t.quote && !cueFollows(toks, i+1):
			sent++
		}
	}
}

// startsSentence reports whether a token can begin a sentence.
func (t *token) startsSentence() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(«„", r)
}

// cueFollows reports whether a reporting verb stands at toks[i] or right
// after the word there: said Kim, Kim said.
func cueFollows(toks []token, i int) bool {
	switch toks[i].text {
	case "He", "She", "They", "We", "It":
		return false // a cue's pronoun would be in lower case: "…," he said
	}
	for j := i; j < len(toks) && j <= i+3; j++ {
		if speechVerbs[toks[j].lower()] != "" {
			if j+1 < len(toks) && toks[j+1].lower() == "to" {
				return false // … ." Mann declined to comment.
			}
			// A cue ends its sentence soon (… ." Putin said.); a reporting
			// verb with a clause after it starts a sentence of its own
			// (… ." The speechwriter said the deal was off).
			for k := j + 1; k < len(toks) && k <= j+4; k++ {
				if toks[k].quote >= 0 && k > j+1 && toks[k-1].text != "," {
					// The verb's object, then a quotation of its own: … ."
					// Carly Fiorina said Ted Cruz "says whatever …".
					return false
				}
				if toks[k].quote >= 0 || toks[k].text == "." || toks[k].text == "," || toks[k].para != toks[j].para {
					return true
				}
			}
			return false
		}
		if toks[j].quote >= 0 || !toks[j].word() {
			return false
		}
	}
	return false
}
