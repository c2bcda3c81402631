package main

// The tests in this file hold whosaid to its promise for a batch: whatever
// the inputs, no panic, no hang and no silent loss. Each input ends up in
// the output or in an error that names it, and the run goes on.

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/internal/record"
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
	checkRun(t, code, stdout, stderr, exitError, wantOut, wantErr)
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

// checkRecords checks that every JSONL record in out is found again in the
// text of its article, looked up by its source in texts, and returns the
// number of records.
func checkRecords(t *testing.T, out string, texts map[string]string) int {
	t.Helper()
	n := 0
	for line := range strings.Lines(out) {
		var r struct {
			Source, Quote string
			Start, End    int
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("bad output line %q: %v", line, err)
		}
		text, ok := texts[r.Source]
		if !ok {
			t.Fatalf("record from unknown source %q", r.Source)
		}
		// JSON replaces each byte of invalid UTF-8 with U+FFFD, as Map does;
		// the offsets are bytes of the input as it was.
		if r.Start < 0 || r.Start > r.End || r.End > len(text) || strings.Map(same, text[r.Start:r.End]) != r.Quote {
			t.Fatalf("record %q at [%d:%d] is not in %s", r.Quote, r.Start, r.End, r.Source)
		}
		n++
	}
	return n
}

// same returns r.
func same(r rune) rune { return r }

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
			checkRun(t, code, stdout, stderr, exitError, wantOut, wantErr)
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

// TestHTMLInput checks that an HTML page gives records with the page's metadata,
// whose offsets are in the text extracted from the page.
func TestHTMLInput(t *testing.T) {
	page := filepath.Join("..", "..", "internal", "corpus", "testdata", "article.html")
	f, err := os.Open(page)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := corpus.ReadHTML(f, page)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, nil, page)
	if code != exitOK || stderr != "" {
		t.Fatalf("whosaid %s = %d, %q", page, code, stderr)
	}
	if diff := cmp.Diff(expectArticles(t, "jsonl", a), stdout); diff != "" {
		t.Errorf("stdout mismatch (-want +got):\n%s", diff)
	}
	if n := checkRecords(t, stdout, map[string]string{page: a.Text}); n == 0 || !strings.Contains(stdout, `"outlet":"Riverton Gazette"`) {
		t.Errorf("%d records, with outlet %v; want some, with the page's outlet", n, strings.Contains(stdout, "Riverton"))
	}
}

// TestHostileText runs whosaid over texts made to break it: invalid UTF-8,
// 100,000 quotation marks, marks nested deeply or never closed. Each must
// be processed, in bounded time, with records that are found again in it.
func TestHostileText(t *testing.T) {
	texts := map[string]string{
		"invalid-utf8.txt": "Le maire a parl\xe9 \xff\xfe mardi.\n\n“We will rebuild\xc3,” Mayor Jane Smith told reporters. “\xe2\x80 It will take years.”\n",
		"marks.txt":        strings.Repeat(`"`, 100_000),
		"curly-marks.txt":  strings.Repeat("“a” ", 50_000),
		"said.txt":         strings.Repeat(`"Yes," he said. `, 2_000) + "\n\n" + strings.Repeat(`“No,” she said. `, 2_000),
		"nested.txt":       strings.Repeat("“‘", 25_000) + "deep" + strings.Repeat("’”", 25_000) + " he said.",
		"unclosed.txt":     strings.Repeat("“", 100_000),
		"closers.txt":      strings.Repeat("” ’ » ", 30_000),
		"crossed.txt":      strings.Repeat("“a ‘b” c’ ", 10_000) + "\n\n" + strings.Repeat(`"a 'b" c' `, 10_000),
		"paragraphs.txt":   strings.Repeat("“\n\n", 30_000),
		"control.txt":      "\x01\x02“Yes\x7f,” \x1b[31mhe said\x1b[0m.\r\n\r\n\u2028“No.”\u2029",
	}
	dir := writeFiles(t, t.TempDir(), texts)
	bySource := map[string]string{}
	for name, text := range texts {
		bySource[filepath.Join(dir, name)] = text
	}
	code, stdout, stderr := runCLI(t, nil, "-j", "2", dir)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q; want 0 and nothing", code, stderr)
	}
	if n := checkRecords(t, stdout, bySource); n < 4000 {
		t.Errorf("%d records, want at least the 4000 of said.txt", n)
	}
	if !strings.Contains(stdout, `"source":"`+filepath.Join(dir, "invalid-utf8.txt")+`"`) {
		t.Errorf("no record for invalid-utf8.txt")
	}
}

