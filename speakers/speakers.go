package speakers

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v2"

	"github.com/whosaid/whosaid/quotes"
)

// A Type is the sort of speaker an attribution names.
type Type uint8

// The speaker types. Unknown is the zero value.
const (
	Unknown Type = iota
	Person
	Organization
	Group
)

// String returns "person", "organization", "group", or "" for Unknown.
func (t Type) String() string {
	switch t {
	case Person:
		return "person"
	case Organization:
		return "organization"
	case Group:
		return "group"
	}
	return ""
}

// An Attribution is a quotation with the speaker resolved for it. String
// fields are empty when unknown.
type Attribution struct {
	quotes.Quote
	Speaker     string  // canonical name: "Vladimir Putin"
	Mention     string  // the speaker as written at the cue: "he", "the Russian leader"
	SpeakerType Type    // person, organization or group
	Cue         string  // the reporting word as written: "told", "according to"
	Addressee   string  // whom it was said to, canonical: "Kim Jong Un"
	Via         string  // the secondary source: "a Kremlin readout of the meeting"
	Confidence  float64 // 0 to 1; 0 when Speaker is empty
	Method      string  // the rule that attributed it, e.g. "cue-after"
	Negated     bool    // the cue is negated (did not say that …): the speaker did not say it
	// Context is the sentence (or sentences) that holds the quotation with
	// its cue, in bytes of the text, for showing the quotation in place.
	Context quotes.Span
}

// LoadModel decodes prose's embedded English model. It is slow (about 0.4 s
// and 40 MiB): call it once per process and share the result, which is safe
// for concurrent use.
func LoadModel() (m *prose.Model, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("load prose model: %v", r)
		}
	}()
	return prose.ModelFromData("en"), nil
}

// A Resolver attributes quotations to speakers. It is safe for concurrent use
// by multiple goroutines.
type Resolver struct {
	model    *prose.Model
	indirect bool
	join     bool
}

// An Option changes what a [Resolver] reports.
type Option func(*Resolver)

// WithIndirect makes the Resolver report reported speech too: clauses
// without quotation marks governed by a reporting verb (Putin said that …;
// …, the ministry said; according to officials, …), as attributions of kind
// [quotes.Indirect]. A reported clause that holds a partial quotation is
// then one attribution of kind [quotes.Partial] spanning the clause, in place
// of the partial quotation's own.
func WithIndirect() Option {
	return func(r *Resolver) { r.indirect = true }
}

// WithJoin makes the Resolver give one attribution for a direct quotation
// and the parts that continue it: the part after its cue in the same
// paragraph ("It was hard," Putin said. "We will never forget."), with a
// title in the cue or not (…," he said on "Fox and Friends." "…"), the
// paragraphs of a quotation that runs over several, and a quotation
// paragraph with no cue after one whose cue follows its comma ("…," he
// said. ¶ "…"). Its Text is the parts joined by a space, and its Span runs
// from the first part's start to the last one's end, over the cues between
// them; the attribution is the part with the cue's. This is how PolNeAR
// and the attribution corpora like it count quotations: one per
// attribution, not one per pair of marks. With [WithIndirect], a report the
// cue makes between the parts (…," she said, stressing why it matters.
// "…") stays a record of its own, after the joined quotation; and a
// reported clause before the cue is one attribution with the quotation
// after it (The summit accomplished "too little," Renzi added. "Without
// changing policies …"), of kind partial.
// Partial quotations that and, or or a comma join are one attribution too
// (stop "moaning" or "nagging"); their Text is all of their Span.
func WithJoin() Option {
	return func(r *Resolver) { r.join = true }
}

// New returns a Resolver that uses m for tagging and entity recognition.
// Building m is slow (see [LoadModel]); build one and share it.
func New(m *prose.Model, opts ...Option) *Resolver {
	r := &Resolver{model: m}
	for _, o := range opts {
		o(r)
	}
	return r
}

