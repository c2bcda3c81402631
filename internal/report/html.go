package report

import (
	_ "embed"
	"html/template"
	"io"
	"slices"

	"github.com/whosaid/whosaid/internal/record"
)

// The page's template, styles and script. The styles and script are our
// own files, built into the binary, so they are trusted as CSS and JS; the
// records reach the page only through the template's escaping.
var (
	//go:embed report.html
	pageHTML string
	//go:embed report.css
	pageCSS string
	//go:embed report.js
	pageJS string
)

var pageTemplate = template.Must(template.New("report").Parse(pageHTML))

// page is what the template shows.
type page struct {
	Style  template.CSS
	Script template.JS
	// Counts for the heading.
	Records, Quotes, Speakers, Articles int
	SpeakerList                         []pageSpeaker
	Unattributed                        int // distinct quotations with no speaker
	Kinds                               []string
	ArticleList                         []pageArticle
	Data                                pageData // for the script, as JSON
}

// A pageSpeaker is one entry of the speaker list.
type pageSpeaker struct {
	Index   int
	Name    string
	Type    string
	Quotes  int // distinct quotations in which they are named as the speaker
	Records int // quotations found, as in their [Speaker]
	Sources int
	Cues    string // the three most used
}

// A pageArticle is one entry of the source filter.
type pageArticle struct {
	Index int
	Label string
}

// pageData is what the script reads. Keys are short: a page of 10,000
// quotations repeats them often.
type pageData struct {
	// Speakers are the names in the speaker list, by index.
	Speakers []string `json:"speakers"`
	Kinds    []string `json:"kinds"`
	// Articles are [source, outlet, inferred (0 or 1), title, url, date].
	Articles [][6]any    `json:"articles"`
	Quotes   []pageQuote `json:"quotes"`
}

// A pageQuote is one distinct quotation.
type pageQuote struct {
	Text string `json:"t"`
	// Speakers are indexes in pageData.Speakers: the agreed speaker, then
	// any other named for it; none if no one is.
	Speakers []int `json:"s"`
	Kinds    int   `json:"k"` // bit i set: kind Kinds[i]
	Count    int   `json:"n"`
	// Places are [article, before, quotation, after], the first the one
	// to show; before and after are empty without sentences, and the
	// quotation is null when it is Text.
	Places   [][4]any `json:"p"`
	Variants int      `json:"v"` // how many wordings
}

// WriteHTML writes the report to w as one HTML page, to be opened in a
// browser: the speakers, most quoted first, and the distinct quotations,
// each in the sentence it was found in with the quotation highlighted,
// which can be filtered by speaker, kind, source and words, and sorted by
// how often they were found. The page needs nothing else: its styles,
// script and data are inline, and its content security policy forbids it
// to load anything. It shows the quotations a hundred at a time as the
// reader scrolls, so that a page of 10,000 stays quick.
func (r *Report) WriteHTML(w io.Writer) error {
	quotes := r.Quotes()
	speakers := r.Speakers()
	p := page{
		Style:    template.CSS(pageCSS),
		Script:   template.JS(pageJS),
		Records:  r.records,
		Quotes:   len(quotes),
		Speakers: len(speakers),
		// Empty lists, not null, for the script.
		Data: pageData{Speakers: []string{}, Kinds: []string{}, Articles: [][6]any{}, Quotes: []pageQuote{}},
	}
	speakerIndex := make(map[string]int, len(speakers))
	for i, s := range speakers {
		speakerIndex[s.Speaker] = i
		p.Data.Speakers = append(p.Data.Speakers, s.Speaker)
		p.SpeakerList = append(p.SpeakerList, pageSpeaker{
			Index:   i,
			Name:    s.Speaker,
			Type:    record.Deref(s.SpeakerType),
			Records: s.Quotes,
			Sources: len(s.Sources),
			Cues:    FormatCues(s.Cues, 3),
		})
	}
	kindIndex := make(map[string]int)
	articleIndex := make(map[article]int)
	for _, q := range quotes {
		pq := pageQuote{Text: q.Quote, Speakers: []int{}, Count: q.Count, Variants: len(q.Variants)}
		if q.Speaker == nil {
			p.Unattributed++
		} else {
			for _, name := range append([]string{*q.Speaker}, q.Speakers...) {
				i, ok := speakerIndex[name]
				if ok && !slices.Contains(pq.Speakers, i) {
					pq.Speakers = append(pq.Speakers, i)
					p.SpeakerList[i].Quotes++
				}
			}
		}
		for _, k := range q.Kinds {
			i, ok := kindIndex[k]
			if !ok {
				i = len(p.Kinds)
				kindIndex[k] = i
				p.Kinds = append(p.Kinds, k)
			}
			pq.Kinds |= 1 << i
		}
		first := -1 // the first place with the longest wording, shown first
		for i, s := range q.Sources {
			art := articleOf(s)
			a, ok := articleIndex[art]
			if !ok {
				a = len(p.Data.Articles)
				articleIndex[art] = a
				p.Data.Articles = append(p.Data.Articles, art.data())
				p.ArticleList = append(p.ArticleList, pageArticle{Index: a, Label: art.label()})
			}
			sen, ok := r.sentences[place{s.Source, s.Start, s.End}]
			if !ok {
				sen = sentence{quote: q.Quote}
			}
			if first < 0 && sen.quote == q.Quote {
				first = i
			}
			var text any = sen.quote
			if sen.quote == q.Quote {
				text = nil // the script takes the quotation's: a page of 10,000 is smaller
			}
			pq.Places = append(pq.Places, [4]any{a, sen.before, text, sen.after})
		}
		if first > 0 {
			pq.Places[0], pq.Places[first] = pq.Places[first], pq.Places[0]
		}
		p.Data.Quotes = append(p.Data.Quotes, pq)
	}
	// Most quotations first, as the reader sees them on choosing one; on a
	// tie, as List ordered them, by records.
	slices.SortStableFunc(p.SpeakerList, func(a, b pageSpeaker) int { return b.Quotes - a.Quotes })
	p.Articles = len(p.Data.Articles)
	p.Data.Kinds = append(p.Data.Kinds, p.Kinds...)
	return pageTemplate.Execute(w, p)
}

// An article is a source and its metadata: one entry of the source filter.
type article struct {
	source, outlet, title, url, date string
	inferred                         bool
}

// articleOf returns the article s was found in.
func articleOf(s Source) article {
	return article{
		source:   s.Source,
		outlet:   record.Deref(s.Outlet),
		title:    record.Deref(s.Title),
		url:      record.Deref(s.URL),
		date:     record.Deref(s.Date),
		inferred: s.OutletInferred != nil && *s.OutletInferred,
	}
}

// data returns a as the script reads it.
func (a article) data() [6]any {
	inferred := 0
	if a.inferred {
		inferred = 1
	}
	return [6]any{a.source, a.outlet, inferred, a.title, a.url, a.date}
}

// label returns a's name in the source filter: "The Moscow Times: 000.txt".
func (a article) label() string {
	if a.outlet == "" {
		return a.source
	}
	return a.outlet + ": " + a.source
}
