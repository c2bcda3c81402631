package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/record"
)

// A format is the value of the --format flag.
type format string

// formats are the values a format may have.
var formats = []string{"jsonl", "csv", "tsv", "markdown", "table", "html"}

// String returns the format's name.
func (f *format) String() string { return string(*f) }

// Type names the flag's value in pflag's messages.
func (f *format) Type() string { return "format" }

// Set sets f to s if s names a format.
func (f *format) Set(s string) error {
	if slices.Contains(formats, s) {
		*f = format(s)
		return nil
	}
	return errors.New("must be one of " + strings.Join(formats, ", "))
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
	if f == "html" {
		return newReportWriter(w)
	}
	return recordWriter{newRowWriter(f, recordSchema, w)}
}

// A row is one output record of any kind: a quotation, a group of them, or
// a speaker. It is written as JSON as it is, and as text by its methods.
type row interface {
	cells() []string      // every field, in the order of its schema's fields; "" for null
	tableCells() []string // the table format's columns, each made by [cell]
}

// A schema names the columns of one kind of row.
type schema struct {
	fields  []string // the header of csv, tsv and markdown: every field
	columns []string // the heads of the table format, which shows a few
}

// A rowWriter writes rows of one schema in one format.
type rowWriter interface {
	write(r row) error
	flush() error
}

// newRowWriter returns a writer of rows of schema s in format f, which must
// not be html, to w.
func newRowWriter(f format, s schema, w io.Writer) rowWriter {
	switch f {
	case "csv":
		return &csvWriter{w: csv.NewWriter(w), header: s.fields}
	case "tsv":
		return &tsvWriter{w: w, header: s.fields}
	case "markdown":
		return &markdownWriter{w: w, header: s.fields}
	case "table":
		return &tableWriter{w: tabwriter.NewWriter(w, 0, 8, 2, ' ', 0), header: s.columns}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return jsonlWriter{enc}
}

// recordSchema is the schema of plain records.
var recordSchema = schema{
	fields:  record.Fields,
	columns: []string{"SOURCE", "START", "END", "KIND", "SPEAKER", "CUE", "QUOTE"},
}

// A recordWriter writes plain records as rows.
type recordWriter struct{ w rowWriter }

// write writes r as one row.
func (w recordWriter) write(r *record.Record) error { return w.w.write((*recordRow)(r)) }

// flush flushes the row writer.
func (w recordWriter) flush() error { return w.w.flush() }

// A recordRow is a record as a row. It has the same fields, and so the same
// JSON.
type recordRow record.Record

// cells returns the record's fields as text.
func (r *recordRow) cells() []string { return (*record.Record)(r).Cells() }

// tableCells returns the columns of [recordSchema].
func (r *recordRow) tableCells() []string {
	return []string{
		cell(r.Source, 0),
		strconv.Itoa(r.Start),
		strconv.Itoa(r.End),
		cell(r.Kind, 0),
		cell(record.Deref(r.Speaker), 0),
		cell(record.Deref(r.Cue), 0),
		cell(r.Quote, maxQuoteRunes),
	}
}

// A jsonlWriter writes one JSON object per line.
type jsonlWriter struct{ enc *json.Encoder }

// write writes r as one line of JSON.
func (w jsonlWriter) write(r row) error { return w.enc.Encode(r) }

// flush does nothing: the encoder holds nothing back.
func (w jsonlWriter) flush() error { return nil }

// A csvWriter writes a header row, then one row per record.
type csvWriter struct {
	w       *csv.Writer
	header  []string
	started bool // the header has been written
}

// write writes r as one row, after the header if it is the first.
func (w *csvWriter) write(r row) error {
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
	if w.started {
		return nil
	}
	w.started = true
	return w.w.Write(w.header)
}

// A tsvWriter writes tab-separated values: a header line, then one line per
// record, the fields separated by tabs. A field's backslashes, tabs,
// newlines and carriage returns are written as \\, \t, \n and \r, so that
// every record is one line and tools such as cut and awk split it right.
type tsvWriter struct {
	w       io.Writer
	header  []string
	started bool
}

// tsvEscaper escapes a field of the tsv format.
var tsvEscaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

// write writes r as one line, after the header if it is the first.
func (w *tsvWriter) write(r row) error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	return w.line(r.cells())
}