// Resolve finds the quotations in text and attributes each, and with
// [WithIndirect] the reported speech too. The result is in order of
// position. It returns an error only when the NLP pipeline fails on this
// text; the text is not retained.
//
// prose tags only the words outside quotations. Entity recognition, most of
// prose's cost, runs only on the sentence of a named speaker whose type no
// title, role or institution word has told.
func (r *Resolver) Resolve(text string) ([]Attribution, error) {
	qs := quotes.Find(text)
	if len(qs) == 0 && !r.indirect {
		return nil, nil
	}
	toks, err := r.tagText(text, qs)
	if err != nil {
		return nil, err
	}
	a := newArticle(text, toks, qs, buildRegistry(toks))
	a.ner = func(sent int) error { return r.recognize(toks, sentenceTokens(toks, sent)) }
	a.attribute()
	a.setContexts()
	if a.nerErr != nil {
		return nil, a.nerErr
	}
	out := a.out
	if r.indirect {
		out = a.merged()
	}
	unattributedTerms(out)
	if r.join {
		out = join(text, out)
	}
	return out, nil
}

// tagText tokenizes text, whose quotations are qs, into sentences and tags
// the words outside the quotations.
func (r *Resolver) tagText(text string, qs []quotes.Quote) ([]token, error) {
	toks := tokenize(text)
	markQuotes(toks, qs)
	toks = dropNicknames(toks, qs)
	splitSentences(toks)
	var outside []int
	for k := range toks {
		if toks[k].quote < 0 || toks[k].mark {
			outside = append(outside, k)
		}
	}
	return toks, r.tag(toks, outside)
}

// maxScareWords is the most words a partial quotation that nothing
// attributes may have to be taken for a scare quote.
const maxScareWords = 5

// unattributedTerms makes term each short partial quotation that no rule
// attributes to anyone: a partial quotation is someone's words set in the
// writer's sentence, and when the article names no one whose, a phrase of a
// few words (calls men derogatory names, like "pigs"; the "elites" in this
// country) is the writer's own scare quote. A partial quotation with a cue
// or a mention of its speaker (he said), though unresolved, stays partial.
func unattributedTerms(ats []Attribution) {
	for i := range ats {
		at := &ats[i]
		if at.Kind == quotes.Partial && at.Speaker == "" && at.Mention == "" && at.Cue == "" && len(strings.Fields(at.Text)) <= maxScareWords {
			at.Kind = quotes.Term
		}
	}
}

// join merges each direct quotation, or reported clause before its cue,
// with the direct quotations right after it that continue it (see
// [WithJoin] and [continues]), and partial quotations that and, or or a
// comma join into one (see [coordinated]).
func join(text string, ats []Attribution) []Attribution {
	out := ats[:0:0]
	for _, at := range ats {
		if n := len(out) - 1; n >= 0 && coordinated(text, out[n], at) {
			prev := &out[n]
			extend(prev, at, prev.Speaker == "" && at.Speaker != "")
			prev.Text = text[prev.Start:prev.End]
			continue
		}
		if n := partBefore(out, at); n >= 0 {
			prev := &out[n]
			// When the later part holds the cue, the attribution is its.
			extend(prev, at, inherited(prev.Method) && !inherited(at.Method))
			if r, _ := utf8.DecodeRuneInString(at.Text); unicode.IsLower(r) && !clauseOpeners[strings.ToLower(firstWord(at.Text))] {
				// One sentence broken by its cue: "This government," she
				// said, "is failing" is "This government is failing". Not
				// before a word that may follow a comma: "…honesty," he
				// said, "and to say …".
				prev.Text = strings.TrimSuffix(prev.Text, ",")
			}
			prev.Text += " " + at.Text
			continue
		}
		out = append(out, at)
	}
	return out
}

// clauseOpeners may follow a comma of the sentence itself: and, which,
// because ….
var clauseOpeners = wordSet(`and but or nor so yet because which who whose when where while
	although though if unless since as that then not too including`)

// firstWord returns the first word of s, without punctuation after it.
func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.TrimRight(f[0], ",.;:!?")
}

