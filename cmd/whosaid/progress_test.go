package main

import (
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// runOn runs whosaid with args as if standard error were a terminal or not,
// with a clock that says 1.5 s passed between the start and the end.
func runOn(t *testing.T, terminal bool, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut strings.Builder
	start := time.Date(2024, 4, 12, 9, 30, 0, 0, time.UTC)
	started := false
	c := &cli{
		stdin:  strings.NewReader(""),
		stdout: &out,
		stderr: &errOut,
		isTTY:  func(io.Writer) bool { return terminal },
		now: func() time.Time {
			if !started {
				started = true
				return start
			}
			return start.Add(1500 * time.Millisecond)
		},
		extract: extractor,
	}
	code = c.run(args)
	return code, out.String(), errOut.String()
}

// lastLine returns what a terminal shows on the last line of s: the text
// after its last carriage return or newline.
func lastLine(s string) string {
	return s[strings.LastIndexAny(s, "\r\n")+1:]
}

func TestProgress(t *testing.T) {
	dir := writeFiles(t, t.TempDir(), map[string]string{
		"a.txt":   article,
		"b.txt":   article,
		"c.jsonl": `{"id":"c1","text":"“Yes,” she said."}` + "\n" + `{"id":"c2","text":"“No,” he said."}` + "\n",
	})
	a, b, c := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.jsonl")
	const missing = "whosaid: nosuch.txt: no such file or directory\n"

	t.Run("terminal", func(t *testing.T) {
		code, _, stderr := runOn(t, true, a, "nosuch.txt", b)
		if code != exitError {
			t.Errorf("exit code = %d, want %d", code, exitError)
		}
		// The bar is drawn before the first article is done, with the
		// total known from the arguments.
		if !strings.Contains(stderr, "whosaid") || !strings.Contains(stderr, "0/3") {
			t.Errorf("stderr %q has no progress bar for 3 articles", stderr)
		}
		// The error is written on a line of its own, the bar erased first.
		if !strings.Contains(stderr, "\r"+missing) {
			t.Errorf("stderr %q does not write the error over an erased bar", stderr)
		}
		// The bar is erased at the end, leaving nothing on its line.
		if last := lastLine(stderr); strings.TrimSpace(last) != "" {
			t.Errorf("the bar is not erased at the end: last line %q", last)
		}
	})
	t.Run("corpus", func(t *testing.T) {
		// The number of articles in a corpus is unknown until it is read:
		// the count and the rate, without a total.
		code, _, stderr := runOn(t, true, c)
		if code != exitOK || !strings.Contains(stderr, "whosaid (0, ") || regexp.MustCompile(`[0-9]/[0-9]`).MatchString(stderr) {
			t.Errorf("exit %d, stderr %q; want 0 and a count with no total", code, stderr)
		}
		if last := lastLine(stderr); strings.TrimSpace(last) != "" {
			t.Errorf("the spinner is not erased at the end: last line %q", last)
		}
	})
	for _, tt := range []struct {
		name     string
		terminal bool
		args     []string
	}{
		{"quiet on a terminal", true, []string{"-q"}},
		{"quiet long", true, []string{"--quiet"}},
		{"not a terminal", false, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, stderr := runOn(t, tt.terminal, append(tt.args, a, "nosuch.txt", b)...)
			if stderr != missing {
				t.Errorf("stderr = %q, want only %q", stderr, missing)
			}
		})
	}
	t.Run("nothing to do", func(t *testing.T) {
		empty := writeFiles(t, t.TempDir(), map[string]string{".hidden": article})
		if _, _, stderr := runOn(t, true, empty); stderr != "" {
			t.Errorf("stderr = %q for no articles, want nothing", stderr)
		}
	})
}

func TestVerbose(t *testing.T) {
	dir := writeFiles(t, t.TempDir(), map[string]string{
		"a.txt":       article,
		"empty.txt":   "",
		"sub/bin.dat": binary,
		"c.jsonl":     `{"id":"c1","text":"“Yes,” she said."}` + "\n" + "not json\n",
	})
	for _, args := range [][]string{{"-v"}, {"--verbose", "-q"}, {"-v", "-j", "1"}} {
		_, stdout, stderr := runOn(t, false, append(args, dir, "nosuch.txt")...)
		// a.txt, c1 and empty.txt are done; c.jsonl:2 and nosuch.txt failed;
		// bin.dat, found in a directory, was skipped.
		quotations := strings.Count(stdout, "\n")
		want := "whosaid: 3 articles, " + strconv.Itoa(quotations) + " quotations, 2 errors, 1 skipped in 1.50 s\n"
		if quotations < 3 || !strings.HasSuffix(stderr, want) || strings.Count(stderr, "\n") != 4 {
			t.Errorf("whosaid %s: stderr %q; want 3 messages and then %q", strings.Join(args, " "), stderr, want)
		}
	}
	// Without -v, no summary.
	if _, _, stderr := runOn(t, false, filepath.Join(dir, "a.txt")); stderr != "" {
		t.Errorf("stderr = %q without -v, want nothing", stderr)
	}
}