// flush writes the header if no record did.
func (w *tsvWriter) flush() error { return w.writeHeader() }

// writeHeader writes the header line unless it has been written.
func (w *tsvWriter) writeHeader() error {
	if w.started {
		return nil
	}
	w.started = true
	return w.line(w.header)
}

// line writes the fields as one line.
func (w *tsvWriter) line(fields []string) error {
	var sb strings.Builder
	for i, f := range fields {
		if i > 0 {
			sb.WriteByte('\t')
		}
		tsvEscaper.WriteString(&sb, f)
	}
	sb.WriteByte('\n')
	_, err := io.WriteString(w.w, sb.String())
	return err
}

// A markdownWriter writes a table in GitHub's Markdown: a header row, a
// delimiter row, and one row per record. In a cell, runs of white space are
// one space, and the characters Markdown would read as markup are escaped
// with a backslash, so that the text shows as it is.
type markdownWriter struct {
	w       io.Writer
	header  []string
	started bool
}

// markdownEscaper escapes the text of a Markdown table cell, but for
// underscores: see [escapeUnderscores].
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "|", `\|`, "*", `\*`, "`", "\\`",
	"[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "~", `\~`, "#", `\#`, "&", `\&`,
)

// escapeUnderscores escapes the underscores in s that could begin or end
// emphasis. One between two letters or digits cannot, so speaker_type and
// file_name.txt stay as they are.
func escapeUnderscores(s string) string {
	if !strings.Contains(s, "_") {
		return s
	}
	var sb strings.Builder
	for i, r := range s {
		if r == '_' {
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[i+1:])
			if !isAlnum(before) || !isAlnum(after) {
				sb.WriteByte('\\')
			}
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// isAlnum reports whether r is a letter or a digit.
func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// write writes r as one table row, after the header if it is the first.
func (w *markdownWriter) write(r row) error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	return w.line(r.cells())
}

// flush writes the header if no record did.
func (w *markdownWriter) flush() error { return w.writeHeader() }

// writeHeader writes the header and delimiter rows unless they have been
// written.
func (w *markdownWriter) writeHeader() error {
	if w.started {
		return nil
	}
	w.started = true
	if err := w.line(w.header); err != nil {
		return err
	}
	_, err := io.WriteString(w.w, "|"+strings.Repeat(" --- |", len(w.header))+"\n")
	return err
}

// line writes cells as one table row.
func (w *markdownWriter) line(cells []string) error {
	var sb strings.Builder
	sb.WriteByte('|')
	for _, c := range cells {
		sb.WriteByte(' ')
		sb.WriteString(escapeUnderscores(markdownEscaper.Replace(strings.Join(strings.Fields(c), " "))))
		sb.WriteString(" |")
	}
	sb.WriteByte('\n')
	_, err := io.WriteString(w.w, sb.String())
	return err
}

// maxQuoteRunes is the width at which the table format cuts quotations.
const maxQuoteRunes = 60

// A tableWriter writes records as aligned columns, for reading. It holds
// the whole table until flush, to know the columns' widths.
type tableWriter struct {
	w       *tabwriter.Writer
	header  []string
	started bool // the header has been written
}

// write adds r to the table as one row.
func (w *tableWriter) write(r row) error {
	w.writeHeader()
	_, err := io.WriteString(w.w, strings.Join(r.tableCells(), "\t")+"\n")
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
	if !w.started {
		w.started = true
		io.WriteString(w.w, strings.Join(w.header, "\t")+"\n")
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
