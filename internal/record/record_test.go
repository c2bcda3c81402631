package record

import (
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/quotes"
	"github.com/whosaid/whosaid/speakers"
)

// extractor returns an Extractor with opts over a model loaded once.
func extractor(t *testing.T, opts Options) *Extractor {
	t.Helper()
	m, err := model()
	if err != nil {
		t.Fatal(err)
	}
	return NewExtractor(m, opts)
}

var model = sync.OnceValues(speakers.LoadModel)

const article = `“We will rebuild the bridge,” Mayor Ann Lee said on Monday.

The plan was, in one councillor's words, “a fantasy.”`

func TestExtract(t *testing.T) {
	art := corpus.Article{ID: "a1", Outlet: "Example News", Text: article}
	tests := []struct {
		opts Options
		want []string // quote|speaker|context with the quote in [brackets]
	}{
		{Options{}, []string{
			"We will rebuild the bridge,|Ann Lee|“[We will rebuild the bridge,]” Mayor Ann Lee said on Monday.",
			"a fantasy.|-|The plan was, in one councillor's words, “[a fantasy.]”",
		}},
		{Options{MinConfidence: 0.8}, []string{
			"We will rebuild the bridge,|Ann Lee|“[We will rebuild the bridge,]” Mayor Ann Lee said on Monday.",
		}},
		{Options{MinConfidence: 1.01}, nil},
	}
	for _, tt := range tests {
		recs, err := extractor(t, tt.opts).Extract(art)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range recs {
			if r.Source != "a1" || Deref(r.Outlet) != "Example News" {
				t.Errorf("%+v: source %q, outlet %q; want the article's", tt.opts, r.Source, Deref(r.Outlet))
			}
			if article[r.Start:r.End] != r.Quote {
				t.Errorf("%+v: text[%d:%d] = %q, quote %q", tt.opts, r.Start, r.End, article[r.Start:r.End], r.Quote)
			}
			sp := Deref(r.Speaker)
			if sp == "" {
				sp = "-"
			}
			ctx := r.Context[:r.QuoteStart] + "[" + r.Context[r.QuoteStart:r.QuoteEnd] + "]" + r.Context[r.QuoteEnd:]
			got = append(got, r.Quote+"|"+sp+"|"+strings.TrimSpace(ctx))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%+v:\ngot  %q\nwant %q", tt.opts, got, tt.want)
		}
	}
}

// TestNulls checks that absent values are written as null, never omitted,
// and that the context stays out of the JSON.
func TestNulls(t *testing.T) {
	r := New(corpus.Article{ID: "x", Text: "abc"}, speakers.Attribution{})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if len(m) != len(Fields) {
		t.Errorf("JSON has %d keys, want %d: %s", len(m), len(Fields), b)
	}
	for _, f := range Fields {
		if _, ok := m[f]; !ok {
			t.Errorf("JSON lacks %q: %s", f, b)
		}
	}
	if len(r.Cells()) != len(Fields) {
		t.Errorf("Cells has %d, want %d", len(r.Cells()), len(Fields))
	}
}

func TestExtractEmpty(t *testing.T) {
	recs, err := (&Extractor{}).Extract(corpus.Article{ID: "e"})
	if recs != nil || err != nil {
		t.Errorf("Extract(empty) = %v, %v; want nil, nil", recs, err)
	}
}

// TestExtractBroken checks that an extractor that cannot work (here, one
// with no resolver, whose model is nil) returns an error and no records,
// not a panic.
func TestExtractBroken(t *testing.T) {
	for _, e := range []*Extractor{{}} {
		recs, err := e.Extract(corpus.Article{ID: "p", Text: "“Hi,” she said."})
		if recs != nil || err == nil {
			t.Errorf("Extract with a broken extractor = %v, %v; want an error", recs, err)
		}
	}
}

// TestOutlet checks where a record's outlet comes from: the article, or
// failing that its furniture, marked as inferred.
func TestOutlet(t *testing.T) {
	const credited = "Mayor Ann Lee in the rain (AFP photo)\n\n" + article
	tests := []struct {
		art      corpus.Article
		outlet   string
		inferred string
	}{
		{corpus.Article{ID: "given", Outlet: "Example News", Text: credited}, "Example News", "false"},
		{corpus.Article{ID: "credited", Text: credited}, "AFP", "true"},
		{corpus.Article{ID: "none", Text: article}, "", ""},
	}
	for _, tt := range tests {
		recs, err := extractor(t, Options{}).Extract(tt.art)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) == 0 {
			t.Fatalf("%s: no records", tt.art.ID)
		}
		for _, r := range recs {
			if Deref(r.Outlet) != tt.outlet || FormatBool(r.OutletInferred) != tt.inferred {
				t.Errorf("%s: outlet %q, inferred %q; want %q, %q",
					tt.art.ID, Deref(r.Outlet), FormatBool(r.OutletInferred), tt.outlet, tt.inferred)
			}
		}
	}
}

func TestParseKinds(t *testing.T) {
	for _, tt := range []struct {
		in, want string // want: the kinds' names joined by commas, or "error"
	}{
		{"direct,partial", "direct,partial"},
		{" term , direct ,term", "term,direct"},
		{"indirect", "indirect"},
		{"direct,quotes", "error"},
		{"", "error"},
	} {
		ks, err := ParseKinds(tt.in)
		got := "error"
		if err == nil {
			names := make([]string, len(ks))
			for i, k := range ks {
				names[i] = k.String()
			}
			got = strings.Join(names, ",")
		}
		if got != tt.want {
			t.Errorf("ParseKinds(%q) = %s (err %v), want %s", tt.in, got, err, tt.want)
		}
	}
}

func TestAppendKinds(t *testing.T) {
	ks, err := AppendKinds([]quotes.Kind{quotes.Direct}, "partial, direct")
	if err != nil || !slices.Equal(ks, []quotes.Kind{quotes.Direct, quotes.Partial}) {
		t.Errorf("AppendKinds([direct], %q) = %v, %v; want [direct partial]", "partial, direct", ks, err)
	}
	ks, err = AppendKinds(ks, "quotes")
	if err == nil || !slices.Equal(ks, []quotes.Kind{quotes.Direct, quotes.Partial}) {
		t.Errorf("AppendKinds(ks, %q) = %v, %v; want ks unchanged and an error", "quotes", ks, err)
	}
}
