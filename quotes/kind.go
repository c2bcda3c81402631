package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// classify tells the kind of q, which lies in the paragraph text[lo:hi], from
// the writer's text around its marks.
//
//   - Direct: the quotation stands as a sentence of its own: nothing of the
//     writer's sentence before it, or a lead-in ending with a colon or comma
//     (Putin said: "…"), or it opens with a capital after a reporting word
//     and is long enough to be an utterance.
//   - Term: a short quotation used as a modifier or a name: followed at once
//     by a content word ("America First" foreign policy, an "undesirable"
//     organization), introduced as a name (so-called, dubbed), a short
//     phrase after an article (a "foreign agent."), a title in title case,
//     or a paragraph that is only a short quotation in title case (a
//     subhead that quotes the story: 'Coal Isn't the Villain.'), a title
//     in an apposition (his book, "Make Your Kid a Millionaire,"), or a
//     transcript's stage direction ("(CROSSTALK.)").
//   - Partial: the rest: words embedded in the writer's sentence.
func classify(text string, lo, hi int, q Quote) Kind {
	before := strings.TrimRightFunc(text[lo:q.Marks.Start], unicode.IsSpace)
	after := ""
	if q.Closed {
		after = text[q.Marks.End:hi]
	}
	content := q.Text
	words := strings.Fields(content)
	first, _ := utf8.DecodeRuneInString(content)
	last, _ := utf8.DecodeLastRuneInString(content)
	upper := unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("…['‘", first)
	ends := strings.ContainsRune(".,?!;:…—–-", last)

	if stageDirection(content) {
		return Term // a transcript's (CROSSTALK.), [APPLAUSE]
	}
	lead := lastRune(before)
	switch {
	case lead == ',' && titleIntro(before) && titleCase(words):
		return Term // an apposition: In his book, "Make Your Kid a Millionaire," he …
	case before == "" || strings.ContainsRune(".?!:", lead) || isCloseMark(lead) && sentenceEnd(before):
		if !ends && len(words) <= 6 && followedByContent(after) {
			return Term
		}
		if !ends && len(words) <= 8 && titleCase(words) && subjectVerb[strings.ToLower(leadingWord(strings.TrimLeftFunc(after, unicode.IsSpace)))] {
			return Term // a title as the sentence's subject: "American Skin (41 Shots)" was written by …
		}
		if before == "" && strings.TrimSpace(after) == "" && len(words) >= 2 && len(words) <= 8 && titleCase(words) {
			return Term // a subhead that quotes the story: 'Coal Isn't the Villain.'
		}
		return Direct
	case lead == ',' && upper, lead == '—' && upper, lead == '–' && upper:
		return Direct
	}
	prev := strings.ToLower(lastWord(before))
	if reportingLead[prev] && upper && (len(words) >= 4 || strings.ContainsRune(".?!", last)) {
		return Direct
	}
	if termIntro[prev] || termIntro[strings.ToLower(lastTwoWords(before))] || nickname(before, after, words, ends) && !titleCase(strings.Fields(text[lo:hi])) {
		return Term
	}
	if !ends && len(words) <= 5 && followedByContent(after) {
		return Term
	}
	if len(words) <= 3 && (prev == "a" || prev == "an") {
		return Term
	}
	if len(words) >= 2 && len(words) <= 6 && titleCase(words) &&
		(!strings.ContainsRune(".?!", last) || titleLead(prev)) {
		return Term // a title, its sentence's period inside the marks: on Fox News's "Fox and Friends."
	}
	return Partial
}

// stageDirection reports whether s is a transcript's note in parentheses or
// brackets, in capitals: (CROSSTALK.), [APPLAUSE], (LAUGHTER).
func stageDirection(s string) bool {
	s = strings.TrimSpace(s)
	body := strings.TrimRight(s, ".,")
	if len(s) < 3 || !(s[0] == '(' && strings.HasSuffix(body, ")") || s[0] == '[' && strings.HasSuffix(body, "]")) {
		return false
	}
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// titleIntro reports whether before, which ends with a comma, ends with a
// word that names a work: In his 2002 book, "…".
func titleIntro(before string) bool {
	return termIntro[strings.ToLower(lastWord(strings.TrimSuffix(before, ",")))]
}

// nickname reports whether a quotation of one or two capitalized words
// stands inside a name, between its first name and its last: Marcia "Cia"
// Price, Juan “Chico” Manriquez. (In a headline, where every word has its
// capital, it cannot tell: Trump Was ‘Mocking’ Clinton.)
func nickname(before, after string, words []string, ends bool) bool {
	if ends || len(words) == 0 || len(words) > 2 || !titleCase(words) || after == "" || !unicode.IsSpace(rune(after[0])) {
		return false
	}
	return capitalizedName(lastWord(before)) && capitalizedName(leadingWord(strings.TrimLeftFunc(after, unicode.IsSpace)))
}

// capitalizedName reports whether w can be part of a name: a capital and
// then lower-case letters (Marcia, O'Neill), not an acronym or a number.
func capitalizedName(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 2 {
		return false
	}
	rest := w[size:]
	return strings.IndexFunc(rest, unicode.IsLower) >= 0
}

// titleLead reports whether a title may follow word w: a possessive (Fox
// News's) or a preposition (on, in).
func titleLead(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || w == "on" || w == "in" || w == "at" || w == "from"
}

// subjectVerb holds the verbs that may follow a title that is the subject of
// its sentence: "American Skin (41 Shots)" was written after ….
var subjectVerb = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true,
	"will": true, "would": true, "became": true, "becomes": true, "remains": true,
}

