package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/record"
)

// largeRecords returns n made-up records as whosaid would find them in a
// corpus of n/5 articles by a few hundred speakers, in which one quotation
// in four is carried by another article too. It is the same every time.
func largeRecords(n int) []record.Record {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("we will never forget the sacrifices made by your armed forces and the families " +
		"of our servicemen this was in full accordance with agreement I would like to note that soldiers " +
		"fought courageously heroically budget growth inflation election reform climate border trade")
	outlets := []string{"The Moscow Times", "AFP", "Reuters", "The Guardian", "Example News", ""}
	kinds := []string{"direct", "direct", "partial", "term"}
	cues := []string{"said", "told", "added", "according to", "claimed"}
	var quotes []string
	recs := make([]record.Record, n)
	for i := range recs {
		art := i / 5
		q := ""
		if len(quotes) > 0 && rng.IntN(4) == 0 {
			q = quotes[rng.IntN(len(quotes))] // carried by another article
		} else {
			w := make([]string, 6+rng.IntN(20))
			for j := range w {
				w[j] = words[rng.IntN(len(words))]
			}
			q = fmt.Sprintf("%s, quotation %d <&>", strings.Join(w, " "), i)
			quotes = append(quotes, q)
		}
		speaker := fmt.Sprintf("Speaker %03d", rng.IntN(400))
		cue := cues[rng.IntN(len(cues))]
		before := "In a statement on Tuesday, “"
		after := fmt.Sprintf(",” %s %s, according to a readout of the meeting.", speaker, cue)
		r := record.Record{
			Source:      fmt.Sprintf("corpus.jsonl:%d", art+1),
			Quote:       q,
			Start:       len(before) + 100,
			End:         len(before) + 100 + len(q),
			Kind:        kinds[rng.IntN(len(kinds))],
			Speaker:     &speaker,
			SpeakerType: new("person"),
			Cue:         &cue,
			Title:       new(fmt.Sprintf("Article number %d", art)),
			Context:     before + q + after,
			QuoteStart:  len(before),
			QuoteEnd:    len(before) + len(q),
		}
		if rng.IntN(10) == 0 {
			r.Speaker, r.SpeakerType, r.Cue = nil, nil, nil
		}
		if o := outlets[art%len(outlets)]; o != "" {
			r.Outlet, r.OutletInferred = &o, new(art%2 == 0)
		}
		recs[i] = r
	}
	return recs
}

// writeReport returns the HTML report of recs.
func writeReport(t testing.TB, recs []record.Record) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := newReportWriter(&buf)
	for i := range recs {
		if err := w.write(&recs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// remote matches what would make a page load something from the network.
var remote = regexp.MustCompile(`(?i)(?:src|href|action|srcset|poster|data|content)\s*=\s*["']?\s*(?:https?:)?//|@import|url\(\s*["']?\s*(?:https?:)?//`)

// dataElement is the start of the element that holds the report's records.
const dataElement = `<script type="application/json" id="report-data">`

// checkOffline checks that page, an HTML report, loads nothing from the
// network: its markup, styles and script have no remote address, and its
// records, escaped as JSON, hold no "<" that could end their element.
func checkOffline(t *testing.T, page []byte) {
	t.Helper()
	head, rest, ok := bytes.Cut(page, []byte(dataElement))
	data, tail, ok2 := bytes.Cut(rest, []byte("</script>"))
	if !ok || !ok2 {
		t.Fatalf("report has no %s…</script> element", dataElement)
	}
	for _, part := range [][]byte{head, tail} {
		if m := remote.Find(part); m != nil {
			t.Errorf("report loads from the network: %q", m)
		}
	}
	if i := bytes.IndexByte(data, '<'); i >= 0 {
		t.Errorf("report data has an unescaped <: %q", data[max(0, i-40):min(len(data), i+40)])
	}
	if !bytes.Contains(head, []byte(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`)) {
		t.Error("report has no content security policy that forbids loading")
	}
}

// TestReportLarge checks that a report of 10,000 quotations is written
// quickly, is of a reasonable size, and loads nothing.
func TestReportLarge(t *testing.T) {
	recs := largeRecords(10000)
	start := time.Now()
	page := writeReport(t, recs)
	elapsed := time.Since(start)
	t.Logf("10,000 quotations: %d bytes in %v", len(page), elapsed)
	if len(page) > 8<<20 {
		t.Errorf("report of 10,000 quotations is %d bytes, more than 8 MiB", len(page))
	}
	if elapsed > 10*time.Second {
		t.Errorf("report of 10,000 quotations took %v", elapsed)
	}
	checkOffline(t, page)
}
