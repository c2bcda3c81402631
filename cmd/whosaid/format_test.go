package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/internal/record"
	"github.com/whosaid/whosaid/quotes"
	"github.com/whosaid/whosaid/speakers"
)

// fromFile is an article read from a text file, which has no metadata.
var fromFile = corpus.Article{ID: "a.txt"}

// fromCorpus is an article from a corpus line with every field set.
var fromCorpus = corpus.Article{
	ID:     "sp-19",
	URL:    "https://example.com/2024/06/19/summit?a=1&b=2",
	Outlet: "Example News",
	Title:  `Putin and Kim "seal" a pact, <again>`,
	Date:   "2024-06-19",
}

// full is an attribution with every field set.
var full = speakers.Attribution{
	Quote:       quotes.Quote{Span: quotes.Span{Start: 1047, End: 1153}, Text: `On your initiative, <as> is "well" known & more`, Kind: quotes.Direct},
	Speaker:     "Vladimir Putin",
	Mention:     "the Russian leader",
	SpeakerType: speakers.Person,
	Cue:         "told",
	Addressee:   "Kim Jong Un",
	Via:         "a Kremlin readout",
	Confidence:  0.876,
	Method:      "cue-after",
}

// bare is an attribution with no speaker found, and a confidence that must
// not be shown without one.
var bare = speakers.Attribution{
	Quote:      quotes.Quote{Span: quotes.Span{Start: 3038, End: 3051}, Text: "America First", Kind: quotes.Term},
	Confidence: 0.5,
}