// TestHugeLine checks a 50 MB file that is one line: too large by default,
// an error for it alone; read and searched whole when --max-bytes allows;
// and, as a corpus line, skipped without being held, the next line read.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads 100 MB")
	}
	const size = 50_000_000
	sentence := "The council met again on Tuesday evening to discuss the repairs to the bridge. "
	line := strings.Repeat(sentence, size/len(sentence)+1)[:size]
	dir := writeFiles(t, t.TempDir(), map[string]string{
		"huge.txt":   line,
		"next.txt":   article,
		"huge.jsonl": `{"id":"huge","text":"` + line + `"}` + "\n" + jsonLine(t, map[string]any{"id": "next", "text": article}),
	})
	huge, next := filepath.Join(dir, "huge.txt"), filepath.Join(dir, "next.txt")
	hugeCorpus := filepath.Join(dir, "huge.jsonl")

	code, stdout, stderr := runCLI(t, nil, huge, next, hugeCorpus)
	wantOut := expect(t, "jsonl", next, article, "next", article)
	wantErr := "whosaid: " + huge + ": larger than --max-bytes (1MiB)\n" +
		"whosaid: " + hugeCorpus + ":1: line larger than 4 times --max-bytes (4MiB)\n"
	if code != exitError || stdout != wantOut || stderr != wantErr {
		t.Errorf("default limit: exit %d, stdout %q, stderr %q; want %d, %q, %q", code, stdout, stderr, exitError, wantOut, wantErr)
	}

	// With a limit that allows it, the line is read and searched whole: it
	// has no quotation, so no record and no error.
	code, stdout, stderr = runCLI(t, nil, "--max-bytes", "64MiB", huge, next)
	if wantOut := expect(t, "jsonl", next, article); code != exitOK || stdout != wantOut || stderr != "" {
		t.Errorf("--max-bytes 64MiB: exit %d, stdout %q, stderr %q; want 0, %q, \"\"", code, stdout, stderr, wantOut)
	}
}

// TestUnreadable checks that a file or directory that cannot be read is an
// error naming it, and that the others are still processed.
func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read anything")
	}
	dir := writeFiles(t, t.TempDir(), map[string]string{
		"a.txt":        article,
		"secret.txt":   article,
		"locked/b.txt": article,
		"z.txt":        article,
	})
	secret, locked := filepath.Join(dir, "secret.txt"), filepath.Join(dir, "locked")
	for _, p := range []string{secret, locked} {
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o755) }) // so that TempDir can remove it
	}
	code, stdout, stderr := runCLI(t, nil, dir, secret)
	wantOut := expect(t, "jsonl", filepath.Join(dir, "a.txt"), article, filepath.Join(dir, "z.txt"), article)
	wantErr := "whosaid: " + locked + ": permission denied\n" +
		"whosaid: " + secret + ": permission denied\n" +
		"whosaid: " + secret + ": permission denied\n"
	checkRun(t, code, stdout, stderr, exitError, wantOut, wantErr)
}

// TestSymlinkLoop checks that symbolic links that lead nowhere or in a
// circle neither hang whosaid nor stop it. In a directory, links are not
// followed (TestRun has a link to "." there); named on the command line,
// they are errors.
func TestSymlinkLoop(t *testing.T) {
	dir := writeFiles(t, t.TempDir(), map[string]string{"d/a.txt": article})
	for _, l := range []struct{ target, name string }{
		{"loop2", "loop1"}, {"loop1", "loop2"}, // a circle
		{"..", "d/up"},           // to the directory above, in the walk
		{"../loop1", "d/circle"}, // into the circle, in the walk
		{"nowhere", "dangling"},
	} {
		if err := os.Symlink(l.target, filepath.Join(dir, filepath.FromSlash(l.name))); err != nil {
			t.Fatal(err)
		}
	}
	loop, dangling := filepath.Join(dir, "loop1"), filepath.Join(dir, "dangling")
	code, stdout, stderr := runCLI(t, nil, loop, dir, dangling)
	wantOut := expect(t, "jsonl", filepath.Join(dir, "d", "a.txt"), article)
	wantErr := "whosaid: " + loop + ": too many levels of symbolic links\n" +
		"whosaid: " + dangling + ": no such file or directory\n"
	checkRun(t, code, stdout, stderr, exitError, wantOut, wantErr)
}

