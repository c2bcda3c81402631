package quotes

import (
	"os"
	"testing"
)

// FuzzFind checks the invariants of Find on any input: offsets in range,
// in order and not overlapping, Text equal to the text it spans, marks
// around the content, and a known kind.
func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		text, _ := unmark(tt.in)
		f.Add(text)
	}
	for _, name := range articleFiles(f) {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, q := range Find(text) {
			if q.Start < prev || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("bad quote %+v after offset %d in %q", q, prev, text)
			}
			if q.Marks.Start > q.Start || q.Marks.End < q.End || q.Marks.Start < prev {
				t.Fatalf("marks %v do not enclose %v in %q", q.Marks, q.Span, text)
			}
			if q.Kind < Direct || q.Kind > Term {
				t.Fatalf("kind %d in %q", q.Kind, text)
			}
			for _, n := range q.Nested {
				if n.Start < q.Start || n.End > q.End || n.Start > n.End {
					t.Fatalf("nested %v outside %v in %q", n, q.Span, text)
				}
			}
			prev = q.Marks.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile("../testdata/articles/000_f556a12f59995072.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(string(text))
	}
}
