package report

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/group"
	"github.com/whosaid/whosaid/internal/record"
)

// rec returns a record of quote by speaker (none if ""), found in source
// at start, in the sentence ctx (none if ""), which holds quote.
func rec(source, quote, speaker, kind, cue string, start int, ctx string) record.Record {
	r := record.Record{Source: source, Quote: quote, Start: start, End: start + len(quote), Kind: kind, Context: ctx}
	if speaker != "" {
		r.Speaker, r.SpeakerType = &speaker, new("person")
	}
	if cue != "" {
		r.Cue = &cue
	}
	if i := strings.Index(ctx, quote); i >= 0 {
		r.QuoteStart, r.QuoteEnd = i, i+len(quote)
	}
	return r
}

// withOutlet returns r with outlet o, inferred or not.
func withOutlet(r record.Record, o string, inferred bool) record.Record {
	r.Outlet, r.OutletInferred = &o, &inferred
	return r
}

// seeds are records as whosaid finds them in the two seed articles, in
// short.
func seeds() []record.Record {
	return []record.Record{
		withOutlet(rec("mt.txt", "On your initiative, your special forces took part in the liberation of the Kursk region,", "Vladimir Putin", "direct", "told", 1047, ""), "The Moscow Times", true),
		withOutlet(rec("mt.txt", "We will never forget the sacrifices made by your armed forces,", "Vladimir Putin", "direct", "added", 1324, ""), "The Moscow Times", true),
		withOutlet(rec("mt.txt", "comrade,", "Kim Jong Un", "partial", "referring", 1463, ""), "The Moscow Times", true),
		withOutlet(rec("afp.txt", "heroically", "Putin", "partial", "saying", 747, ""), "AFP", false),
		withOutlet(rec("afp.txt", "On your initiative, your special forces took part in the liberation of the Kursk region,", "Vladimir Putin", "direct", "said", 1204, ""), "AFP", false),
		withOutlet(rec("afp.txt", "We will never forget the sacrifices made by your armed forces.", "", "direct", "", 1542, ""), "AFP", false),
		rec("c.txt", "America First", "", "term", "", 3038, ""),
	}
}

func TestQuotes(t *testing.T) {
	r := New(Options{})
	for _, s := range seeds() {
		r.Add(&s)
	}
	putin := new("Vladimir Putin")
	person := new("person")
	source := func(src string, start, end int, outlet string, inferred bool) Source {
		s := Source{Source: src, Start: start, End: end}
		if outlet != "" {
			s.Outlet, s.OutletInferred = &outlet, &inferred
		}
		return s
	}
	want := []Quote{{
		Quote: "On your initiative, your special forces took part in the liberation of the Kursk region,", Speaker: putin, SpeakerType: person,
		Kinds: []string{"direct"}, Count: 2,
		Sources:  []Source{source("mt.txt", 1047, 1135, "The Moscow Times", true), source("afp.txt", 1204, 1292, "AFP", false)},
		Outlets:  []string{"The Moscow Times", "AFP"},
		Variants: []string{"On your initiative, your special forces took part in the liberation of the Kursk region,"},
	}, {
		Quote: "We will never forget the sacrifices made by your armed forces,", Speaker: putin, SpeakerType: person,
		Kinds: []string{"direct"}, Count: 2,
		Sources:  []Source{source("mt.txt", 1324, 1386, "The Moscow Times", true), source("afp.txt", 1542, 1604, "AFP", false)},
		Outlets:  []string{"The Moscow Times", "AFP"},
		Variants: []string{"We will never forget the sacrifices made by your armed forces,", "We will never forget the sacrifices made by your armed forces."},
	}, {
		Quote: "comrade,", Speaker: new("Kim Jong Un"), SpeakerType: person, Kinds: []string{"partial"}, Count: 1,
		Sources: []Source{source("mt.txt", 1463, 1471, "The Moscow Times", true)},
		Outlets: []string{"The Moscow Times"}, Variants: []string{"comrade,"},
	}, {
		Quote: "heroically", Speaker: putin, SpeakerType: person, Kinds: []string{"partial"}, Count: 1,
		Sources: []Source{source("afp.txt", 747, 757, "AFP", false)},
		Outlets: []string{"AFP"}, Variants: []string{"heroically"},
	}, {
		Quote: "America First", Kinds: []string{"term"}, Count: 1,
		Sources:  []Source{source("c.txt", 3038, 3051, "", false)},
		Variants: []string{"America First"},
	}}
	if diff := cmp.Diff(want, r.Quotes()); diff != "" {
		t.Errorf("Quotes mismatch (-want +got):\n%s", diff)
	}
}

func TestSpeakers(t *testing.T) {
	r := New(Options{})
	for _, s := range seeds() {
		r.Add(&s)
	}
	// What Kim did not say is not among what he said.
	denied := rec("mt.txt", "the troops were his idea", "Kim Jong Un", "indirect", "say", 2000, "")
	denied.Negated = new(true)
	r.Add(&denied)
	want := []Speaker{{
		Speaker: "Vladimir Putin", SpeakerType: new("person"), Quotes: 4,
		Sources: []string{"mt.txt", "afp.txt"},
		Cues:    []group.Cue{{Cue: "added", Count: 1}, {Cue: "said", Count: 1}, {Cue: "saying", Count: 1}, {Cue: "told", Count: 1}},
		Outlets: []string{"The Moscow Times", "AFP"},
	}, {
		Speaker: "Kim Jong Un", SpeakerType: new("person"), Quotes: 1,
		Sources: []string{"mt.txt"}, Cues: []group.Cue{{Cue: "referring", Count: 1}}, Outlets: []string{"The Moscow Times"},
	}}
	if diff := cmp.Diff(want, r.Speakers()); diff != "" {
		t.Errorf("Speakers mismatch (-want +got):\n%s", diff)
	}
}