// TestClosedStdout checks that when the reader of the output goes away, as
// with whosaid … | head, whosaid stops and exits with no message.
func TestClosedStdout(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	defer w.Close()
	files := map[string]string{}
	var args []string
	for i := range 20 {
		name := fmt.Sprintf("a%02d.txt", i)
		files[name] = article
		args = append(args, name)
	}
	dir := writeFiles(t, t.TempDir(), files)
	for i := range args {
		args[i] = filepath.Join(dir, args[i])
	}
	for _, f := range []string{"jsonl", "csv", "table"} {
		var stderr strings.Builder
		code := run(append([]string{"-f", f, "-j", "2"}, args...), nil, w, &stderr)
		if code != exitError || stderr.String() != "" {
			t.Errorf("-f %s to a closed pipe: exit %d, stderr %q; want %d and nothing", f, code, stderr.String(), exitError)
		}
	}
}

// runExtracting runs whosaid as run does, but calls wrap on each article
// before extracting it: wrap may return an error, or panic, for the
// article.
func runExtracting(t *testing.T, wrap func(corpus.Article) error, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut strings.Builder
	c := &cli{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut,
		isTTY: func(io.Writer) bool { return false }, now: time.Now,
		extract: func(o record.Options) func(corpus.Article) ([]record.Record, error) {
			extract := extractor(o)
			return func(a corpus.Article) ([]record.Record, error) {
				if err := wrap(a); err != nil {
					return nil, err
				}
				return extract(a)
			}
		},
	}
	code = c.run(args)
	return code, out.String(), errOut.String()
}

// TestAccounted feeds whosaid many inputs, bad ones of every kind among
// them, and checks that each is accounted for: in the output, or in an
// error or notice that names it, and in the -v summary.
func TestAccounted(t *testing.T) {
	files := map[string]string{
		"empty.txt":          "",
		"invalid.txt":        "\xff“We will rebuild\xe2,” the mayor said.",
		"panic.txt":          "PANIC “We will rebuild,” the mayor said.",
		"binary.dat":         binary,
		"walk/sub/skip.dat":  binary,
		"big.txt":            padded(article, 3000),
		"bad.gz":             "\x1f\x8b\x08\x00garbage",
		"corpus.jsonl":       "",
		"walk/.hidden/x.txt": article, // not an input: hidden
	}
	var good []string // inputs that must give records, by file name for now
	for i := range 16 {
		name := fmt.Sprintf("walk/a%02d.txt", i)
		if i%4 == 0 {
			name = fmt.Sprintf("a%02d.txt", i)
		}
		files[name] = fmt.Sprintf("“We will rebuild %d bridges,” Mayor Jane Smith told reporters.", i)
		good = append(good, name)
	}
	corpusLines := ""
	for i := range 6 {
		switch i {
		case 2:
			corpusLines += "{not json\n"
		case 4:
			corpusLines += `{"id":"c4","title":"no text"}` + "\n"
		default:
			corpusLines += jsonLine(t, map[string]any{"id": fmt.Sprintf("c%d", i), "text": article})
		}
	}
	files["corpus.jsonl"] = corpusLines
	dir := writeFiles(t, t.TempDir(), files)
	path := func(name string) string { return filepath.Join(dir, filepath.FromSlash(name)) }
	if os.Geteuid() != 0 {
		files["locked.txt"] = article
		writeFiles(t, dir, map[string]string{"locked.txt": article})
		if err := os.Chmod(path("locked.txt"), 0); err != nil {
			t.Fatal(err)
		}
	}

	args := []string{"-v", "--max-bytes", "2000", "-", path("missing.txt")}
	for name := range files {
		if !strings.HasPrefix(name, "walk/") {
			args = append(args, path(name))
		}
	}
	args = append(args, path("walk"))
	good = append(good, "invalid.txt")
	for i := range good {
		good[i] = path(good[i])
	}
	good = append(good, "<stdin>", "c0", "c1", "c3", "c5")
	bad := []string{path("missing.txt"), path("panic.txt"), path("binary.dat"), path("big.txt"), path("bad.gz"),
		path("corpus.jsonl") + ":3", path("corpus.jsonl") + ":5"}
	if _, ok := files["locked.txt"]; ok {
		bad = append(bad, path("locked.txt"))
	}
	skipped := []string{path("walk/sub/skip.dat")}
	inputs := len(good) + 1 + len(bad) + len(skipped) // + 1: empty.txt
	if inputs < 30 {
		t.Fatalf("only %d inputs", inputs)
	}

	panics := func(a corpus.Article) error {
		if strings.HasPrefix(a.Text, "PANIC") {
			panic("boom")
		}
		return nil
	}
	var first string
	for _, jobs := range []string{"1", "3"} {
		code, stdout, stderr := runExtracting(t, panics, article, append([]string{"-j", jobs}, args...)...)
		if code != exitError {
			t.Errorf("-j %s: exit code = %d, want %d", jobs, code, exitError)
		}
		for _, name := range good {
			if !strings.Contains(stdout, `{"source":"`+name+`",`) {
				t.Errorf("-j %s: no record from %s", jobs, name)
			}
		}
		messages := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		summary := messages[len(messages)-1]
		messages = messages[:len(messages)-1]
		for _, name := range append(bad, skipped...) {
			n := 0
			for _, m := range messages {
				if strings.HasPrefix(m, "whosaid: "+name+": ") {
					n++
				}
			}
			if n != 1 {
				t.Errorf("-j %s: %d messages name %s, want 1:\n%s", jobs, n, name, stderr)
			}
		}
		if len(messages) != len(bad)+len(skipped) {
			t.Errorf("-j %s: %d messages, want %d:\n%s", jobs, len(messages), len(bad)+len(skipped), stderr)
		}
		want := fmt.Sprintf("whosaid: %d articles, %d quotations, %d errors, %d skipped in ",
			len(good)+1, strings.Count(stdout, "\n"), len(bad), len(skipped))
		if !strings.HasPrefix(summary, want) {
			t.Errorf("-j %s: summary %q, want it to begin %q", jobs, summary, want)
		}
		if jobs == "1" {
			first = stdout
		} else if stdout != first {
			t.Errorf("-j 3 output differs from -j 1:\n%s", cmp.Diff(first, stdout))
		}
	}
}

