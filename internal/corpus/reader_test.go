package corpus

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// A step is what one call of Next gives: an article, or the error of a bad
// line.
type step struct {
	Article Article
	Err     string
}

// readAll reads the corpus in r as name to the end and returns each step and
// the error of Err, "" for nil.
func readAll(t *testing.T, r *Reader) (steps []step, err string) {
	t.Helper()
	for r.Next() {
		a, err := r.Article()
		s := step{Article: a}
		if err != nil {
			var re *RecordError
			if !errors.As(err, &re) || re.Line != r.Line() {
				t.Errorf("Article error %v is not a *RecordError for line %d", err, r.Line())
			}
			s.Err = err.Error()
		}
		steps = append(steps, s)
	}
	if e := r.Err(); e != nil {
		var re *RecordError
		if !errors.As(e, &re) {
			t.Errorf("Err() = %v, not a *RecordError", e)
		}
		err = e.Error()
	}
	return steps, err
}

// text returns a step for an article with id and text alone.
func text(id, text string) step { return step{Article: Article{ID: id, Text: text}} }

// bad returns a step for a malformed line.
func bad(msg string) step { return step{Err: msg} }

var readerTests = []struct {
	name string
	in   string
	max  int
	want []step
	err  string // from Err
}{
	{name: "empty", in: ""},
	{name: "blank lines", in: "\n  \n\t\r\n"},
	{
		name: "all fields",
		in:   `{"id":"a1","url":"https://example.com/a","outlet":"Example","title":"Headline","date":"2024-04-12","text":"“Yes,” she said.","extra":[1,2]}` + "\n",
		want: []step{{Article: Article{
			ID: "a1", URL: "https://example.com/a", Outlet: "Example", Title: "Headline", Date: "2024-04-12",
			Text: "“Yes,” she said.",
		}}},
	},
	{
		name: "ids",
		in: `{"id":42,"text":"a"}` + "\n" +
			`{"id":-1.5e3,"text":"b"}` + "\n" +
			`{"text":"c"}` + "\n" +
			"\n" +
			`{"id":"","text":"d"}` + "\n" +
			`{"id":null,"text":"e"}`, // no newline at the end
		want: []step{text("42", "a"), text("-1.5e3", "b"), text("c.jsonl:3", "c"), text("c.jsonl:5", "d"), text("c.jsonl:6", "e")},
	},
	{
		name: "numbers and nulls in metadata",
		in:   `{"text":"a","date":20240412,"url":null,"title":""}`,
		want: []step{{Article: Article{ID: "c.jsonl:1", Text: "a", Date: "20240412"}}},
	},
	{
		name: "crlf and bom",
		in:   "\xEF\xBB\xBF{\"text\":\"a\"}\r\n{\"text\":\"b\"}\r\n",
		want: []step{text("c.jsonl:1", "a"), text("c.jsonl:2", "b")},
	},
	{
		name: "escapes and invalid UTF-8",
		in:   `{"text":"line\none \"quoted\" \u00e9 ` + "\xff" + `"}`,
		want: []step{text("c.jsonl:1", "line\none \"quoted\" é \uFFFD")},
	},
	{
		name: "bad lines",
		in: `{"text":"first"}` + "\n" +
			"hello world\n" +
			`{"id":"x"}` + "\n" +
			`{"text":null}` + "\n" +
			`{"text":42}` + "\n" +
			`[{"text":"a"}]` + "\n" +
			`"text"` + "\n" +
			`{"text":"a"} {"text":"b"}` + "\n" +
			`{"text":"a"` + "\n" +
			`{"text":"a","url":true}` + "\n" +
			`{"text":"a","id":{"n":1}}` + "\n" +
			`{"text":"last"}` + "\n",
		want: []step{
			text("c.jsonl:1", "first"),
			bad("c.jsonl:2: invalid JSON: invalid character 'h' looking for beginning of value"),
			bad(`c.jsonl:3: no "text"`),
			bad(`c.jsonl:4: no "text"`),
			bad(`c.jsonl:5: "text" is not a string`),
			bad("c.jsonl:6: not a JSON object"),
			bad("c.jsonl:7: not a JSON object"),
			bad("c.jsonl:8: invalid JSON: invalid character '{' after top-level value"),
			bad("c.jsonl:9: invalid JSON: unexpected end of JSON input"),
			bad(`c.jsonl:10: "url" is not a string or number`),
			bad(`c.jsonl:11: "id" is not a string or number`),
			text("c.jsonl:12", "last"),
		},
	},
	{
		name: "too long",
		max:  20,
		in: `{"text":"0123456789"}` + "\n" + // 21 bytes
			`{"text":"012345678"}` + "\n" + // 20 bytes
			`{"text":"0123456789012345678901234567890123456789"}` + "\n" +
			`{"text":"012345678"}` + "\r\n" + // 21 bytes: the \r counts
			`{"text":"0123456789"}`, // 21 bytes, no newline
		want: []step{
			bad("c.jsonl:1: line too long"),
			text("c.jsonl:2", "012345678"),
			bad("c.jsonl:3: line too long"),
			bad("c.jsonl:4: line too long"),
			bad("c.jsonl:5: line too long"),
		},
	},
	{
		name: "long line",
		in:   `{"text":"` + strings.Repeat("word ", 300<<10) + `"}` + "\n" + `{"text":"next"}`,
		want: []step{text("c.jsonl:1", strings.Repeat("word ", 300<<10)), text("c.jsonl:2", "next")},
	},
}

