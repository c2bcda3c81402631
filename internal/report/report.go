package report

import (
	"strconv"
	"strings"
	"unique"

	"github.com/whosaid/whosaid/internal/group"
	"github.com/whosaid/whosaid/internal/record"
)

// A Quote is one distinct quotation and every place it was found: a record
// of whosaid --group quote. The fields are in output order; empty lists and
// unknown values are written as JSON null, never omitted.
type Quote struct {
	Quote       string   `json:"quote"`        // the longest wording
	Speaker     *string  `json:"speaker"`      // the speaker most sources name
	SpeakerType *string  `json:"speaker_type"` // that speaker's type
	Speakers    []string `json:"speakers"`     // every speaker named, if they disagree
	Kinds       []string `json:"kinds"`        // the distinct kinds, in order first seen
	Count       int      `json:"count"`        // how many times it was found
	Sources     []Source `json:"sources"`      // where, in the order found
	Outlets     []string `json:"outlets"`      // the distinct outlets of Sources, given or inferred
	Variants    []string `json:"variants"`     // the distinct wordings, in order first seen
}

// QuoteFields are the names of a [Quote]'s fields, in order: the header of
// the flat formats.
var QuoteFields = []string{"quote", "speaker", "speaker_type", "speakers", "kinds", "count", "sources", "outlets", "variants"}

// A Source is one place a quotation was found: the record's source and
// offsets, and its article's metadata, as in the record.
type Source struct {
	Source         string  `json:"source"`
	Start          int     `json:"start"`
	End            int     `json:"end"`
	URL            *string `json:"url"`
	Outlet         *string `json:"outlet"`
	Title          *string `json:"title"`
	Date           *string `json:"date"`
	OutletInferred *bool   `json:"outlet_inferred"`
}

// A Speaker sums up one speaker across a run: a record of whosaid --group
// speaker. Empty lists and unknown values are written as JSON null.
type Speaker struct {
	Speaker     string      `json:"speaker"`
	SpeakerType *string     `json:"speaker_type"`
	Quotes      int         `json:"quotes"`  // how many quotations are theirs
	Sources     []string    `json:"sources"` // the distinct sources, in order first seen
	Cues        []group.Cue `json:"cues"`    // the reporting words, most used first
	Outlets     []string    `json:"outlets"` // the distinct outlets, given or inferred
}

// SpeakerFields are the names of a [Speaker]'s fields, in order: the header
// of the flat formats.
var SpeakerFields = []string{"speaker", "speaker_type", "quotes", "sources", "cues", "outlets"}

// ListSep joins the items of a list in one cell of the flat formats.
const ListSep = "; "

// Cells returns q's fields as text in the order of [QuoteFields], with ""
// for null and lists joined by [ListSep]. Sources gives each source's name
// once; the offsets and metadata are in the JSON.
func (q *Quote) Cells() []string {
	var names []string
	for _, s := range q.Sources {
		names = appendNew(names, s.Source)
	}
	return []string{
		q.Quote, record.Deref(q.Speaker), record.Deref(q.SpeakerType),
		strings.Join(q.Speakers, ListSep), strings.Join(q.Kinds, ListSep), strconv.Itoa(q.Count),
		strings.Join(names, ListSep), strings.Join(q.Outlets, ListSep), strings.Join(q.Variants, ListSep),
	}
}

// Cells returns s's fields as text in the order of [SpeakerFields], with ""
// for null and lists joined by [ListSep]; each cue is written with its
// count: "said (3)".
func (s *Speaker) Cells() []string {
	return []string{
		s.Speaker, record.Deref(s.SpeakerType), strconv.Itoa(s.Quotes),
		strings.Join(s.Sources, ListSep), FormatCues(s.Cues, 0), strings.Join(s.Outlets, ListSep),
	}
}

// FormatCues returns the first n cues (all if n is 0) with their counts,
// joined by [ListSep]: "said (3); added (1)".
func FormatCues(cues []group.Cue, n int) string {
	if n > 0 && len(cues) > n {
		cues = cues[:n]
	}
	parts := make([]string, len(cues))
	for i, c := range cues {
		parts[i] = c.Cue + " (" + strconv.Itoa(c.Count) + ")"
	}
	return strings.Join(parts, ListSep)
}

// Options choose what a [Report] keeps.
type Options struct {
	// Sentences keeps the sentence around each quotation, which
	// [Report.WriteHTML] shows. Without it, the report writes the page
	// with the quotations alone.
	Sentences bool
}

// A Report gathers records. The zero value is not ready: use [New]. A
// Report is not safe for concurrent use.
type Report struct {
	opts      Options
	quotes    *group.Quotes
	speakers  *group.Speakers
	sentences map[place]sentence // with Options.Sentences
	records   int
}