// TestNulls checks that absent values and empty lists are written as null,
// never omitted, in the order of the fields.
func TestNulls(t *testing.T) {
	r := New(Options{})
	bare := rec("x", "America First", "", "term", "", 0, "")
	r.Add(&bare)
	r.Add(&record.Record{Source: "y", Quote: "no cue", Speaker: new("Ann Lee"), Kind: "direct"})
	q, s := r.Quotes()[0], r.Speakers()[0]
	for _, tt := range []struct {
		v      any
		fields []string
		cells  int
		want   string
	}{
		{&q, QuoteFields, len(q.Cells()), `{"quote":"America First","speaker":null,"speaker_type":null,"speakers":null,"kinds":["term"],"count":1,` +
			`"sources":[{"source":"x","start":0,"end":13,"url":null,"outlet":null,"title":null,"date":null,"outlet_inferred":null}],"outlets":null,"variants":["America First"]}`},
		{&s, SpeakerFields, len(s.Cells()), `{"speaker":"Ann Lee","speaker_type":null,"quotes":1,"sources":["y"],"cues":null,"outlets":null}`},
	} {
		b, err := json.Marshal(tt.v)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tt.want {
			t.Errorf("JSON = %s\nwant   %s", b, tt.want)
		}
		var keys []string
		dec := json.NewDecoder(strings.NewReader(string(b)))
		var m map[string]json.RawMessage
		if err := dec.Decode(&m); err != nil {
			t.Fatal(err)
		}
		for _, f := range tt.fields {
			if _, ok := m[f]; ok {
				keys = append(keys, f)
			}
		}
		if len(m) != len(tt.fields) || len(keys) != len(tt.fields) || tt.cells != len(tt.fields) {
			t.Errorf("%T: %d JSON keys, %d known, %d cells; want %d", tt.v, len(m), len(keys), tt.cells, len(tt.fields))
		}
	}
}

func TestCells(t *testing.T) {
	r := New(Options{})
	for _, s := range seeds() {
		r.Add(&s)
	}
	q, s := r.Quotes()[1], r.Speakers()[0]
	want := []string{
		"We will never forget the sacrifices made by your armed forces,", "Vladimir Putin", "person", "", "direct", "2",
		"mt.txt; afp.txt", "The Moscow Times; AFP",
		"We will never forget the sacrifices made by your armed forces,; We will never forget the sacrifices made by your armed forces.",
	}
	if diff := cmp.Diff(want, q.Cells()); diff != "" {
		t.Errorf("Quote.Cells mismatch (-want +got):\n%s", diff)
	}
	want = []string{"Vladimir Putin", "person", "4", "mt.txt; afp.txt", "added (1); said (1); saying (1); told (1)", "The Moscow Times; AFP"}
	if diff := cmp.Diff(want, s.Cells()); diff != "" {
		t.Errorf("Speaker.Cells mismatch (-want +got):\n%s", diff)
	}
	if got := FormatCues(s.Cues, 2); got != "added (1); said (1)" {
		t.Errorf("FormatCues(2) = %q", got)
	}
}

// TestAddCopies checks that a report keeps nothing of the article a
// record's strings may point into: a record of a few words must not keep a
// whole article in memory.
func TestAddCopies(t *testing.T) {
	article := strings.Repeat("filler ", 1000) + "“We will rebuild,” said Ann Lee of Example News."
	at := strings.Index(article, "We will")
	sentence := article[at-len("“"):]
	r := record.Record{
		Source:  article[:6],
		Quote:   article[at : at+len("We will rebuild,")],
		Start:   at,
		End:     at + len("We will rebuild,"),
		Kind:    "direct",
		Speaker: new(article[strings.Index(article, "Ann Lee"):][:7]),
		Cue:     new(article[strings.Index(article, "said"):][:4]),
		Outlet:  new(article[strings.Index(article, "Example News"):][:12]),
		Context: sentence, QuoteStart: len("“"), QuoteEnd: len("“") + len("We will rebuild,"),
	}
	rep := New(Options{Sentences: true})
	rep.Add(&r)
	inArticle := func(s string) bool {
		p, start := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(article)))
		return len(s) > 0 && p >= start && p < start+uintptr(len(article))
	}
	q, sp := rep.Quotes()[0], rep.Speakers()[0]
	kept := []string{q.Quote, q.Variants[0], *q.Speaker, q.Sources[0].Source, *q.Sources[0].Outlet, sp.Speaker, sp.Cues[0].Cue, sp.Outlets[0]}
	for _, sen := range rep.sentences {
		kept = append(kept, sen.before, sen.quote, sen.after)
	}
	for _, s := range kept {
		if inArticle(s) {
			t.Errorf("the report keeps %q in the article's memory", s)
		}
	}
}

func ExampleReport_Quotes() {
	r := New(Options{})
	for _, rec := range []record.Record{
		{Source: "a.txt", Quote: "We will rebuild the bridge,", Speaker: new("Ann Lee"), Kind: "direct"},
		{Source: "b.txt", Quote: "we will rebuild the bridge.", Speaker: new("Ann Lee"), Kind: "direct"},
		{Source: "b.txt", Quote: "a fantasy", Kind: "partial"},
	} {
		r.Add(&rec)
	}
	for _, q := range r.Quotes() {
		fmt.Printf("%d %q %q\n", q.Count, q.Quote, q.Variants)
	}
	// Output:
	// 2 "We will rebuild the bridge," ["We will rebuild the bridge," "we will rebuild the bridge."]
	// 1 "a fantasy" ["a fantasy"]
}