// extend makes prev run on to the end of at, a later part of the same
// attribution, its Text left to the caller; with take, the attribution
// (speaker, cue, method and the rest) becomes at's.
func extend(prev *Attribution, at Attribution, take bool) {
	if take {
		q, c := prev.Quote, prev.Context
		*prev = at
		prev.Quote, prev.Context = q, c
	}
	prev.End, prev.Marks.End = at.End, at.Marks.End
	prev.Closed = at.Closed
	prev.Nested = append(prev.Nested, at.Nested...)
	prev.Context.Start = min(prev.Context.Start, at.Context.Start)
	prev.Context.End = max(prev.Context.End, at.Context.End)
}

// coordinated reports whether partial quotation b follows partial a with
// only and, or or a comma between them, in the same paragraph, and no two
// speakers: the protesters chanted "stop killing black people" and "no
// justice, no peace"; told her to stop "moaning" or "nagging". Such a list
// is one attribution, and one record spans it, the words between included.
func coordinated(text string, a, b Attribution) bool {
	if a.Kind != quotes.Partial || b.Kind != quotes.Partial || a.Paragraph != b.Paragraph ||
		a.Marks.End > b.Marks.Start || a.Speaker != "" && b.Speaker != "" && a.Speaker != b.Speaker {
		return false
	}
	gap := strings.TrimFunc(text[a.Marks.End:b.Marks.Start], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"“”'‘’`, r)
	})
	switch gap {
	case ",", "and", "or", ", and", ", or":
		return true
	}
	return false
}

// partBefore returns the index in out of the part of a direct quotation
// that at continues, or -1: the last record, or the last before reports of
// at's speaker that the cue between the parts made ("…," she said,
// stressing why the past matters. "…").
func partBefore(out []Attribution, at Attribution) int {
	for n := len(out) - 1; n >= 0 && n >= len(out)-3; n-- {
		if continues(out[n], at) {
			return n
		}
		if out[n].Kind == quotes.Term {
			continue // a title in the cue: …," he said on "Fox and Friends." "…"
		}
		if r := out[n]; r.Kind != quotes.Indirect || r.Speaker == "" || r.Speaker != at.Speaker {
			return -1
		}
	}
	return -1
}

// continues reports whether b, which follows a, is a part of the same
// direct quotation: the same speaker, by continuation one from the other,
// or b resumes a's sentence after the cue ("A," she said, "b"). Parts whose
// speaker is unresolved join when b took a's mention by continuation.
func continues(a, b Attribution) bool {
	if a.Kind == quotes.Partial && a.Method == "reported-before" && b.Kind == quotes.Direct {
		// The quotation after the cue goes on with the clause the cue
		// reports: The summit accomplished "too little," Renzi added.
		// "Without changing policies …"
		return a.Speaker != "" && a.Speaker == b.Speaker && b.Method == "same-paragraph" && b.Paragraph == a.Paragraph
	}
	if a.Kind != quotes.Direct || b.Kind != quotes.Direct {
		return false
	}
	if a.Speaker == "" {
		return b.Speaker == "" && a.Mention != "" && b.Mention == a.Mention && a.Cue == b.Cue && (inherited(b.Method) || b.Resumes || nextParagraph(a, b))
	}
	return a.Speaker == b.Speaker &&
		(inherited(b.Method) || b.Resumes || a.Method == "continues" && b.Paragraph == a.Paragraph+1 || nextParagraph(a, b))
}

// inherited reports whether method gives a speaker by continuation.
func inherited(method string) bool {
	return method == "same-paragraph" || method == "continues"
}

// nextParagraph reports whether b, a quotation paragraph with no cue after
// a's paragraph, goes on with a: a ends with the comma of a cue after it
// ("…," he said. ¶ "…").
func nextParagraph(a, b Attribution) bool {
	return b.Method == "next-paragraph" && strings.HasSuffix(a.Text, ",")
}

// sentenceTokens returns the indices of the tokens of sentence sent that lie
// outside quotations.
func sentenceTokens(toks []token, sent int) []int {
	k, _ := slices.BinarySearchFunc(toks, sent, func(t token, s int) int { return t.sent - s })
	var idx []int
	for ; k < len(toks) && toks[k].sent == sent; k++ {
		if toks[k].quote < 0 || toks[k].mark {
			idx = append(idx, k)
		}
	}
	return idx
}
