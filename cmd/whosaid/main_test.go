package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/internal/record"
)

// article is a short news text with quotations in it.
const article = "The mayor spoke on Tuesday.\n\n" +
	"“We will rebuild,” Mayor Jane Smith told reporters. “It will take years.”\n\n" +
	"Her critics called the plan \"a fantasy\".\n"

// binary is a file that whosaid must refuse.
const binary = "PK\x03\x04\x00\x00binary"

// runCLI calls run with args and stdin, and returns its exit code and
// output.
func runCLI(t *testing.T, stdin io.Reader, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut strings.Builder
	code = run(args, stdin, &out, &errOut)
	return code, out.String(), errOut.String()
}

// checkRun reports where a run's exit code, standard output or standard
// error differ from what is wanted.
func checkRun(t *testing.T, code int, stdout, stderr string, wantCode int, wantOut, wantErr string) {
	t.Helper()
	if code != wantCode {
		t.Errorf("exit code = %d, want %d", code, wantCode)
	}
	if diff := cmp.Diff(wantOut, stdout); diff != "" {
		t.Errorf("stdout mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantErr, stderr); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}
}

// expect returns what whosaid should write in format f for the articles in
// texts, given as pairs of source name and text.
func expect(t *testing.T, f format, texts ...string) string {
	t.Helper()
	var arts []corpus.Article
	for i := 0; i < len(texts); i += 2 {
		arts = append(arts, corpus.Article{ID: texts[i], Text: texts[i+1]})
	}
	return expectArticles(t, f, arts...)
}

// expectArticles returns what whosaid should write in format f for arts. It
// uses the resolver directly, so the tests that use it hold whatever the
// resolver finds.
func expectArticles(t *testing.T, f format, arts ...corpus.Article) string {
	t.Helper()
	extract := extractor(record.Options{})
	var buf bytes.Buffer
	w := newWriter(f, &buf)
	for _, a := range arts {
		recs, err := extract(a)
		if err != nil {
			t.Fatal(err)
		}
		for j := range recs {
			if err := w.write(&recs[j]); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.flush(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// writeFiles creates the files in dir, named by slash-separated paths
// relative to it, and returns dir.
func writeFiles(t *testing.T, dir string, files map[string]string) string {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRun(t *testing.T) {
	help, err := os.ReadFile(filepath.Join("testdata", "help.golden"))
	if err != nil {
		t.Fatal(err)
	}
	tmp := writeFiles(t, t.TempDir(), map[string]string{
		"good.txt":          article,
		"empty.txt":         "",
		"bin.dat":           binary,
		"dir/a.txt":         article,
		"dir/b/z.dat":       binary,
		"dir/c.txt":         strings.Replace(article, "Jane Smith", "John Doe", 1),
		"dir/x.dat":         binary,
		"dir/.hidden.txt":   binary,
		"dir/.git/HEAD":     binary,
		"dir/b/.cache/y.gz": binary,
	})
	good := filepath.Join(tmp, "good.txt")
	empty := filepath.Join(tmp, "empty.txt")
	bin := filepath.Join(tmp, "bin.dat")
	dir := filepath.Join(tmp, "dir")
	// Symbolic links in a directory are not followed, so a loop can't hang
	// the walk.
	if err := os.Symlink(".", filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	dirLink := filepath.Join(tmp, "dirlink")
	if err := os.Symlink("dir", dirLink); err != nil {
		t.Fatal(err)
	}
	// walked returns what whosaid writes for dir when it is named root.
	walked := func(root string) (stdout, stderr string) {
		return expect(t, "jsonl",
				filepath.Join(root, "a.txt"), article,
				filepath.Join(root, "c.txt"), strings.Replace(article, "Jane Smith", "John Doe", 1)),
			"whosaid: " + filepath.Join(root, "b", "z.dat") + ": skipped: binary file\n" +
				"whosaid: " + filepath.Join(root, "x.dat") + ": skipped: binary file\n"
	}
	dirOut, dirErr := walked(dir)
	linkOut, linkErr := walked(dirLink)
	big := filepath.Join(t.TempDir(), "big.txt")
	if f, err := os.Create(big); err != nil {
		t.Fatal(err)
	} else if _, err := f.WriteString(strings.Repeat("text ", sniffLen)); err != nil { // text, to pass as such
		t.Fatal(err)
	} else if err := f.Truncate(defaultMaxBytes + 1); err != nil { // and the rest sparse: no disk used
		t.Fatal(err)
	} else if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout string
		stderr string
	}{
		{name: "help", args: []string{"--help"}, stdout: string(help)},
		{name: "help short", args: []string{"-h", "nosuch.txt"}, stdout: string(help)},
		{
			name:   "unknown flag",
			args:   []string{"--nope", good},
			code:   exitUsage,
			stderr: "whosaid: unknown flag: --nope\n" + tryHelp,
		},
		{
			name:   "bad format",
			args:   []string{"-f", "xml", good},
			code:   exitUsage,
			stderr: "whosaid: invalid argument \"xml\" for \"-f, --format\" flag: must be one of jsonl, csv, tsv, markdown, table, html\n" + tryHelp,
		},
		{
			name:   "zero jobs",
			args:   []string{"-j", "0", good},
			code:   exitUsage,
			stderr: "whosaid: invalid argument \"0\" for \"-j, --jobs\" flag: must be at least 1\n" + tryHelp,
		},
		{
			name:   "negative jobs",
			args:   []string{"--jobs=-3", good},
			code:   exitUsage,
			stderr: "whosaid: invalid argument \"-3\" for \"-j, --jobs\" flag: must be at least 1\n" + tryHelp,
		},
		{
			name:   "missing file",
			args:   []string{"nosuch.txt"},
			code:   exitError,
			stderr: "whosaid: nosuch.txt: no such file or directory\n",
		},
		{
			name:   "missing file then good file",
			args:   []string{"nosuch.txt", good},
			code:   exitError,
			stdout: expect(t, "jsonl", good, article),
			stderr: "whosaid: nosuch.txt: no such file or directory\n",
		},
		{
			name:   "stdin as dash",
			args:   []string{"-"},
			stdin:  article,
			stdout: expect(t, "jsonl", "<stdin>", article),
		},
		{
			name:   "stdin without arguments",
			stdin:  article,
			stdout: expect(t, "jsonl", "<stdin>", article),
		},
		{
			name:   "stdin read once",
			args:   []string{"-j", "4", "-", good, "-"},
			stdin:  article,
			stdout: expect(t, "jsonl", "<stdin>", article, good, article),
		},
		{name: "empty file", args: []string{empty}},
		{
			name:   "binary file",
			args:   []string{bin, good},
			code:   exitError,
			stdout: expect(t, "jsonl", good, article),
			stderr: "whosaid: " + bin + ": binary file, not text\n",
		},
		{
			name:   "binary stdin",
			args:   []string{"-"},
			stdin:  binary,
			code:   exitError,
			stderr: "whosaid: <stdin>: binary file, not text\n",
		},
		{
			name:   "too large",
			args:   []string{big},
			code:   exitError,
			stderr: "whosaid: " + big + ": larger than --max-bytes (1MiB)\n",
		},
		{name: "directory", args: []string{dir}, stdout: dirOut, stderr: dirErr},
		{name: "directory with slash", args: []string{dir + "/"}, stdout: dirOut, stderr: dirErr},
		{name: "link to directory", args: []string{dirLink}, stdout: linkOut, stderr: linkErr},
		{
			name:   "dot file given by name",
			args:   []string{filepath.Join(dir, ".hidden.txt")},
			code:   exitError,
			stderr: "whosaid: " + filepath.Join(dir, ".hidden.txt") + ": binary file, not text\n",
		},
		{name: "jsonl", args: []string{"-f", "jsonl", good}, stdout: expect(t, "jsonl", good, article)},
		{name: "csv", args: []string{"--format", "csv", good}, stdout: expect(t, "csv", good, article)},
		{name: "table", args: []string{"--format=table", good}, stdout: expect(t, "table", good, article)},
		{name: "csv of nothing", args: []string{"-f", "csv", empty}, stdout: strings.Join(record.Fields, ",") + "\n"},
		{name: "table of nothing", args: []string{"-f", "table", empty}, stdout: "SOURCE  START  END  KIND  SPEAKER  CUE  QUOTE\n"},
		{
			name:   "output file in missing directory",
			args:   []string{"-o", filepath.Join(tmp, "no", "out.jsonl"), good},
			code:   exitError,
			stderr: "whosaid: open " + filepath.Join(tmp, "no", "out.jsonl") + ": no such file or directory\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, strings.NewReader(tt.stdin), tt.args...)
			checkRun(t, code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
			if code == exitUsage && (!strings.HasSuffix(stderr, tryHelp) || strings.HasSuffix(stderr, "\n\n")) {
				t.Errorf("stderr %q does not end with %q and exactly one newline", stderr, tryHelp)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	code, stdout, stderr := runCLI(t, nil, "--version")
	if code != exitOK || !strings.HasPrefix(stdout, "whosaid ") || !strings.HasSuffix(stdout, "\n") ||
		strings.Count(stdout, "\n") != 1 || stderr != "" {
		t.Errorf("whosaid --version = %d, %q, %q; want 0, \"whosaid VERSION\\n\", \"\"", code, stdout, stderr)
	}
}

// TestTerminal checks that whosaid does not wait for a terminal to send an
// article. /dev/null stands in for the terminal: it too is a character
// device.
func TestTerminal(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	defer null.Close()
	code, stdout, stderr := runCLI(t, null)
	if code != exitUsage || stdout != "" || stderr != synopsis+tryHelp {
		t.Errorf("whosaid < %s = %d, %q, %q; want %d, \"\", %q", os.DevNull, code, stdout, stderr, exitUsage, synopsis+tryHelp)
	}
}

func TestOutputFile(t *testing.T) {
	dir := writeFiles(t, t.TempDir(), map[string]string{"a.txt": article, "out.csv": "old content\n"})
	in, out := filepath.Join(dir, "a.txt"), filepath.Join(dir, "out.csv")
	code, stdout, stderr := runCLI(t, nil, "-f", "csv", "-o", out, in)
	if code != exitOK || stdout != "" || stderr != "" {
		t.Errorf("whosaid -o %s = %d, %q, %q; want 0, \"\", \"\"", out, code, stdout, stderr)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(expect(t, "csv", in, article), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", out, diff)
	}
}

// TestJobs checks that the output is the same for any number of jobs.
func TestJobs(t *testing.T) {
	files := map[string]string{"bad.dat": binary, "empty/.keep": ""}
	articles := testArticles(t)
	for _, a := range articles {
		text, err := os.ReadFile(a)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(a)] = string(text)
		files["sub/"+filepath.Base(a)] = string(text)
	}
	dir := writeFiles(t, t.TempDir(), files)
	args := []string{dir, articles[0]}

	_, want, wantErr := runCLI(t, nil, append([]string{"-j", "1"}, args...)...)
	_, got, gotErr := runCLI(t, nil, append([]string{"-j", "4"}, args...)...)
	if got != want || gotErr != wantErr {
		t.Errorf("-j 1 and -j 4 differ (-j 1 +j 4):\nstdout:\n%s\nstderr:\n%s",
			cmp.Diff(want, got), cmp.Diff(wantErr, gotErr))
	}
	if !strings.Contains(wantErr, "bad.dat: skipped: binary file\n") {
		t.Errorf("stderr %q does not report bad.dat", wantErr)
	}
}

// errWriter fails every write with err.
type errWriter struct{ err error }

func (w errWriter) Write([]byte) (int, error) { return 0, w.err }

func TestWriteError(t *testing.T) {
	empty := writeFiles(t, t.TempDir(), map[string]string{"empty.txt": ""})
	empty = filepath.Join(empty, "empty.txt")
	tests := []struct {
		err    error
		stderr string
	}{
		{errors.New("disk full"), "whosaid: disk full\n"},
		{&os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}, ""}, // quiet
	}
	for _, tt := range tests {
		var stderr strings.Builder
		// The CSV header makes output even for an empty article.
		code := run([]string{"-f", "csv", empty}, nil, errWriter{tt.err}, &stderr)
		if code != exitError || stderr.String() != tt.stderr {
			t.Errorf("write error %v: exit %d, stderr %q; want %d, %q", tt.err, code, stderr.String(), exitError, tt.stderr)
		}
	}
}

// TestPanic checks that a panic on one article becomes an error for that
// article alone.
func TestPanic(t *testing.T) {
	b := &batch{extract: func(corpus.Article) ([]record.Record, error) { panic("index out of range") }}
	res := b.process(input{name: "a.txt", load: func() (corpus.Article, error) {
		return corpus.Article{ID: "a.txt", Text: article}, nil
	}})
	want := "a.txt: internal error: index out of range"
	if res.err == nil || res.err.Error() != want || res.records != nil {
		t.Errorf("process = %v, %v; want nil, %s", res.records, res.err, want)
	}
}
