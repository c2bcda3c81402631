package main

// The tests in this file hold whosaid to its promise for a batch: whatever
// the inputs, no panic, no hang and no silent loss. Each input ends up in
// the output or in an error that names it, and the run goes on.

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/corpus"
)

// gzipped returns s compressed with gzip.
func gzipped(t *testing.T, s string) string {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// padded returns s with spaces after it to make it n bytes long.
func padded(s string, n int) string { return s + strings.Repeat(" ", n-len(s)) }

// jsonLine returns the corpus line of an article with the given fields.
func jsonLine(t *testing.T, fields map[string]any) string {
	t.Helper()
	b, err := json.Marshal(fields)
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// htmlPage returns a web page whose main text is the paragraphs.
func htmlPage(paras ...string) string {
	return "<html><head><title>News</title></head><body><article><p>" +
		strings.Join(paras, "</p><p>") + "</p></article></body></html>"
}

// TestMaxBytes checks that --max-bytes limits the text of each article, of
// any kind of input, that a page or a corpus line may be four times larger,
// and that an article too large is an error for it alone.
func TestMaxBytes(t *testing.T) {
	const max = 1000
	filler := strings.Repeat("The council met again on Tuesday evening to discuss the repairs. ", 20)
	dir := writeFiles(t, t.TempDir(), map[string]string{
		"1-fits.txt":     padded(article, max),
		"2-over.txt":     padded(article, max+1),
		"3-over.txt.gz":  gzipped(t, padded(article, max+1)),
		"4-long.html":    htmlPage(filler, article), // over 1000 bytes of text
		"5-huge.html":    htmlPage(strings.Repeat("<span></span>", 4*max/13), article),
		"6-corpus.jsonl": "",
	})
	corpusText := jsonLine(t, map[string]any{"id": "first", "text": article}) +
		jsonLine(t, map[string]any{"id": "over", "text": padded(article, max+1)}) +
		jsonLine(t, map[string]any{"id": "huge", "text": article, "pad": strings.Repeat("x", 4*max)}) +
		// Escapes make the line longer than its text, which fits.
		jsonLine(t, map[string]any{"id": "escaped", "text": padded(article, 600) + strings.Repeat("\n", 399)}) +
		jsonLine(t, map[string]any{"id": "last", "text": article})
	writeFiles(t, dir, map[string]string{"6-corpus.jsonl": corpusText})
	path := func(name string) string { return dir + "/" + name }

	code, stdout, stderr := runCLI(t, strings.NewReader(padded(article, max+1)), "--max-bytes", "1000",
		path("1-fits.txt"), path("2-over.txt"), path("3-over.txt.gz"), path("4-long.html"),
		path("5-huge.html"), path("6-corpus.jsonl"), "-")
	wantOut := expectArticles(t, "jsonl",
		corpus.Article{ID: path("1-fits.txt"), Text: padded(article, max)},
		corpus.Article{ID: "first", Text: article},
		corpus.Article{ID: "escaped", Text: padded(article, 600) + strings.Repeat("\n", 399)},
		corpus.Article{ID: "last", Text: article})
	wantErr := "whosaid: " + path("2-over.txt") + ": larger than --max-bytes (1000 bytes)\n" +
		"whosaid: " + path("3-over.txt.gz") + ": larger than --max-bytes (1000 bytes)\n" +
		"whosaid: " + path("4-long.html") + ": larger than --max-bytes (1000 bytes)\n" +
		"whosaid: " + path("5-huge.html") + ": page larger than 4 times --max-bytes (4000 bytes)\n" +
		"whosaid: " + path("6-corpus.jsonl") + ":2: larger than --max-bytes (1000 bytes)\n" +
		"whosaid: " + path("6-corpus.jsonl") + ":3: line larger than 4 times --max-bytes (4000 bytes)\n" +
		"whosaid: <stdin>: larger than --max-bytes (1000 bytes)\n"
	if code != exitError {
		t.Errorf("exit code = %d, want %d", code, exitError)
	}
	if diff := cmp.Diff(wantOut, stdout); diff != "" {
		t.Errorf("stdout mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantErr, stderr); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{1000: "1000 bytes", 1 << 20: "1MiB", 4 << 30: "4GiB", 1: "1 bytes"} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
	if got := rawLimit(1 << 62); got <= 1<<62 || got+1 < got {
		t.Errorf("rawLimit(1<<62) = %d, want a large positive number that can take one more", got)
	}
}

// TestCorpus checks JSONL corpora end to end: the article's fields carried
// into its records, ids, compression, standard input, and bad lines, each
// an error naming FILE:LINE after which the next line is read.
func TestCorpus(t *testing.T) {
	lines := jsonLine(t, map[string]any{"id": "a1", "url": "https://example.com/a1", "outlet": "Example News",
		"title": "Mayor vows to rebuild", "date": "2024-04-12", "text": article}) +
		"not json at all\n" +
		"\n" + // blank lines are skipped, not errors
		jsonLine(t, map[string]any{"id": "no-text", "title": "Nothing"}) +
		jsonLine(t, map[string]any{"text": 42}) +
		`[{"text":"an array"}]` + "\n" +
		jsonLine(t, map[string]any{"text": article, "outlet": "Other"}) // no id
	dir := writeFiles(t, t.TempDir(), map[string]string{
		"c.jsonl":     lines,
		"c.ndjson.gz": gzipped(t, lines),
		"c.txt":       lines,
	})
	want := func(name string) (stdout, stderr string) {
		return expectArticles(t, "jsonl",
				corpus.Article{ID: "a1", URL: "https://example.com/a1", Outlet: "Example News",
					Title: "Mayor vows to rebuild", Date: "2024-04-12", Text: article},
				corpus.Article{ID: name + ":7", Outlet: "Other", Text: article}),
			"whosaid: " + name + ":2: invalid JSON: invalid character 'o' in literal null (expecting 'u')\n" +
				"whosaid: " + name + `:4: no "text"` + "\n" +
				"whosaid: " + name + `:5: "text" is not a string` + "\n" +
				"whosaid: " + name + ":6: not a JSON object\n"
	}
	for _, tt := range []struct {
		name  string
		args  []string
		stdin string
		src   string // the corpus's name in ids and errors
	}{
		{name: "jsonl", args: []string{dir + "/c.jsonl"}, src: dir + "/c.jsonl"},
		{name: "ndjson gzip", args: []string{"-j", "3", dir + "/c.ndjson.gz"}, src: dir + "/c.ndjson.gz"},
		{name: "input format", args: []string{"--input-format", "jsonl", dir + "/c.txt"}, src: dir + "/c.txt"},
		{name: "stdin", args: []string{"--input-format=jsonl", "-"}, stdin: lines, src: "<stdin>"},
		{name: "stdin gzip", args: []string{"--input-format=jsonl"}, stdin: gzipped(t, lines), src: "<stdin>"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, strings.NewReader(tt.stdin), tt.args...)
			wantOut, wantErr := want(tt.src)
			if code != exitError {
				t.Errorf("exit code = %d, want %d", code, exitError)
			}
			if diff := cmp.Diff(wantOut, stdout); diff != "" {
				t.Errorf("stdout mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantErr, stderr); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("truncated gzip", func(t *testing.T) {
		// The lines before the end of what can be decompressed are read;
		// the error names the line where it comes.
		z := gzipped(t, lines)
		path := writeFiles(t, t.TempDir(), map[string]string{"c.jsonl.gz": z[:len(z)-20]})
		path += "/c.jsonl.gz"
		code, stdout, stderr := runCLI(t, nil, path)
		wantOut, _ := want(path)
		if code != exitError || !strings.HasPrefix(wantOut, stdout) || !strings.Contains(stdout, `"source":"a1"`) ||
			!regexp.MustCompile(`\nwhosaid: `+regexp.QuoteMeta(path)+`:[67]: unexpected EOF\n$`).MatchString(stderr) {
			t.Errorf("exit %d, stdout %q, stderr %q; want %d, the first lines, and an error naming a line", code, stdout, stderr, exitError)
		}
	})
}
