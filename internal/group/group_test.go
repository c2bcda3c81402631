package group

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	got := Words(`“This was in full accordance,” — Russia’s “NEW” agreement…`)
	want := []string{"this", "was", "in", "full", "accordance", "russia's", "new", "agreement"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Words mismatch (-want +got):\n%s", diff)
	}
}

func TestSame(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"We will never forget the sacrifices,", "we will never forget the sacrifices.", true},
		{"your soldiers fought courageously and heroically", "I would like to note that your soldiers fought courageously and heroically", true},
		{"ironic", "the American president was being ironic", false}, // too short to join by containment
		{"one two three four five six seven eight nine ten", "one two three four five SIX seven eight nine ten", true},
		{"one two three four five six seven eight nine ten", "one two three four five 6 7 eight nine ten", false},
		{"We are waiting for you", "We are not waiting for them", false},
		{"yes", "no", false},
	}
	for _, tt := range tests {
		if got := same(Words(tt.a), Words(tt.b)); got != tt.want {
			t.Errorf("same(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	a, b := Words("a b c d e"), Words("a x c d e f")
	if got := editDistance(a, b, 5); got != 2 {
		t.Errorf("editDistance = %d, want 2", got)
	}
	if got := editDistance(a, b, 1); got != 2 {
		t.Errorf("editDistance with limit 1 = %d, want 2 (limit+1)", got)
	}
}

// TestQuotesSeeds groups the Putin quotations of the two seed articles as
// the two outlets split and punctuated them.
func TestQuotesSeeds(t *testing.T) {
	g := NewQuotes()
	add := func(src, quote, speaker string) {
		g.Add(Item{Quote: quote, Speaker: speaker, SpeakerType: "person", Kind: "direct", Source: Source{Source: src}})
	}
	add("a", "On your initiative, as is well known, your special forces took part in the liberation of the Kursk region,", "Vladimir Putin")
	add("a", "This was in full accordance with our new agreement. I would like to note that your soldiers fought courageously and heroically.", "Vladimir Putin")
	add("a", "We will never forget the sacrifices made by your armed forces and the families of your servicemen,", "Vladimir Putin")
	add("b", "heroically", "Vladimir Putin")
	add("b", "On your initiative, as is well known, your special forces took part in the liberation of the Kursk region,", "Vladimir Putin")
	add("b", "This was in full accordance with our new agreement. I would like to note that your soldiers fought courageously and heroically,", "Vladimir Putin")
	add("b", "We will never forget the sacrifices made by your armed forces and the families of your servicemen.", "")
	groups := g.Groups()
	var got []string
	for _, q := range groups {
		var srcs []string
		for _, s := range q.Sources {
			srcs = append(srcs, s.Source)
		}
		got = append(got, fmt.Sprintf("%.20s|%s|%s|%d", q.Quote, q.Speaker, strings.Join(srcs, ","), len(q.Variants)))
	}
	want := []string{
		"On your initiative, |Vladimir Putin|a,b|1",
		"This was in full acc|Vladimir Putin|a,b|2",
		"We will never forget|Vladimir Putin|a,b|2",
		"heroically|Vladimir Putin|b|1",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("groups mismatch (-want +got):\n%s", diff)
	}
}

func TestQuotesConflict(t *testing.T) {
	g := NewQuotes()
	for _, sp := range []string{"Kim Jong Un", "Vladimir Putin", "Vladimir Putin"} {
		g.Add(Item{Quote: "We will do everything to help", Speaker: sp, Source: Source{Source: sp}})
	}
	g.Add(Item{Quote: "We will do everything to help", Source: Source{Source: "none"}})
	for range 2 { // Groups is idempotent
		q := g.Groups()[0]
		if q.Speaker != "Vladimir Putin" || q.Count() != 4 || !cmp.Equal(q.Speakers, []string{"Kim Jong Un", "Vladimir Putin"}) {
			t.Errorf("group = %q, %d sources, speakers %q", q.Speaker, q.Count(), q.Speakers)
		}
	}
}

func TestSpeakers(t *testing.T) {
	s := NewSpeakers()
	add := func(src, outlet, speaker, typ, cue string) {
		s.Add(Item{Quote: "x", Speaker: speaker, SpeakerType: typ, Cue: cue, Source: Source{Source: src, Outlet: outlet}})
	}
	add("a", "MT", "Vladimir Putin", "person", "told")
	add("a", "MT", "Vladimir Putin", "person", "added")
	add("b", "KH", "Putin", "person", "said")
	add("b", "KH", "Vladimir Putin", "person", "said")
	add("b", "KH", "Kremlin", "organization", "said")
	add("c", "", "Clinton", "person", "said") // two Clintons: kept apart
	add("c", "", "Hillary Clinton", "person", "said")
	add("c", "", "Chelsea Clinton", "person", "said")
	add("c", "", "", "", "said") // no speaker: not counted
	var got []string
	for _, sp := range s.List() {
		got = append(got, fmt.Sprintf("%s %d %v %v %v", sp.Speaker, sp.Quotes, sp.Sources, sp.Outlets, sp.Cues))
	}
	want := []string{
		"Vladimir Putin 4 [a b] [MT KH] [{said 2} {added 1} {told 1}]",
		"Kremlin 1 [b] [KH] [{said 1}]",
		"Clinton 1 [c] [] [{said 1}]",
		"Hillary Clinton 1 [c] [] [{said 1}]",
		"Chelsea Clinton 1 [c] [] [{said 1}]",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("speakers mismatch (-want +got):\n%s", diff)
	}
	for name, want := range map[string]string{
		"Putin":          "Vladimir Putin",
		"Vladimir Putin": "Vladimir Putin",
		"Clinton":        "Clinton",
		"Kremlin":        "Kremlin",
		"Nobody":         "Nobody",
	} {
		if got := s.Name(name); got != want {
			t.Errorf("Name(%q) = %q, want %q", name, got, want)
		}
	}
}

func BenchmarkQuotes(b *testing.B) {
	var items []Item
	for i := range 10000 {
		items = append(items, Item{
			Quote:  fmt.Sprintf("quotation number %d says something about topic %d and more words", i%3000, i%17),
			Source: Source{Source: fmt.Sprint(i)},
		})
	}
	for b.Loop() {
		g := NewQuotes()
		for _, it := range items {
			g.Add(it)
		}
		g.Groups()
	}
}

func TestBySet(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want By
		ok   bool
	}{
		{"quote", ByQuote, true},
		{"speaker", BySpeaker, true},
		{"", None, false},
		{"Quote", None, false},
		{"outlet", None, false},
	} {
		var b By
		err := b.Set(tt.in)
		if (err == nil) != tt.ok || b != tt.want {
			t.Errorf("Set(%q) = %q, %v; want %q, ok %v", tt.in, b, err, tt.want, tt.ok)
		}
	}
}
