package speakers

import (
	"fmt"
	"strings"

	prose "github.com/jdkato/prose/v2"
)

// proseText is what prose is given for a run of tokens: the tokens joined by
// single spaces, with the forms prose mangles replaced, and the offset of
// each token in it.
type proseText struct {
	text string
	at   []int // at[k] = offset in text of the k-th token sent
	idx  []int // idx[k] = index in the article's tokens of the k-th token sent
}

// proseForm returns what to send prose for a token. prose drops 's and n't
// outright and rewrites curly quotes, so those are sent as forms it keeps
// whole; the tags of clitics are fixed afterwards. Invalid UTF-8 is sent as
// U+FFFD: prose's tokenizer finds a clitic in the lower-cased token, which
// that replacement makes longer, and slices the token with its offset.
func proseForm(t *token) string {
	switch t.lower() {
	case "'s":
		return "'"
	case "n't":
		return "not"
	case "“", "”", "„", "«", "»":
		return `"`
	case "‘", "’":
		return "'"
	}
	// Inside a word too (O’Neill): prose would return it with a straight
	// apostrophe, which the search for its tokens could then find further
	// on, in a later O'Neill, and misalign every token in between.
	return curlyInWord.Replace(strings.ToValidUTF8(t.text, "\uFFFD"))
}

var curlyInWord = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

func buildProseText(toks []token, idx []int) proseText {
	var b strings.Builder
	pt := proseText{at: make([]int, 0, len(idx)), idx: idx}
	for k, i := range idx {
		if k > 0 {
			b.WriteByte(' ')
		}
		pt.at = append(pt.at, b.Len())
		b.WriteString(proseForm(&toks[i]))
	}
	// prose drops an entity that ends its input; a final period keeps it.
	b.WriteString(" .")
	pt.text = b.String()
	return pt
}

// run runs prose over toks[idx...] and writes back, for each token, the tag
// (and with ner, the entity type) of the first prose token that starts in
// it. prose's tokens carry no offsets, so each is found in the text sent by
// searching forward from the previous one.
func (r *Resolver) run(toks []token, idx []int, ner bool) (err error) {
	if len(idx) == 0 {
		return nil
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("prose: %v", p)
		}
	}()
	pt := buildProseText(toks, idx)
	doc, err := prose.NewDocument(pt.text,
		prose.UsingModel(r.model),
		prose.WithSegmentation(false),
		prose.WithExtraction(ner))
	if err != nil {
		return fmt.Errorf("prose: %w", err)
	}
	cursor, k := 0, 0
	for _, pTok := range doc.Tokens() {
		pos := strings.Index(pt.text[cursor:], pTok.Text)
		if pos < 0 || pos > 64 {
			continue // a token prose rewrote beyond recognition
		}
		pos += cursor
		cursor = pos + len(pTok.Text)
		for k+1 < len(pt.at) && pt.at[k+1] <= pos {
			k++
		}
		if k >= len(idx) || pos >= pt.at[k]+len(proseForm(&toks[idx[k]])) {
			continue // a space or the final period
		}
		t := &toks[idx[k]]
		if pos == pt.at[k] || t.tag == "" {
			if ner {
				t.ner = entityType(pTok.Label)
			} else {
				t.tag = pTok.Tag
			}
		}
	}
	if !ner {
		fixTags(toks, idx)
	}
	return nil
}

// entityType turns an IOB label (B-PERSON, I-GPE, O) into its type.
func entityType(label string) string {
	if i := strings.IndexByte(label, '-'); i >= 0 {
		return label[i+1:]
	}
	return ""
}

// nameVerb reports whether toks[i], a reporting verb's -s form that prose
// read as a plural, is the verb of the name before it: Blige sings to
// Clinton; The Wall Street Journal reports. Not Republican claims – nor
// as wealthy as Mr. Trump claims to be.
func nameVerb(toks []token, i int) bool {
	p, n := &toks[i-1], &toks[i+1]
	if !strings.HasPrefix(p.tag, "NNP") || p.inQuote() || partyWords[p.lower()] || nationalities[p.lower()] == p.lower() {
		return false
	}
	switch n.tag {
	case "IN", "DT", "PRP":
		return true
	case "TO":
		return !strings.HasPrefix(toks[i+2].tag, "VB")
	}
	return n.text == "," || n.text == "." || n.mark
}

// fixTags sets the tags prose cannot give: clitics, quote marks, and a guess
// by shape for any token prose lost.
func fixTags(toks []token, idx []int) {
	for _, i := range idx {
		t := &toks[i]
		switch t.lower() {
		case "'s":
			t.tag = "POS"
		case "n't":
			t.tag = "RB"
		}
		if (t.text == "shows" || t.text == "finds") && t.tag == "NNS" && i > 0 && isDocument(toks[i-1].lower()) && !toks[i-1].inQuote() {
			t.tag = "VBZ" // the poll shows: prose reads a plural noun
		}
		if t.tag == "NNS" && speechVerbs[t.lower()] != "" && i > 0 && i+2 < len(toks) && nameVerb(toks, i) {
			t.tag = "VBZ" // Blige sings to Clinton: a name's verb, not a plural
		}
		switch {
		case t.mark:
			t.tag = "''"
		case t.tag != "":
		case t.capitalized():
			t.tag = "NNP"
		case t.word():
			t.tag = "NN"
		default:
			t.tag = t.text
		}
	}
}