// A place is where one record's quotation is.
type place struct {
	source     string
	start, end int
}

// A sentence is the sentence around a quotation, in three parts.
type sentence struct{ before, quote, after string }

// New returns an empty Report.
func New(opts Options) *Report {
	r := &Report{opts: opts, quotes: group.NewQuotes(), speakers: group.NewSpeakers()}
	if opts.Sentences {
		r.sentences = make(map[place]sentence)
	}
	return r
}

// Add adds rec to the report. It copies what it keeps of rec, so that rec's
// strings, which may share memory with the whole article, can be let go.
func (r *Report) Add(rec *record.Record) {
	r.records++
	src := group.Source{
		Source:         intern(rec.Source),
		Start:          rec.Start,
		End:            rec.End,
		URL:            intern(record.Deref(rec.URL)),
		Outlet:         intern(record.Deref(rec.Outlet)),
		Title:          intern(record.Deref(rec.Title)),
		Date:           intern(record.Deref(rec.Date)),
		OutletInferred: rec.OutletInferred != nil && *rec.OutletInferred,
	}
	item := group.Item{
		Quote:       strings.Clone(rec.Quote),
		Speaker:     intern(record.Deref(rec.Speaker)),
		SpeakerType: intern(record.Deref(rec.SpeakerType)),
		Kind:        intern(rec.Kind),
		Cue:         intern(record.Deref(rec.Cue)),
		Source:      src,
	}
	r.quotes.Add(item)
	if rec.Negated == nil || !*rec.Negated {
		r.speakers.Add(item) // not what a speaker did not say
	}
	if r.sentences != nil {
		s := sentence{quote: item.Quote}
		if c := rec.Context; 0 <= rec.QuoteStart && rec.QuoteStart <= rec.QuoteEnd && rec.QuoteEnd <= len(c) {
			c = strings.Clone(c) // one copy, shared by the three parts
			s = sentence{c[:rec.QuoteStart], c[rec.QuoteStart:rec.QuoteEnd], c[rec.QuoteEnd:]}
		}
		r.sentences[place{src.Source, src.Start, src.End}] = s
	}
}

// intern returns a copy of s shared with every other string equal to it:
// speakers, cues, sources and outlets repeat across records.
func intern(s string) string {
	if s == "" {
		return ""
	}
	return unique.Make(s).Value()
}

// Quotes returns one Quote for each distinct quotation added, in the order
// they were first added. Quotations with no words at all (a quotation of
// "…") are left out. Speakers are named as [Report.Speakers] names them: a
// surname alone by the one fuller name that ends with it.
func (r *Report) Quotes() []Quote {
	r.speakers.List() // settles the names that Name gives
	groups := r.quotes.Groups()
	out := make([]Quote, len(groups))
	for i, g := range groups {
		var names []string
		for _, s := range g.Speakers {
			names = appendNew(names, r.speakers.Name(s))
		}
		if len(names) < 2 {
			names = nil // they agree after all
		}
		q := Quote{
			Quote:       g.Quote,
			Speaker:     nonEmpty(r.speakers.Name(g.Speaker)),
			SpeakerType: nonEmpty(g.Type),
			Speakers:    names,
			Kinds:       g.Kinds,
			Count:       g.Count(),
			Sources:     make([]Source, len(g.Sources)),
			Variants:    g.Variants,
		}
		for j, s := range g.Sources {
			q.Sources[j] = Source{
				Source: s.Source, Start: s.Start, End: s.End,
				URL: nonEmpty(s.URL), Outlet: nonEmpty(s.Outlet), Title: nonEmpty(s.Title), Date: nonEmpty(s.Date),
			}
			if s.Outlet != "" {
				q.Sources[j].OutletInferred = &s.OutletInferred
				q.Outlets = appendNew(q.Outlets, s.Outlet)
			}
		}
		out[i] = q
	}
	return out
}

// Speakers returns one Speaker for each speaker named, most quoted first,
// then in the order first named. A surname alone is counted under the one
// fuller name of a person that ends with it ("Putin", "Vladimir Putin").
func (r *Report) Speakers() []Speaker {
	list := r.speakers.List()
	out := make([]Speaker, len(list))
	for i, s := range list {
		out[i] = Speaker{
			Speaker:     s.Speaker,
			SpeakerType: nonEmpty(s.Type),
			Quotes:      s.Quotes,
			Sources:     s.Sources,
			Cues:        s.Cues,
			Outlets:     s.Outlets,
		}
		if len(s.Cues) == 0 {
			out[i].Cues = nil
		}
	}
	return out
}

// nonEmpty returns a pointer to s, or nil if s is empty.
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// appendNew appends s to list unless it is there.
func appendNew(list []string, s string) []string {
	for _, t := range list {
		if t == s {
			return list
		}
	}
	return append(list, s)
}
