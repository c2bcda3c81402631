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
	case "“", "”", "„", "«", "»", "''", "``":
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

// tag tags the tokens toks[idx...] with prose, and mends what prose gets
// wrong (see fixTags).
//
// prose's tokenizer caches the tokens of each word it has split and hands
// out the same *Token for every later occurrence of that word in the text,
// so each occurrence ends up with the tag of the last one: in "They run
// fast. The run was long." both runs come back NN. Tags are therefore taken
// one sentence at a time (see tagSentence); entity recognition (recognize)
// runs on one sentence anyway.
func (r *Resolver) tag(toks []token, idx []int) error {
	for s := 0; s < len(idx); {
		e := s + 1
		for e < len(idx) && toks[idx[e]].sent == toks[idx[s]].sent {
			e++
		}
		if err := r.tagSentence(toks, idx[s:e]); err != nil {
			return err
		}
		s = e
	}
	fixTags(toks, idx)
	return nil
}

// A repeated word is tagged again with tagBefore words before it and
// tagAfter after it: prose's tagger looks at the two words to each side and
// at the two tags before, themselves tagged from the word before them.
const tagBefore, tagAfter = 3, 2

// tagSentence tags the tokens toks[idx...] of one sentence. A word that
// recurs later in the sentence is tagged again in a window of its
// neighbours that ends before its next occurrence, so that the tag read
// back is its own.
func (r *Resolver) tagSentence(toks []token, idx []int) error {
	if err := r.runDoc(toks, idx, false, -1); err != nil {
		return err
	}
	next := make([]int, len(idx))
	seen := make(map[string]int, len(idx))
	for k := len(idx) - 1; k >= 0; k-- {
		f := proseForm(&toks[idx[k]])
		next[k] = -1
		if j, ok := seen[f]; ok {
			next[k] = j
		}
		seen[f] = k
	}
	for k, j := range next {
		if j < 0 || !toks[idx[k]].word() || fixedTag[toks[idx[k]].lower()] {
			continue // last of its kind, or a word whose tag never changes
		}
		lo, hi := max(0, k-tagBefore), min(j, k+tagAfter+1)
		if err := r.runDoc(toks, idx[lo:hi], false, idx[k]); err != nil {
			return err
		}
	}
	return nil
}

// fixedTag holds frequent words that prose tags the same wherever they
// stand, which need not be tagged again.
var fixedTag = wordSet(`the a an and or of in for with by at from on into than
	is was are were be been being it he she they we i you his their its our my
	who which will would can could should may might must not`)

// recognize writes the entity type of each of the tokens toks[idx...] of
// one sentence.
func (r *Resolver) recognize(toks []token, idx []int) error {
	return r.runDoc(toks, idx, true, -1)
}

// runDoc runs prose once over toks[idx...] and writes back, for each token,
// the tag (with ner, the entity type) of the first prose token that starts
// in it; with only >= 0, only toks[only]'s tag. prose's tokens carry no
// offsets, so each is found in the text sent by searching forward from the
// previous one.
func (r *Resolver) runDoc(toks []token, idx []int, ner bool, only int) (err error) {
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
		switch {
		case only >= 0:
			if idx[k] == only && pos == pt.at[k] {
				t.tag = pTok.Tag
			}
		case pos == pt.at[k] || t.tag == "":
			if ner {
				t.ner = entityType(pTok.Label)
			} else {
				t.tag = pTok.Tag
			}
		}
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

// whWords are the words that the wh- tags (WDT, WP, WP$, WRB) belong to.
var whWords = wordSet(`which what whatever whichever that who whom whose whoever whomever
	where when why how however wherever whenever whereby wherein whence whither`)

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
		if strings.HasPrefix(t.tag, "W") && !whWords[t.lower()] {
			// prose reads a name that opens a sentence by its ending:
			// Weaver/WDT did not seem, as if it were whatever.
			t.tag = "NN"
			if t.capitalized() {
				t.tag = "NNP"
			}
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