// recombined returns n articles made from the paragraphs of the seed
// articles, deterministically: each seed with its paragraphs rotated, and
// every third with the paragraphs of another seed woven in, cut to at most
// maxParas paragraphs. They read like news and differ from each other, as
// a corpus does.
func recombined(t *testing.T, n, maxParas int) []string {
	t.Helper()
	var seeds [][]string
	for _, name := range testArticles(t) {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, strings.Split(strings.TrimSpace(string(b)), "\n\n"))
	}
	var arts []string
	for k := 0; len(arts) < n; k++ {
		s, o := seeds[k%len(seeds)], seeds[(k+1)%len(seeds)]
		r := (k / len(seeds) * 3) % len(s)
		paras := append(append([]string{}, s[r:]...), s[:r]...)
		if k%3 == 2 {
			for j := 1; j < len(paras); j += 2 {
				paras[j] = o[(j/2+k)%len(o)]
			}
		}
		arts = append(arts, strings.Join(paras[:min(len(paras), maxParas)], "\n\n")+"\n")
	}
	return arts
}

// TestJobsCorpus checks that -j 2 writes byte for byte what -j 1 writes, on
// 60 articles, half of them files in a directory tree and half lines of a
// corpus, with bad inputs among them.
func TestJobsCorpus(t *testing.T) {
	arts := recombined(t, 60, 12)
	files := map[string]string{"tree/d2/bad.dat": binary}
	lines := ""
	for k, text := range arts {
		if k%2 == 0 {
			files[fmt.Sprintf("tree/d%d/a%02d.txt", k%3, k)] = text
			continue
		}
		if k == 31 {
			lines += "{\"id\": 31}\n" // no text
			continue
		}
		lines += jsonLine(t, map[string]any{"id": fmt.Sprintf("c%02d", k), "outlet": "Outlet " + strconv.Itoa(k%4), "text": text})
	}
	files["corpus.jsonl"] = lines
	dir := writeFiles(t, t.TempDir(), files)
	args := []string{filepath.Join(dir, "tree"), filepath.Join(dir, "corpus.jsonl")}

	code1, out1, err1 := runCLI(t, nil, append([]string{"-j", "1"}, args...)...)
	code2, out2, err2 := runCLI(t, nil, append([]string{"-j", "2"}, args...)...)
	if code1 != code2 || out1 != out2 || err1 != err2 {
		t.Errorf("-j 1 and -j 2 differ (-j 1 +j 2):\nexit %d, %d\nstdout:\n%s\nstderr:\n%s",
			code1, code2, cmp.Diff(out1, out2), cmp.Diff(err1, err2))
	}
	// Every article gave records, in input order: the files in lexical
	// order, then the corpus.
	var sources []string
	for line := range strings.Lines(out1) {
		var r struct{ Source string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		if len(sources) == 0 || sources[len(sources)-1] != r.Source {
			sources = append(sources, r.Source)
		}
	}
	var want []string
	for k := range arts {
		if k%2 == 1 && k != 31 {
			want = append(want, fmt.Sprintf("c%02d", k))
		}
	}
	var tree []string
	for name := range files {
		if strings.HasSuffix(name, ".txt") {
			tree = append(tree, filepath.Join(dir, filepath.FromSlash(name)))
		}
	}
	slices.Sort(tree)
	want = append(tree, want...)
	if diff := cmp.Diff(want, sources); diff != "" {
		t.Errorf("sources in the output mismatch (-want +got):\n%s", diff)
	}
	wantErr := "whosaid: " + filepath.Join(dir, "tree", "d2", "bad.dat") + ": skipped: binary file\n" +
		"whosaid: " + filepath.Join(dir, "corpus.jsonl") + ":16: no \"text\"\n"
	if code1 != exitError || err1 != wantErr {
		t.Errorf("-j 1: exit %d, stderr %q; want %d, %q", code1, err1, exitError, wantErr)
	}
}

// TestInFlight checks that a batch holds no more than jobs inputs in work,
// and draws only one more from its sequence, however many there are and
// however slow the first.
func TestInFlight(t *testing.T) {
	const jobs = 3
	var mu sync.Mutex
	drawn, started := 0, 0
	release := make(chan struct{})
	ins := func(yield func(input) bool) {
		for i := range 1000 {
			mu.Lock()
			drawn++
			mu.Unlock()
			in := input{name: strconv.Itoa(i), load: func() (corpus.Article, error) {
				mu.Lock()
				started++
				mu.Unlock()
				<-release
				return corpus.Article{ID: strconv.Itoa(i)}, nil
			}}
			if !yield(in) {
				return
			}
		}
	}
	b := &batch{extract: func(a corpus.Article) ([]record.Record, error) {
		return []record.Record{{Source: a.ID}}, nil
	}}
	done := make(chan []string)
	go func() {
		var order []string
		b.run(ins, jobs, func(r result) error {
			order = append(order, r.records[0].Source)
			return nil
		})
		done <- order
	}()
	// Wait until the batch is stuck on the inputs it has started, then
	// give it time to draw more if it would.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(time.Millisecond) {
		mu.Lock()
		n := started
		mu.Unlock()
		if n >= jobs || time.Now().After(deadline) {
			break
		}
	}
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	if started != jobs || drawn != jobs+1 {
		t.Errorf("with %d jobs stuck: %d inputs started, %d drawn; want %d, %d", jobs, started, drawn, jobs, jobs+1)
	}
	mu.Unlock()
	close(release)
	order := <-done
	if len(order) != 1000 {
		t.Fatalf("%d results, want 1000", len(order))
	}
	for i, s := range order {
		if s != strconv.Itoa(i) {
			t.Fatalf("result %d is from input %s: out of order", i, s)
		}
	}
}

