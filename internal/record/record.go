// Package record is whosaid's output schema and the one call that turns an
// article into records. The command-line tool and the Beam pipeline both
// use [Extractor.Extract], so that they give the same records for the same
// article.
package record

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/internal/outlet"
	"github.com/whosaid/whosaid/quotes"
	"github.com/whosaid/whosaid/speakers"
)

// A Record is one quotation and its attribution, as whosaid writes it. The
// fields are in output order; a nil pointer is written as JSON null, never
// omitted.
type Record struct {
	Source         string   `json:"source"`
	Quote          string   `json:"quote"`
	Start          int      `json:"start"`
	End            int      `json:"end"`
	Kind           string   `json:"kind"`
	Speaker        *string  `json:"speaker"`
	SpeakerMention *string  `json:"speaker_mention"`
	SpeakerType    *string  `json:"speaker_type"`
	Cue            *string  `json:"cue"`
	Addressee      *string  `json:"addressee"`
	Via            *string  `json:"via"`
	Confidence     *float64 `json:"confidence"`
	Method         *string  `json:"method"`
	URL            *string  `json:"url"`
	Outlet         *string  `json:"outlet"`
	Title          *string  `json:"title"`
	Date           *string  `json:"date"`
	// OutletInferred is true when Outlet was inferred from the article's
	// furniture (see [outlet.Infer]) because nothing gave it, false when
	// the corpus line or page gave it, and null when there is no outlet.
	OutletInferred *bool `json:"outlet_inferred"`
	// Negated is true when the cue is negated (Trump did not say that …),
	// false when it is not, and null when there is no cue.
	Negated *bool `json:"negated"`

	// Context is the sentence that holds the quotation and its cue, for
	// showing the quotation in place; QuoteStart and QuoteEnd are the
	// quotation's byte offsets in it. They are not part of the table.
	Context    string `json:"-"`
	QuoteStart int    `json:"-"`
	QuoteEnd   int    `json:"-"`
}

// Fields are the names of a record's fields, in order: the CSV header.
var Fields = []string{
	"source", "quote", "start", "end", "kind",
	"speaker", "speaker_mention", "speaker_type", "cue", "addressee", "via",
	"confidence", "method", "url", "outlet", "title", "date",
	"outlet_inferred", "negated",
}

// New returns the record for the attribution a, found in art. Its source
// is art's ID. The confidence is rounded to two places, and null when there
// is no speaker. Its outlet is art's, given, not inferred: inferring one is
// [Extractor.Extract]'s job.
func New(art corpus.Article, a speakers.Attribution) Record {
	r := Record{
		Source:         art.ID,
		Quote:          a.Text,
		Start:          a.Start,
		End:            a.End,
		Kind:           a.Kind.String(),
		Speaker:        nonEmpty(a.Speaker),
		SpeakerMention: nonEmpty(a.Mention),
		SpeakerType:    nonEmpty(a.SpeakerType.String()),
		Cue:            nonEmpty(a.Cue),
		Addressee:      nonEmpty(a.Addressee),
		Via:            nonEmpty(a.Via),
		Method:         nonEmpty(a.Method),
		URL:            nonEmpty(art.URL),
		Outlet:         nonEmpty(art.Outlet),
		Title:          nonEmpty(art.Title),
		Date:           nonEmpty(art.Date),
	}
	if r.Outlet != nil {
		r.OutletInferred = new(false)
	}
	if r.Cue != nil {
		r.Negated = new(a.Negated)
	}
	if r.Speaker != nil {
		c := math.Round(a.Confidence*100) / 100
		r.Confidence = &c
	}
	if c := a.Context; c.Start <= a.Start && a.End <= c.End && c.End <= len(art.Text) {
		r.Context = art.Text[c.Start:c.End]
		r.QuoteStart, r.QuoteEnd = a.Start-c.Start, a.End-c.Start
	}
	return r
}

// nonEmpty returns a pointer to s, or nil if s is empty.
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Cells returns r's fields as text in the order of [Fields], with "" for
// null.
func (r *Record) Cells() []string {
	return []string{
		r.Source, r.Quote, strconv.Itoa(r.Start), strconv.Itoa(r.End), r.Kind,
		Deref(r.Speaker), Deref(r.SpeakerMention), Deref(r.SpeakerType),
		Deref(r.Cue), Deref(r.Addressee), Deref(r.Via),
		FormatConfidence(r.Confidence), Deref(r.Method),
		Deref(r.URL), Deref(r.Outlet), Deref(r.Title), Deref(r.Date),
		FormatBool(r.OutletInferred), FormatBool(r.Negated),
	}
}

