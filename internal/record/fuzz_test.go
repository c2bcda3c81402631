package record

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/corpus"
)

// articleDir holds the end-to-end articles, which seed the fuzzer and feed
// the benchmark.
var articleDir = filepath.Join("..", "..", "testdata", "articles")

// readArticles returns the text of every article in articleDir.
func readArticles(tb testing.TB) []string {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join(articleDir, "*.txt"))
	if err != nil || len(names) == 0 {
		tb.Fatalf("no articles in %s: %v", articleDir, err)
	}
	var texts []string
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// kinds are the values a record's Kind may take.
var kinds = map[string]bool{"direct": true, "partial": true, "term": true, "indirect": true}

// speakerTypes are the values a record's SpeakerType may take.
var speakerTypes = map[string]bool{"person": true, "organization": true, "group": true}

// FuzzExtract runs the whole per-article extraction, quotation finding,
// tagging, entity recognition and attribution, on any text, with and
// without reported speech, and checks that it neither fails nor panics (a
// panic becomes an error in Extract, so an error is a failure here) and that
// every record can be found again in the text it came from.
func FuzzExtract(f *testing.F) {
	for _, text := range readArticles(f) {
		f.Add(text, true)
		// The middle of an article: sentences cut in two, marks unpaired.
		f.Add(text[len(text)/3:2*len(text)/3], false)
		// Pairs of paragraphs: small inputs, fast to run and to mutate, that
		// still hold the layouts attribution depends on.
		paras := strings.Split(text, "\n\n")
		for i := 0; i+1 < len(paras); i += 2 {
			f.Add(paras[i]+"\n\n"+paras[i+1], i%4 == 0)
		}
	}
	for _, text := range []string{
		article,
		"",
		"“",
		`"He said "she said "they said" " "`,
		"“We will rebuild,” he said.\n\n“And soon.",
		"\xff\xfe“\xe2\x80”, said \xc3",
		"“Don\xf6't,” she\xf6's said.",
		strings.Repeat("“a ‘b “c ”d’ e”", 20),
		"Putin said that the troops would stay, according to officials.",
	} {
		f.Add(text, false)
		f.Add(text, true)
	}
	plain, err := model()
	if err != nil {
		f.Fatal(err)
	}
	extractors := map[bool]*Extractor{
		false: NewExtractor(plain, Options{}),
		true:  NewExtractor(plain, Options{Indirect: true}),
	}
	joiner := NewExtractor(plain, Options{Indirect: true, Join: true})
	f.Fuzz(func(t *testing.T, text string, indirect bool) {
		art := corpus.Article{ID: "fuzz", Outlet: "Example", Text: text}
		e := extractors[indirect]
		if indirect && len(text)%2 == 1 {
			e = joiner // half the indirect inputs: joined quotations too
		}
		recs, err := e.Extract(art)
		if err != nil {
			t.Fatalf("Extract(%q), indirect %v: %v", text, indirect, err)
		}
		prev := 0
		for _, r := range recs {
			if r.Start < prev || r.Start > r.End || r.End > len(text) {
				t.Fatalf("bad record [%d:%d] %q after offset %d in %q", r.Start, r.End, r.Quote, prev, text)
			}
			// A joined quotation spans the cues between its parts, and so
			// does a reported clause that its cue interrupts (whose method
			// is null when its speaker is): the words of its text are the
			// span's, in order, and start and end it.
			span := text[r.Start:r.End]
			pieced := (e == joiner || indirect && r.Kind != "direct") && strings.HasPrefix(span, firstWord(r.Quote)) &&
				strings.HasSuffix(span, lastWord(r.Quote)) && inOrder(span, r.Quote)
			if span != r.Quote && !pieced {
				t.Fatalf("record [%d:%d] %q does not match its span %q in %q", r.Start, r.End, r.Quote, span, text)
			}
			prev = r.Start
			if r.Source != "fuzz" || Deref(r.Outlet) != "Example" {
				t.Fatalf("record %q lost its article's source or outlet: %q, %q", r.Quote, r.Source, Deref(r.Outlet))
			}
			if !kinds[r.Kind] || r.SpeakerType != nil && !speakerTypes[*r.SpeakerType] {
				t.Fatalf("record %q has kind %q and speaker type %q", r.Quote, r.Kind, Deref(r.SpeakerType))
			}
			if (r.Speaker == nil) != (r.Confidence == nil) || r.Confidence != nil && (*r.Confidence < 0 || *r.Confidence > 1) {
				t.Fatalf("record %q has speaker %q and confidence %s", r.Quote, Deref(r.Speaker), FormatConfidence(r.Confidence))
			}
			if (r.Cue == nil) != (r.Negated == nil) {
				t.Fatalf("record %q has cue %q and negated %s", r.Quote, Deref(r.Cue), FormatBool(r.Negated))
			}
			if r.Context != "" && (r.QuoteStart < 0 || r.QuoteStart > r.QuoteEnd || r.QuoteEnd > len(r.Context) ||
				r.Context[r.QuoteStart:r.QuoteEnd] != span) {
				t.Fatalf("record %q has context %q [%d:%d]", r.Quote, r.Context, r.QuoteStart, r.QuoteEnd)
			}
			for _, s := range []*string{r.Speaker, r.SpeakerMention, r.Cue, r.Addressee, r.Via} {
				if s != nil && utf8.ValidString(text) && !utf8.ValidString(*s) {
					t.Fatalf("record %q has invalid UTF-8 %q from valid text", r.Quote, *s)
				}
			}
		}
	})
}

// BenchmarkExtract measures the whole extraction of one article, with the
// model already loaded (see speakers.BenchmarkLoadModel for that).
func BenchmarkExtract(b *testing.B) {
	m, err := model()
	if err != nil {
		b.Fatal(err)
	}
	e := NewExtractor(m, Options{})
	texts := readArticles(b)
	n := 0
	for _, text := range texts {
		n += len(text)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, text := range texts {
			if _, err := e.Extract(corpus.Article{ID: "bench", Text: text}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// inOrder reports whether the words of quote stand in span in their order.
func inOrder(span, quote string) bool {
	for _, w := range strings.Split(quote, " ") {
		i := strings.Index(span, w)
		if i < 0 {
			return false
		}
		span = span[i+len(w):]
	}
	return true
}

// firstWord and lastWord return the first and last space-separated words
// of s: the ends of a joined quotation, which its span shares.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}