// termIntro holds the words after which a quotation names a thing rather
// than reports speech.
var termIntro = map[string]bool{
	"so-called": true, "dubbed": true, "nicknamed": true, "titled": true,
	"entitled": true, "hashtag": true, "slogan": true, "term": true,
	"phrase": true, "word": true, "words": true, "label": true, "labeled": true,
	"labelled": true, "branded": true, "codenamed": true, "code-named": true,
	"known as": true, "goes by": true, "go by": true, "went by": true, "aka": true, "called the": true, "named": true, "moniker": true,
	"nickname": true, "headlined": true, "book": true, "film": true, "song": true,
	"show": true, "series": true, "album": true, "program": true, "programme": true,
}

// reportingLead holds common reporting words that may stand right before a
// direct quotation without a comma: He said "We will win."
var reportingLead = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "added": true,
	"wrote": true, "writes": true, "asked": true, "declared": true, "replied": true,
	"tweeted": true, "posted": true, "stated": true, "saying": true, "adding": true,
	"reads": true, "read": true, "explained": true, "insisted": true, "warned": true,
	"announced": true, "answered": true,
}

// functionWords are closed-class words that may follow a partial quotation
// inside the writer's sentence: "conspiring" against, "trust" and, "help" should.
var functionWords = wordSet(`a an the and or but nor so yet for of in on at to by
		with from into onto upon over under about against between among through during
		before after since until while when where whenever because although though if
		unless whether than as like that which who whom whose what how why this these
		those there here it its he she they we you i me him her them us his their our
		your my is are was were be been being am has have had do does did will would
		shall should can could may might must not no also even only just still then now
		too very more most less least ever never again already all any both each either
		neither every some such own same other another out up down off away back
		despite toward towards amid via per without within beyond across along around
		behind below beneath beside besides near past except plus instead rather s
		once twice today yesterday tomorrow tonight earlier later soon again here`)

// wordSet returns the set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// followedByContent reports whether after starts, past white space and with
// no punctuation, with a lower-case content word: the quotation modifies it.
func followedByContent(after string) bool {
	rest := strings.TrimLeftFunc(after, unicode.IsSpace)
	if len(rest) == len(after) && after != "" {
		return false // no space: a suffix such as "Brexit"-related
	}
	w := leadingWord(rest)
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	lw := strings.ToLower(w)
	return !functionWords[lw] && !reportingLead[lw] && !strings.HasSuffix(lw, "ly")
}

// titleCase reports whether every word of a short phrase starts with a
// capital, small words aside: "Fox News Sunday", "War and Peace".
func titleCase(words []string) bool {
	caps := 0
	for i, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case i > 0 && smallWords[w]:
		default:
			return false
		}
	}
	return caps > 0
}

var smallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true,
	"or": true, "in": true, "on": true, "at": true, "for": true, "to": true, "with": true, "from": true}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isCloseMark(r rune) bool {
	return strings.ContainsRune(`"”»’')`, r)
}

// sentenceEnd reports whether s ends with sentence punctuation followed only
// by closing marks: He left." or (Reuters.)
func sentenceEnd(s string) bool {
	s = strings.TrimRightFunc(s, isCloseMark)
	return strings.ContainsRune(".?!", lastRune(s))
}

// lastWord returns the last run of letters, digits, hyphens and apostrophes
// in s, if s ends with one.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
	})
	return s[i+1:]
}

// lastTwoWords returns the last two words of s, separated by one space.
func lastTwoWords(s string) string {
	f := strings.Fields(s)
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-2] + " " + f[len(f)-1]
}
