package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/report"
)

// decode returns the JSON objects, one a line, of jsonl.
func decode[T any](t *testing.T, jsonl string) []T {
	t.Helper()
	var out []T
	dec := json.NewDecoder(strings.NewReader(jsonl))
	for dec.More() {
		var v T
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// TestGroupSeeds checks the groups of the two seed articles, the same
// meeting told by two outlets: the three Putin quotations that both carry,
// however each split and punctuated them, are one group each, and Putin is
// one speaker with both sources.
func TestGroupSeeds(t *testing.T) {
	articles := testArticles(t)
	code, stdout, stderr := runCLI(t, nil, append([]string{"--group", "quote"}, articles...)...)
	if code != exitOK || stderr != "" {
		t.Fatalf("whosaid --group quote = %d, %q", code, stderr)
	}
	quotes := decode[report.Quote](t, stdout)
	for _, prefix := range []string{"On your initiative", "This was in full accordance", "We will never forget"} {
		var found []report.Quote
		for _, q := range quotes {
			if strings.HasPrefix(q.Quote, prefix) {
				found = append(found, q)
			}
		}
		if len(found) != 1 {
			t.Errorf("%d groups begin %q, want 1", len(found), prefix)
			continue
		}
		q := found[0]
		var sources []string
		for _, s := range q.Sources {
			sources = append(sources, s.Source)
		}
		if q.Speaker == nil || *q.Speaker != "Vladimir Putin" || q.Speakers != nil ||
			!cmp.Equal(sources, articles) || q.Count != 2 {
			t.Errorf("group %q: speaker %v (of %q), %d in %q; want Vladimir Putin, 2 in %q",
				prefix, q.Speaker, q.Speakers, q.Count, sources, articles)
		}
	}

	code, stdout, stderr = runCLI(t, nil, append([]string{"--group", "speaker"}, articles...)...)
	if code != exitOK || stderr != "" {
		t.Fatalf("whosaid --group speaker = %d, %q", code, stderr)
	}
	var putin []report.Speaker
	for _, s := range decode[report.Speaker](t, stdout) {
		if s.Speaker == "Vladimir Putin" {
			putin = append(putin, s)
		}
	}
	if len(putin) != 1 || !cmp.Equal(putin[0].Sources, articles) {
		t.Errorf("Vladimir Putin in --group speaker: %+v; want once, with sources %q", putin, articles)
	}
}

// TestGroupCSVHeader checks the header of each kind of record in csv.
func TestGroupCSVHeader(t *testing.T) {
	dir := writeFiles(t, t.TempDir(), map[string]string{"a.txt": article})
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{nil, []string{"quote", "speaker"}},
		{[]string{"--group", "quote"}, []string{"quote", "speaker", "speakers", "sources", "count", "variants"}},
		{[]string{"--group", "speaker"}, []string{"speaker", "speaker_type", "quotes", "sources", "cues", "outlets"}},
	} {
		args := append(append([]string{"-f", "csv"}, tt.args...), filepath.Join(dir, "a.txt"))
		code, stdout, stderr := runCLI(t, nil, args...)
		header, _, _ := strings.Cut(stdout, "\n")
		fields := strings.Split(header, ",")
		for _, f := range tt.want {
			if !slices.Contains(fields, f) {
				t.Errorf("whosaid %s: header %q lacks %q", strings.Join(tt.args, " "), header, f)
			}
		}
		if code != exitOK || stderr != "" {
			t.Errorf("whosaid %s = %d, %q", strings.Join(args, " "), code, stderr)
		}
	}
}

// TestGroupEmpty checks the groups of nothing: the header alone, where
// the format has one.
func TestGroupEmpty(t *testing.T) {
	empty := filepath.Join(writeFiles(t, t.TempDir(), map[string]string{"empty.txt": ""}), "empty.txt")
	for _, tt := range []struct{ group, format, want string }{
		{"quote", "jsonl", ""},
		{"quote", "csv", strings.Join(report.QuoteFields, ",") + "\n"},
		{"speaker", "tsv", strings.Join(report.SpeakerFields, "\t") + "\n"},
		{"quote", "table", "COUNT  SPEAKER  KIND  OUTLETS  QUOTE\n"},
		{"speaker", "table", "SPEAKER  TYPE  QUOTES  SOURCES  CUES  OUTLETS\n"},
		{"speaker", "markdown", "| speaker | speaker_type | quotes | sources | cues | outlets |\n| --- | --- | --- | --- | --- | --- |\n"},
	} {
		code, stdout, stderr := runCLI(t, nil, "--group", tt.group, "-f", tt.format, empty)
		if code != exitOK || stdout != tt.want || stderr != "" {
			t.Errorf("whosaid --group %s -f %s %s = %d, %q, %q; want 0, %q, \"\"", tt.group, tt.format, empty, code, stdout, stderr, tt.want)
		}
	}
}

func TestGroupFlag(t *testing.T) {
	code, stdout, stderr := runCLI(t, nil, "--group", "outlet", "a.txt")
	want := "whosaid: invalid argument \"outlet\" for \"--group\" flag: must be one of quote, speaker\n" + tryHelp
	if code != exitUsage || stdout != "" || stderr != want {
		t.Errorf("whosaid --group outlet = %d, %q, %q; want %d, \"\", %q", code, stdout, stderr, exitUsage, want)
	}
}

// TestGroupJobs checks that groups do not depend on the number of jobs.
func TestGroupJobs(t *testing.T) {
	articles := testArticles(t)
	args := append([]string{"--group", "quote", "-f", "csv"}, append(articles, articles...)...)
	_, want, _ := runCLI(t, nil, append([]string{"-j", "1"}, args...)...)
	_, got, _ := runCLI(t, nil, append([]string{"-j", "4"}, args...)...)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("-j 1 and -j 4 differ (-j 1 +j 4):\n%s", diff)
	}
}