func TestReader(t *testing.T) {
	for _, tt := range readerTests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.in), "c.jsonl")
			r.MaxBytes = tt.max
			got, err := readAll(t, r)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("articles mismatch (-want +got):\n%s", diff)
			}
			if err != tt.err {
				t.Errorf("Err() = %q, want %q", err, tt.err)
			}
		})
	}
}

// TestReaderTooLong checks that a line too long is reported with an error
// that wraps ErrTooLarge.
func TestReaderTooLong(t *testing.T) {
	r := NewReader(strings.NewReader(`{"text":"0123456789"}`), "c.jsonl")
	r.MaxBytes = 10
	if !r.Next() {
		t.Fatal("Next() = false, want true")
	}
	if _, err := r.Article(); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Article() error = %v, want one that wraps ErrTooLarge", err)
	}
}

// TestReaderReadError checks that a failure to read stops the reader, names
// the line being read, and drops that line's partial content.
func TestReaderReadError(t *testing.T) {
	in := io.MultiReader(
		strings.NewReader(`{"text":"a"}`+"\n"+`{"text":"b"}`+"\n"+`{"text":"par`),
		iotest.ErrReader(errors.New("unexpected EOF")),
	)
	got, err := readAll(t, NewReader(in, "<stdin>"))
	want := []step{text("<stdin>:1", "a"), text("<stdin>:2", "b")}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("articles mismatch (-want +got):\n%s", diff)
	}
	if wantErr := "<stdin>:3: unexpected EOF"; err != wantErr {
		t.Errorf("Err() = %q, want %q", err, wantErr)
	}
}

// TestReaderStreams checks that the reader returns each article before the
// next line has been written, so that a corpus is never held whole.
func TestReaderStreams(t *testing.T) {
	pr, pw := io.Pipe()
	r := NewReader(pr, "pipe")
	go func() {
		defer pw.Close()
		for _, s := range []string{"a", "b", "c"} {
			// Write blocks until the reader has read what it needs.
			if _, err := io.WriteString(pw, `{"text":"`+s+`"}`+"\n"); err != nil {
				return
			}
		}
	}()
	for _, want := range []string{"a", "b", "c"} {
		if !r.Next() {
			t.Fatalf("Next() = false before %q: %v", want, r.Err())
		}
		if a, err := r.Article(); err != nil || a.Text != want {
			t.Errorf("Article() = %q, %v; want %q, nil", a.Text, err, want)
		}
	}
	if r.Next() {
		t.Errorf("Next() = true after the last line")
	}
}