// Deref returns *s, or "" if s is nil.
func Deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// FormatConfidence returns *c as JSON would write it, or "" if c is nil.
func FormatConfidence(c *float64) string {
	if c == nil {
		return ""
	}
	return strconv.FormatFloat(*c, 'f', -1, 64)
}

// FormatBool returns *b as JSON would write it, or "" if b is nil.
func FormatBool(b *bool) string {
	if b == nil {
		return ""
	}
	return strconv.FormatBool(*b)
}

// Options choose what an [Extractor] keeps.
type Options struct {
	// Indirect adds reported speech without quotation marks, as records of
	// kind indirect (see [speakers.WithIndirect]).
	Indirect bool
	// Join makes a direct quotation and the parts that continue it one
	// record (see [speakers.WithJoin]).
	Join bool
	// MinConfidence drops the records whose confidence is below it; records
	// with no speaker have none and are dropped too when it is above 0.
	MinConfidence float64
	// Kinds, if not empty, keeps only the records of the kinds it holds:
	// direct and partial, but not term, say. It is a filter on the output:
	// which kinds are found, and where a record starts and ends, does not
	// depend on it.
	Kinds []quotes.Kind
}

// ParseKinds returns the kinds named in s, separated by commas (direct,
// partial, term, indirect), each once, in the order given.
func ParseKinds(s string) ([]quotes.Kind, error) {
	var out []quotes.Kind
	for name := range strings.SplitSeq(s, ",") {
		name = strings.TrimSpace(name)
		k := slices.IndexFunc(allKinds, func(k quotes.Kind) bool { return k.String() == name })
		if k < 0 {
			return nil, fmt.Errorf("%q is not a kind: must be direct, partial, term or indirect", name)
		}
		if !slices.Contains(out, allKinds[k]) {
			out = append(out, allKinds[k])
		}
	}
	return out, nil
}

// AppendKinds adds the kinds named in s (see [ParseKinds]) to ks, each
// once: the value of a --kinds flag given more than once.
func AppendKinds(ks []quotes.Kind, s string) ([]quotes.Kind, error) {
	parsed, err := ParseKinds(s)
	if err != nil {
		return ks, err
	}
	for _, k := range parsed {
		if !slices.Contains(ks, k) {
			ks = append(ks, k)
		}
	}
	return ks, nil
}

var allKinds = []quotes.Kind{quotes.Direct, quotes.Partial, quotes.Term, quotes.Indirect}

// keeps reports whether the options keep a record of kind k.
func (o *Options) keeps(k quotes.Kind) bool {
	return len(o.Kinds) == 0 || slices.Contains(o.Kinds, k)
}

// An Extractor turns articles into records. It is safe for concurrent use;
// one model serves every goroutine.
type Extractor struct {
	resolver *speakers.Resolver
	opts     Options
}

// NewExtractor returns an Extractor that uses the model m.
func NewExtractor(m *prose.Model, opts Options) *Extractor {
	var so []speakers.Option
	if opts.Indirect {
		so = append(so, speakers.WithIndirect())
	}
	if opts.Join {
		so = append(so, speakers.WithJoin())
	}
	return &Extractor{resolver: speakers.New(m, so...), opts: opts}
}

// Extract returns a record for each quotation in art, in the order of the
// text. If art has no outlet, the records have the one its furniture names,
// if any, marked as inferred (see [outlet.Infer]). A panic while resolving becomes an error, so that one bad article
// cannot stop a batch.
func (e *Extractor) Extract(art corpus.Article) (recs []Record, err error) {
	if art.Text == "" {
		return nil, nil
	}
	defer func() {
		if p := recover(); p != nil {
			recs, err = nil, fmt.Errorf("internal error: %v", p)
		}
	}()
	atts, err := e.resolver.Resolve(art.Text)
	if err != nil {
		return nil, err
	}
	inferred := false
	if art.Outlet == "" && len(atts) > 0 {
		art.Outlet = outlet.Infer(art.Text)
		inferred = art.Outlet != ""
	}
	recs = make([]Record, 0, len(atts))
	for _, a := range atts {
		if !e.opts.keeps(a.Kind) {
			continue
		}
		r := New(art, a)
		if inferred {
			r.OutletInferred = new(true)
		}
		if e.opts.MinConfidence > 0 && (r.Confidence == nil || *r.Confidence < e.opts.MinConfidence) {
			continue // compared as written, rounded, so the output agrees
		}
		recs = append(recs, r)
	}
	return recs, nil
}