// TestHTML checks the report of the seed articles: one page that loads
// nothing, the same whatever --group says.
func TestHTML(t *testing.T) {
	articles := testArticles(t)
	code, page, stderr := runCLI(t, nil, append([]string{"-f", "html"}, articles...)...)
	if code != exitOK || stderr != "" {
		t.Fatalf("whosaid -f html = %d, %q", code, stderr)
	}
	checkOffline(t, []byte(page))
	if !strings.HasPrefix(page, "<!DOCTYPE html>") || strings.Count(page, "</html>") != 1 {
		t.Errorf("whosaid -f html is not one HTML page")
	}
	_, grouped, _ := runCLI(t, nil, append([]string{"-f", "html", "--group", "speaker"}, articles...)...)
	if grouped != page {
		t.Errorf("whosaid -f html --group speaker differs from whosaid -f html")
	}
	// The page is written to a file as well as to standard output.
	out := filepath.Join(t.TempDir(), "report.html")
	if code, _, stderr := runCLI(t, nil, append([]string{"-f", "html", "-o", out}, articles...)...); code != exitOK {
		t.Fatalf("whosaid -f html -o %s = %d, %q", out, code, stderr)
	}
	if b, err := os.ReadFile(out); err != nil || string(b) != page {
		t.Errorf("%s differs from the page on standard output (%v)", out, err)
	}
}

// TestReadmeGroupExamples checks that each sample output in the README
// after the first, which [TestReadmeExample] checks, is what whosaid
// prints for the command shown above it, its globs expanded as a shell
// would.
func TestReadmeGroupExamples(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join("..", ".."))
	samples := strings.Split(string(readme), "\n$ whosaid ")[1:]
	if len(samples) < 2 {
		t.Fatalf("README has %d example commands, want the first and the groups'", len(samples))
	}
	for _, block := range samples[1:] {
		block, _, _ = strings.Cut(block, "\n```")
		cmdLine, sample, _ := strings.Cut(block, "\n")
		sample = strings.TrimSuffix(sample, "…")
		var args []string
		for _, f := range strings.Fields(cmdLine) {
			if matches, _ := filepath.Glob(f); strings.Contains(f, "*") && len(matches) > 0 {
				args = append(args, matches...)
			} else {
				args = append(args, f)
			}
		}
		code, stdout, stderr := runCLI(t, nil, args...)
		if code != exitOK || stderr != "" {
			t.Errorf("whosaid %s = %d, stderr %q", cmdLine, code, stderr)
		}
		if !strings.HasPrefix(stdout, sample) {
			t.Errorf("README sample is not a prefix of the output of whosaid %s:\n%s", cmdLine, stdout)
		}
	}
}
