package main

import (
	"io"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/internal/group"
	"github.com/whosaid/whosaid/internal/record"
	"github.com/whosaid/whosaid/internal/report"
)

// A grouping is the value of the --group flag: what one output record
// stands for, when not a quotation found.
type grouping = group.By

// The groupings. groupNone, the default, writes each record as found.
const (
	groupNone    = group.None
	groupQuote   = group.ByQuote
	groupSpeaker = group.BySpeaker
)

// newGroupWriter returns a writer that gathers the records and, on flush,
// writes them grouped by g in format f to w. For html, it is the writer of
// the report, which groups by itself.
func newGroupWriter(g grouping, f format, w io.Writer) writer {
	if f == "html" {
		return newReportWriter(w)
	}
	s := quoteSchema
	if g == groupSpeaker {
		s = speakerSchema
	}
	return &groupWriter{by: g, report: report.New(report.Options{}), w: newRowWriter(f, s, w)}
}

// A groupWriter gathers records, and writes them grouped when flushed.
type groupWriter struct {
	by     grouping
	report *report.Report
	w      rowWriter
}

// write adds r to the groups.
func (w *groupWriter) write(r *record.Record) error {
	w.report.Add(r)
	return nil
}

// flush writes the groups.
func (w *groupWriter) flush() error {
	if w.by == groupSpeaker {
		for _, s := range w.report.Speakers() {
			if err := w.w.write((*speakerRow)(&s)); err != nil {
				return err
			}
		}
	} else {
		for _, q := range w.report.Quotes() {
			if err := w.w.write((*quoteRow)(&q)); err != nil {
				return err
			}
		}
	}
	return w.w.flush()
}

// quoteSchema is the schema of the groups of --group quote.
var quoteSchema = schema{
	fields:  report.QuoteFields,
	columns: []string{"COUNT", "SPEAKER", "KIND", "OUTLETS", "QUOTE"},
}

// A quoteRow is a group of quotations as a row.
type quoteRow report.Quote

// cells returns the group's fields as text.
func (q *quoteRow) cells() []string { return (*report.Quote)(q).Cells() }

// tableCells returns the columns of [quoteSchema].
func (q *quoteRow) tableCells() []string {
	return []string{
		strconv.Itoa(q.Count),
		cell(record.Deref(q.Speaker), 0),
		cell(strings.Join(q.Kinds, ","), 0),
		cell(strings.Join(q.Outlets, ", "), maxListRunes),
		cell(q.Quote, maxQuoteRunes),
	}
}

// speakerSchema is the schema of the summaries of --group speaker.
var speakerSchema = schema{
	fields:  report.SpeakerFields,
	columns: []string{"SPEAKER", "TYPE", "QUOTES", "SOURCES", "CUES", "OUTLETS"},
}

// A speakerRow is a speaker's summary as a row.
type speakerRow report.Speaker

// cells returns the summary's fields as text.
func (s *speakerRow) cells() []string { return (*report.Speaker)(s).Cells() }

// tableCells returns the columns of [speakerSchema]: the number of distinct
// sources, and the three cues used most.
func (s *speakerRow) tableCells() []string {
	return []string{
		cell(s.Speaker, 0),
		cell(record.Deref(s.SpeakerType), 0),
		strconv.Itoa(s.Quotes),
		strconv.Itoa(len(s.Sources)),
		cell(report.FormatCues(s.Cues, 3), 0),
		cell(strings.Join(s.Outlets, ", "), maxListRunes),
	}
}

// maxListRunes is the width at which the table format cuts lists.
const maxListRunes = 40

// A reportWriter gathers records, and writes the HTML report when flushed.
type reportWriter struct {
	report *report.Report
	w      io.Writer
}

// newReportWriter returns a writer of the HTML report to w.
func newReportWriter(w io.Writer) *reportWriter {
	return &reportWriter{report: report.New(report.Options{Sentences: true}), w: w}
}

// write adds r to the report.
func (w *reportWriter) write(r *record.Record) error {
	w.report.Add(r)
	return nil
}

// flush writes the report.
func (w *reportWriter) flush() error { return w.report.WriteHTML(w.w) }
