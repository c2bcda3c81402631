// Command bench measures whosaid against the naive baseline, prose's full
// pipeline with one shared model (../shared/tools/prosebase), on the same
// articles in the same run, and prints the ratio of their CPU times, their
// peak memory and whosaid's start-up time. make bench runs it:
//
//	go run ./internal/cmd/bench [-prosebase DIR] [-min N] ARTICLES
//
// ARTICLES is a directory of plain-text articles, read at any depth, names
// that begin with a dot skipped. If it holds fewer than N articles (-min,
// 100 by default) each is given several times, to make N: the seed
// articles then make a quick check, and a corpus such as PolNeAR's a real
// measure. Both programs are built into a temporary directory and given the
// same list of files; CPU time (user and system) and peak resident memory
// come from the kernel's accounting of each process.
//
// Bench exits 1 if whosaid misses a target of issue 4: at least 4 times
// less CPU than the baseline, a peak RSS under 250 MB, and a first record
// from a one-line article within 1 s of starting; and 2 if it cannot run.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// The targets of issue 4.
const (
	minRatio   = 4.0
	maxRSS     = 250e6 // bytes
	maxStartup = time.Second
)

// maxArgs is the most bytes of file names bench passes on a command line,
// well under Linux's limit.
const maxArgs = 1 << 20

func main() {
	os.Exit(bench())
}

// bench is the whole program; it returns the exit code.
func bench() int {
	fail := func(format string, args ...any) int {
		fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
		return 2
	}
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/cmd/bench [-prosebase DIR] [-min N] ARTICLES")
		flag.PrintDefaults()
	}
	prosebase := flag.String("prosebase", filepath.Join("..", "shared", "tools", "prosebase"), "the baseline's source `DIR`")
	minArticles := flag.Int("min", 100, "give the articles several times over to make at least `N`")
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		return 2
	}
	dir := flag.Arg(0)

	files, size, err := articles(dir)
	if err != nil {
		return fail("cannot read the articles: %v\n(ARTICLES must be a directory of plain-text articles: make bench ARTICLES=DIR)", err)
	}
	if _, err := os.Stat(filepath.Join(*prosebase, "main.go")); err != nil {
		return fail("no baseline to compare with: %v\n(make bench needs the shared folder beside this repository, or PROSEBASE=DIR)", err)
	}
	copies := max(1, (*minArticles+len(files)-1)/len(files))
	var list []string
	for range copies {
		list = append(list, files...)
	}
	if n := len(strings.Join(list, " ")); n > maxArgs {
		return fail("%d articles make %d bytes of file names, more than the %d bench passes on a command line", len(list), n, maxArgs)
	}

	tmp, err := os.MkdirTemp("", "whosaid-bench-")
	if err != nil {
		return fail("%v", err)
	}
	defer os.RemoveAll(tmp)
	whosaid, baseline := filepath.Join(tmp, "whosaid"), filepath.Join(tmp, "prosebase")
	if err := build(".", whosaid, "./cmd/whosaid"); err != nil {
		return fail("build whosaid: %v", err)
	}
	if err := build(*prosebase, baseline, "."); err != nil {
		return fail("build %s: %v", *prosebase, err)
	}

	fmt.Printf("bench: %d articles (%s", len(list), mb(size*int64(copies)))
	if copies > 1 {
		fmt.Printf(", %d articles %d times", len(files), copies)
	}
	fmt.Printf(") from %s; %d CPUs, %s\n", dir, runtime.NumCPU(), runtime.Version())

	w, err := measure(whosaid, append([]string{"-q"}, list...)...)
	if err != nil {
		return fail("whosaid: %v", err)
	}
	w.output = fmt.Sprintf("%d quotations", bytes.Count(w.stdout, []byte("\n")))
	p, err := measure(baseline, list...)
	if err != nil {
		return fail("prosebase: %v", err)
	}
	p.output = strings.TrimSpace(string(p.stdout))
	startup, err := firstRecord(whosaid)
	if err != nil {
		return fail("whosaid start-up: %v", err)
	}

	fmt.Printf("%-10s %8s %8s %7s %8s %9s  %s\n", "", "CPU s", "user s", "sys s", "wall s", "peak RSS", "output")
	for _, r := range []struct {
		name string
		run
	}{{"whosaid", w}, {"prosebase", p}} {
		fmt.Printf("%-10s %8.2f %8.2f %7.2f %8.2f %9s  %s\n", r.name, r.cpu().Seconds(),
			r.user.Seconds(), r.sys.Seconds(), r.wall.Seconds(), mb(r.rss), r.output)
	}
	ratio := p.cpu().Seconds() / w.cpu().Seconds()
	var failed []string
	check := func(ok bool, format string, args ...any) {
		line := fmt.Sprintf(format, args...)
		if !ok {
			failed = append(failed, line)
			line += "  MISSED"
		}
		fmt.Println(line)
	}
	check(ratio >= minRatio, "CPU ratio: %.2f (prosebase CPU / whosaid CPU; target >= %g)", ratio, minRatio)
	check(w.rss < maxRSS, "peak RSS:  whosaid %s, prosebase %s (target for whosaid < %s)", mb(w.rss), mb(p.rss), mb(maxRSS))
	check(startup < maxStartup, "start-up:  %.2f s to the first record of a one-line article, model loading included (target < %v)",
		startup.Seconds(), maxStartup)
	if len(failed) > 0 {
		fmt.Printf("FAIL: %d of 3 targets missed\n", len(failed))
		return 1
	}
	fmt.Println("PASS")
	return 0
}