// TestEmpty checks that empty inputs of every kind are articles with no
// quotations (a corpus with no lines has no articles), not errors.
func TestEmpty(t *testing.T) {
	dir := writeFiles(t, t.TempDir(), map[string]string{
		"e.txt":       "",
		"blank.txt":   " \n\n\t\r\n",
		"e.html":      "",
		"e.txt.gz":    gzipped(t, ""),
		"e.jsonl":     "",
		"blank.jsonl": "\n\n",
		"e.ndjson":    gzipped(t, "\n"),
		"dir/.keep":   "",
	})
	args := []string{"-v", "-"}
	for _, name := range []string{"e.txt", "blank.txt", "e.html", "e.txt.gz", "e.jsonl", "blank.jsonl", "e.ndjson", "dir"} {
		args = append(args, filepath.Join(dir, name))
	}
	code, stdout, stderr := runCLI(t, strings.NewReader(""), args...)
	// Articles: stdin, e.txt, blank.txt, e.html, e.txt.gz; the corpora and
	// the directory hold none.
	want := "whosaid: 5 articles, 0 quotations, 0 errors, 0 skipped in "
	if code != exitOK || stdout != "" || !strings.HasPrefix(stderr, want) || strings.Count(stderr, "\n") != 1 {
		t.Errorf("exit %d, stdout %q, stderr %q; want 0, nothing, and a summary that begins %q", code, stdout, stderr, want)
	}
}
