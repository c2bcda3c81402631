package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/record"
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

// A writer writes records in one format.
type writer interface {
	write(r *record.Record) error
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
func (w jsonlWriter) write(r *record.Record) error { return w.enc.Encode(r) }

// flush does nothing: the encoder holds nothing back.
func (w jsonlWriter) flush() error { return nil }

// A csvWriter writes a header row of [fields], then one row per record.
type csvWriter struct {
	w      *csv.Writer
	header bool // the header has been written
}

// write writes r as one row, after the header if it is the first.
func (w *csvWriter) write(r *record.Record) error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	return w.w.Write(r.Cells())
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
	return w.w.Write(record.Fields)
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
func (w *tableWriter) write(r *record.Record) error {
	w.writeHeader()
	_, err := io.WriteString(w.w, strings.Join([]string{
		cell(r.Source, 0),
		strconv.Itoa(r.Start),
		strconv.Itoa(r.End),
		cell(r.Kind, 0),
		cell(record.Deref(r.Speaker), 0),
		cell(record.Deref(r.Cue), 0),
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
