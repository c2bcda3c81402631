package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/speakers"
)

// A format is the value of the --format flag: jsonl, csv or table.
type format string

// String returns the format's name.
func (f *format) String() string { return string(*f) }

// Type names the flag's value in pflag's messages.
func (f *format) Type() string { return "format" }

// Set sets f to s if s names a format.
func (f *format) Set(s string) error {
	switch s {
	case "jsonl", "csv", "table":
		*f = format(s)
		return nil
	}
	return errors.New("must be one of jsonl, csv, table")
}

// A record is one line of output: a quotation and its attribution. The
// fields are in output order; a nil pointer is written as JSON null.
type record struct {
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
}

// fields are the names of a record's fields, in order: the CSV header.
var fields = []string{
	"source", "quote", "start", "end", "kind",
	"speaker", "speaker_mention", "speaker_type", "cue", "addressee", "via",
	"confidence", "method", "url", "outlet", "title", "date",
}

// newRecord returns the record for the attribution a, found in art. Its
// source is art's ID.
func newRecord(art corpus.Article, a speakers.Attribution) record {
	r := record{
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
	if r.Speaker != nil {
		c := math.Round(a.Confidence*100) / 100
		r.Confidence = &c
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

// cells returns r's fields as text in the order of [fields], with "" for
// null.
func (r *record) cells() []string {
	return []string{
		r.Source, r.Quote, strconv.Itoa(r.Start), strconv.Itoa(r.End), r.Kind,
		deref(r.Speaker), deref(r.SpeakerMention), deref(r.SpeakerType),
		deref(r.Cue), deref(r.Addressee), deref(r.Via),
		formatConfidence(r.Confidence), deref(r.Method),
		deref(r.URL), deref(r.Outlet), deref(r.Title), deref(r.Date),
	}
}

// deref returns *s, or "" if s is nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// formatConfidence returns *c as JSON would write it, or "" if c is nil.
func formatConfidence(c *float64) string {
	if c == nil {
		return ""
	}
	return strconv.FormatFloat(*c, 'f', -1, 64)
}

// A writer writes records in one format.
type writer interface {
	write(r *record) error
	// flush writes anything buffered, including the header of a format
	// that has one even when there were no records.
	flush() error
}

// newWriter returns a writer of format f to w.
func newWriter(f format, w io.Writer) writer {
	switch f {
	case "csv":
		return &csvWriter{w: csv.NewWriter(w)}
	case "table":
		return &tableWriter{w: tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return jsonlWriter{enc}
}

// A jsonlWriter writes one JSON object per line.
type jsonlWriter struct{ enc *json.Encoder }

// write writes r as one line of JSON.
func (w jsonlWriter) write(r *record) error { return w.enc.Encode(r) }

// flush does nothing: the encoder holds nothing back.
func (w jsonlWriter) flush() error { return nil }

// A csvWriter writes a header row of [fields], then one row per record.
type csvWriter struct {
	w      *csv.Writer
	header bool // the header has been written
}

// write writes r as one row, after the header if it is the first.
func (w *csvWriter) write(r *record) error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	return w.w.Write(r.cells())
}

// flush writes the header if no record did, and the buffered rows.
func (w *csvWriter) flush() error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	w.w.Flush()
	return w.w.Error()
}

// writeHeader writes the header row unless it has been written.
func (w *csvWriter) writeHeader() error {
	if w.header {
		return nil
	}
	w.header = true
	return w.w.Write(fields)
}

// tableColumns head the table format's columns.
const tableColumns = "SOURCE\tSTART\tEND\tKIND\tSPEAKER\tCUE\tQUOTE\n"

// maxQuoteRunes is the width at which the table format cuts quotations.
const maxQuoteRunes = 60

// A tableWriter writes records as aligned columns, for reading. It holds
// the whole table until flush, to know the columns' widths.
type tableWriter struct {
	w      *tabwriter.Writer
	header bool // the header has been written
}

// write adds r to the table as one row.
func (w *tableWriter) write(r *record) error {
	w.writeHeader()
	_, err := io.WriteString(w.w, strings.Join([]string{
		cell(r.Source, 0),
		strconv.Itoa(r.Start),
		strconv.Itoa(r.End),
		cell(r.Kind, 0),
		cell(deref(r.Speaker), 0),
		cell(deref(r.Cue), 0),
		cell(r.Quote, maxQuoteRunes),
	}, "\t")+"\n")
	return err
}

// flush aligns the table and writes it.
func (w *tableWriter) flush() error {
	w.writeHeader()
	return w.w.Flush()
}

// writeHeader writes the column heads unless they have been written. The
// tabwriter holds them in memory, so there is no error to return.
func (w *tableWriter) writeHeader() {
	if !w.header {
		w.header = true
		io.WriteString(w.w, tableColumns)
	}
}

// cell returns s as one table cell: "-" if empty, its runs of white space
// (newlines and tabs included) made single spaces, and, if limit > 0, cut to
// at most limit runes, the last of them an ellipsis.
func cell(s string, limit int) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "-"
	}
	if limit > 0 && utf8.RuneCountInString(s) > limit {
		n := 0
		for i := range s {
			if n == limit-1 {
				return s[:i] + "…"
			}
			n++
		}
	}
	return s
}