// articles returns the regular files under dir, in lexical order, skipping
// names that begin with a dot, and their total size.
func articles(dir string) (files []string, size int64, err error) {
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case path != dir && strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return filepath.SkipDir
			}
		case d.Type().IsRegular():
			fi, err := d.Info()
			if err != nil {
				return err
			}
			files = append(files, path)
			size += fi.Size()
		}
		return nil
	})
	if err == nil && len(files) == 0 {
		err = fmt.Errorf("no articles in %s", dir)
	}
	return files, size, err
}

// build builds the Go package pkg in the module at dir into the binary out.
func build(dir, out, pkg string) error {
	out, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

// A run is what one process cost.
type run struct {
	user, sys, wall time.Duration
	rss             int64 // peak resident set, bytes
	stdout          []byte
	output          string // what it did, in a few words
}

// cpu returns the process's CPU time, user and system.
func (r run) cpu() time.Duration { return r.user + r.sys }

// measure runs the program with args, and returns what it cost.
func measure(program string, args ...string) (run, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(program, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return run{}, fmt.Errorf("%v\n%s", err, tail(stderr.Bytes()))
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return run{}, errors.New("no resource usage on this system")
	}
	return run{
		user:   time.Duration(ru.Utime.Nano()),
		sys:    time.Duration(ru.Stime.Nano()),
		wall:   wall,
		rss:    ru.Maxrss << 10, // kilobytes on Linux
		stdout: stdout.Bytes(),
	}, nil
}

// firstRecord returns how long whosaid takes from its start to its first
// record for a one-line article on standard input, which it reads before
// loading the model: the start-up cost a user sees.
func firstRecord(whosaid string) (time.Duration, error) {
	cmd := exec.Command(whosaid, "-q", "-")
	cmd.Stdin = strings.NewReader("“We will rebuild,” the mayor said.\n")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return 0, err
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	line := make([]byte, 1)
	_, err = io.ReadFull(out, line)
	took := time.Since(start)
	io.Copy(io.Discard, out)
	if werr := cmd.Wait(); err == nil {
		err = werr
	}
	return took, err
}

// mb returns n bytes in megabytes (10^6), rounded.
func mb(n int64) string { return fmt.Sprintf("%.0f MB", float64(n)/1e6) }

// tail returns the last lines of a program's error output.
func tail(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return strings.Join(lines[max(0, len(lines)-5):], "\n")
}