// write writes records for atts, all from art, in format f.
func write(t *testing.T, f format, art corpus.Article, atts ...speakers.Attribution) string {
	t.Helper()
	var buf bytes.Buffer
	w := newWriter(f, &buf)
	for _, a := range atts {
		r := record.New(art, a)
		if err := w.write(&r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.flush(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestJSONL(t *testing.T) {
	got := write(t, "jsonl", fromFile, full, bare) + write(t, "jsonl", fromCorpus, bare)
	want := `{"source":"a.txt","quote":"On your initiative, <as> is \"well\" known & more","start":1047,"end":1153,"kind":"direct","speaker":"Vladimir Putin","speaker_mention":"the Russian leader","speaker_type":"person","cue":"told","addressee":"Kim Jong Un","via":"a Kremlin readout","confidence":0.88,"method":"cue-after","url":null,"outlet":null,"title":null,"date":null,"outlet_inferred":null,"negated":false}
{"source":"a.txt","quote":"America First","start":3038,"end":3051,"kind":"term","speaker":null,"speaker_mention":null,"speaker_type":null,"cue":null,"addressee":null,"via":null,"confidence":null,"method":null,"url":null,"outlet":null,"title":null,"date":null,"outlet_inferred":null,"negated":null}
{"source":"sp-19","quote":"America First","start":3038,"end":3051,"kind":"term","speaker":null,"speaker_mention":null,"speaker_type":null,"cue":null,"addressee":null,"via":null,"confidence":null,"method":null,"url":"https://example.com/2024/06/19/summit?a=1&b=2","outlet":"Example News","title":"Putin and Kim \"seal\" a pact, <again>","date":"2024-06-19","outlet_inferred":false,"negated":null}
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("jsonl mismatch (-want +got):\n%s", diff)
	}
}

// TestFieldOrder checks that the JSON keys and the CSV header agree.
func TestFieldOrder(t *testing.T) {
	dec := json.NewDecoder(strings.NewReader(write(t, "jsonl", fromCorpus, full)))
	var keys []string
	for depth := 0; ; {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		switch tok {
		case json.Delim('{'):
			depth++
			continue
		case json.Delim('}'):
			depth--
		}
		if depth == 0 {
			break
		}
		keys = append(keys, tok.(string))
		if _, err := dec.Token(); err != nil { // the value, always a scalar
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(record.Fields, keys); diff != "" {
		t.Errorf("JSON keys differ from the CSV header (-header +json):\n%s", diff)
	}
}

func TestCSVRoundTrip(t *testing.T) {
	texts := []string{
		"plain",
		"with, commas, and \"quotes\"",
		"two\nlines",
		"“curly” and ‘single’ — and 日本語, Ünïcödé",
		`"`,
		" leading and trailing space ",
		"",
	}
	var buf bytes.Buffer
	w := newWriter("csv", &buf)
	want := [][]string{record.Fields}
	for i, s := range texts {
		a := full
		a.Text, a.Speaker, a.Start, a.End = s, s, i, i+len(s)
		r := record.New(corpus.Article{ID: "dir/a,b.txt", Title: s, Outlet: s}, a)
		if err := w.write(&r); err != nil {
			t.Fatal(err)
		}
		want = append(want, r.Cells())
	}
	if err := w.flush(); err != nil {
		t.Fatal(err)
	}
	got, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CSV round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestCSV(t *testing.T) {
	got := write(t, "csv", fromFile, full, bare) + write(t, "csv", fromCorpus, bare)[len(strings.Join(record.Fields, ","))+1:]
	want := `source,quote,start,end,kind,speaker,speaker_mention,speaker_type,cue,addressee,via,confidence,method,url,outlet,title,date,outlet_inferred,negated
a.txt,"On your initiative, <as> is ""well"" known & more",1047,1153,direct,Vladimir Putin,the Russian leader,person,told,Kim Jong Un,a Kremlin readout,0.88,cue-after,,,,,,false
a.txt,America First,3038,3051,term,,,,,,,,,,,,,,
sp-19,America First,3038,3051,term,,,,,,,,,https://example.com/2024/06/19/summit?a=1&b=2,Example News,"Putin and Kim ""seal"" a pact, <again>",2024-06-19,false,
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("csv mismatch (-want +got):\n%s", diff)
	}
}

func TestTable(t *testing.T) {
	long := full
	long.Text = "We will never forget the sacrifices made\nby your armed forces and the families of your servicemen."
	long.Cue = "according to"
	got := write(t, "table", corpus.Article{ID: "dir/a.txt", Title: "not shown"}, long, bare)
	want := `SOURCE     START  END   KIND    SPEAKER         CUE           QUOTE
dir/a.txt  1047   1153  direct  Vladimir Putin  according to  We will never forget the sacrifices made by your armed forc…
dir/a.txt  3038   3051  term    -               -             America First
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("table mismatch (-want +got):\n%s", diff)
	}
}

func TestCell(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"", 0, "-"},
		{" \n", 10, "-"},
		{"a\tb\r\nc", 0, "a b c"},
		{"abcde", 5, "abcde"},
		{"abcdef", 5, "abcd…"},
		{"“¿qué?”", 4, "“¿q…"},
		{"日本語の引用", 5, "日本語の…"},
	}
	for _, tt := range tests {
		if got := cell(tt.in, tt.limit); got != tt.want {
			t.Errorf("cell(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
		}
	}
}

func TestFormatSet(t *testing.T) {
	for _, s := range []string{"jsonl", "csv", "tsv", "markdown", "table", "html"} {
		var f format
		if err := f.Set(s); err != nil || f.String() != s {
			t.Errorf("Set(%q): %v, format %q", s, err, f)
		}
	}
	for _, s := range []string{"", "json", "CSV", "xml", "md"} {
		f := format("jsonl")
		if err := f.Set(s); err == nil || f != "jsonl" {
			t.Errorf("Set(%q) = nil error or changed format to %q", s, f)
		}
	}
}

func TestTSV(t *testing.T) {
	tricky := full
	tricky.Text = "tab\there, line\nbreak, back\\slash \"quoted\"\r"
	got := write(t, "tsv", fromCorpus, tricky, bare)
	want := strings.Join(record.Fields, "\t") + "\n" +
		"sp-19\ttab\\there, line\\nbreak, back\\\\slash \"quoted\"\\r\t1047\t1153\tdirect\tVladimir Putin\tthe Russian leader\tperson\ttold\tKim Jong Un\ta Kremlin readout\t0.88\tcue-after\thttps://example.com/2024/06/19/summit?a=1&b=2\tExample News\tPutin and Kim \"seal\" a pact, <again>\t2024-06-19\tfalse\tfalse\n" +
		"sp-19\tAmerica First\t3038\t3051\tterm\t\t\t\t\t\t\t\t\thttps://example.com/2024/06/19/summit?a=1&b=2\tExample News\tPutin and Kim \"seal\" a pact, <again>\t2024-06-19\tfalse\t\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tsv mismatch (-want +got):\n%s", diff)
	}
	// Every record is one line, with a field for each column; unescaping
	// gives the text back.
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	for i, line := range lines {
		if n := len(strings.Split(line, "\t")); n != len(record.Fields) {
			t.Errorf("line %d has %d fields, want %d", i+1, n, len(record.Fields))
		}
	}
	unescape := strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\n`, "\n", `\r`, "\r")
	if q := unescape.Replace(strings.Split(lines[1], "\t")[1]); q != tricky.Text {
		t.Errorf("unescaped quote = %q, want %q", q, tricky.Text)
	}
}

func TestMarkdown(t *testing.T) {
	tricky := full
	tricky.Text = "a | pipe, *stars*, _under_, snake_case, `code`, [link](x), <b>tag</b> & #1\nnext line"
	got := write(t, "markdown", fromFile, tricky, bare)
	want := "| source | quote | start | end | kind | speaker | speaker_mention | speaker_type | cue | addressee | via | confidence | method | url | outlet | title | date | outlet_inferred | negated |\n" +
		"|" + strings.Repeat(" --- |", len(record.Fields)) + "\n" +
		"| a.txt | a \\| pipe, \\*stars\\*, \\_under\\_, snake_case, \\`code\\`, \\[link\\](x), \\<b\\>tag\\</b\\> \\& \\#1 next line | 1047 | 1153 | direct | Vladimir Putin | the Russian leader | person | told | Kim Jong Un | a Kremlin readout | 0.88 | cue-after |  |  |  |  |  | false |\n" +
		"| a.txt | America First | 3038 | 3051 | term |  |  |  |  |  |  |  |  |  |  |  |  |  |  |\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("markdown mismatch (-want +got):\n%s", diff)
	}
}
