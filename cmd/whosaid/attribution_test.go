package main

import (
	"encoding/csv"
	"strings"
	"testing"
)

// attribution is an article with a quotation of each degree of certainty:
// a cue after the quote, a quote with no cue nor speaker, and reported
// speech without quotation marks.
const attribution = "“We will rebuild the bridge,” Mayor Ann Lee said on Monday.\n\n" +
	"The plan was, in one councillor's words, “a fantasy that nobody has even costed.”\n\n" +
	"The council said that the vote would be held in May.\n"

// TestAttributionFlags checks --indirect and --min-confidence: which
// records each keeps, by kind, speaker and confidence.
func TestAttributionFlags(t *testing.T) {
	tests := []struct {
		args []string
		want []string // kind|speaker|quote per record
	}{
		{nil, []string{
			"direct|Ann Lee|We will rebuild the bridge,",
			"partial||a fantasy that nobody has even costed.",
		}},
		{[]string{"--indirect"}, []string{
			"direct|Ann Lee|We will rebuild the bridge,",
			"partial||a fantasy that nobody has even costed.",
			"indirect|council|the vote would be held in May",
		}},
		{[]string{"--min-confidence", "0.8"}, []string{
			"direct|Ann Lee|We will rebuild the bridge,",
		}},
		{[]string{"--min-confidence=0"}, []string{
			"direct|Ann Lee|We will rebuild the bridge,",
			"partial||a fantasy that nobody has even costed.",
		}},
		{[]string{"--indirect", "--min-confidence", "1"}, nil},
	}
	for _, tt := range tests {
		args := append(append([]string{"-f", "csv"}, tt.args...), "-")
		code, stdout, stderr := runCLI(t, strings.NewReader(attribution), args...)
		if code != exitOK || stderr != "" {
			t.Errorf("whosaid %q = %d, stderr %q", args, code, stderr)
			continue
		}
		rows := csvRows(t, stdout)
		var got []string
		for _, r := range rows[1:] {
			got = append(got, r["kind"]+"|"+r["speaker"]+"|"+r["quote"])
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("whosaid %q:\ngot  %q\nwant %q", args, got, tt.want)
		}
	}
}

// TestJoinFlag checks --join: a quotation that its cue interrupts is one
// record, its offsets over the cue.
func TestJoinFlag(t *testing.T) {
	const text = "“We will rebuild the bridge,” Mayor Ann Lee said. “It will take a year.”\n"
	for _, tt := range []struct {
		args []string
		want []string // start|end|speaker|quote per record
	}{
		{nil, []string{"3|30|Ann Lee|We will rebuild the bridge,", "57|77|Ann Lee|It will take a year."}},
		{[]string{"--join"}, []string{"3|77|Ann Lee|We will rebuild the bridge, It will take a year."}},
	} {
		checkFields(t, text, tt.args, tt.want, "start", "end", "speaker", "quote")
	}
}

// TestKindsFlag checks --kinds: a filter on the kinds of the records.
func TestKindsFlag(t *testing.T) {
	const text = "“We will rebuild the bridge,” Mayor Ann Lee said.\n\n" +
		"Lee said the city would pay for it. She called the old bridge “a danger to everyone”.\n\n" +
		"Her “Build Now” plan is popular.\n"
	for _, tt := range []struct {
		args []string
		want []string // kind|quote per record
	}{
		{nil, []string{"direct|We will rebuild the bridge,", "partial|a danger to everyone", "term|Build Now"}},
		{[]string{"--kinds", "direct,partial"}, []string{"direct|We will rebuild the bridge,", "partial|a danger to everyone"}},
		{[]string{"--kinds", "term", "--kinds", "direct"}, []string{"direct|We will rebuild the bridge,", "term|Build Now"}},
		// The kinds found and the spans do not depend on the filter: with
		// --indirect, the partial quotation spans its reported clause.
		{[]string{"--indirect", "--kinds", "partial"}, []string{"partial|the old bridge “a danger to everyone”"}},
		// indirect turns --indirect on.
		{[]string{"--kinds", "indirect"}, []string{"indirect|the city would pay for it"}},
	} {
		checkFields(t, text, tt.args, tt.want, "kind", "quote")
	}
	for _, v := range []string{"quotes", "direct,", "Direct"} {
		code, stdout, stderr := runCLI(t, strings.NewReader(text), "--kinds", v, "-")
		if code != exitUsage || stdout != "" || !strings.Contains(stderr, "--kinds") {
			t.Errorf("whosaid --kinds %s = %d, %q, %q; want a usage error", v, code, stdout, stderr)
		}
	}
}

func TestMinConfidenceRange(t *testing.T) {
	for _, v := range []string{"-0.1", "1.5", "high"} {
		code, stdout, stderr := runCLI(t, strings.NewReader(attribution), "--min-confidence", v, "-")
		if code != exitUsage || stdout != "" || !strings.Contains(stderr, "--min-confidence") {
			t.Errorf("whosaid --min-confidence %s = %d, %q, %q; want a usage error", v, code, stdout, stderr)
		}
	}
}

// checkFields runs whosaid -f csv with args on text and checks the records'
// fields, joined by | for each record, against want.
func checkFields(t *testing.T, text string, args, want []string, fields ...string) {
	t.Helper()
	args = append(append([]string{"-f", "csv"}, args...), "-")
	code, stdout, stderr := runCLI(t, strings.NewReader(text), args...)
	if code != exitOK || stderr != "" {
		t.Errorf("whosaid %q = %d, stderr %q", args, code, stderr)
		return
	}
	var got []string
	for _, r := range csvRows(t, stdout)[1:] {
		vals := make([]string, len(fields))
		for i, f := range fields {
			vals[i] = r[f]
		}
		got = append(got, strings.Join(vals, "|"))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("whosaid %q:\ngot  %q\nwant %q", args, got, want)
	}
}

// csvRows parses CSV output with a header into the header row (as a map of
// each name to itself) and one map per record.
func csvRows(t *testing.T, out string) []map[string]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) == 0 {
		t.Fatalf("bad CSV (%v):\n%s", err, out)
	}
	maps := make([]map[string]string, len(rows))
	for i, row := range rows {
		maps[i] = make(map[string]string, len(row))
		for j, name := range rows[0] {
			maps[i][name] = row[j]
		}
	}
	return maps
}
