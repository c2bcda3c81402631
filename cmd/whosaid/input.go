package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/internal/record"
)

// defaultMaxBytes is the default of --max-bytes, the size of the text of
// the largest article whosaid reads: 1 MiB, thirty times the longest of the
// 840 PolNeAR news articles. The memory that extraction needs grows with
// the article: 1 MiB of news with a quotation every kilobyte peaks at 170
// MB, and 1 MiB of nothing but 65,536 short quotations at 210 MB (with the
// soft memory limit set in main), where 64 MiB would need gigabytes.
const defaultMaxBytes = 1 << 20

// rawFactor is how many times --max-bytes an HTML page or a corpus line may
// take, for the markup or the JSON escapes around the article's text.
const rawFactor = 4

// sniffLen is how much of an input is searched for a NUL byte, the sign of a
// binary file.
const sniffLen = 8 << 10

// stdinName names standard input in records and errors.
const stdinName = "<stdin>"

// errBinary reports an input that is not text.
var errBinary = errors.New("binary file, not text")

// errSkipped replaces [errBinary] for a binary file found in a directory,
// which is skipped rather than failed.
var errSkipped = errors.New("skipped: binary file")

// tooLarge returns the error of an article whose text is larger than max
// bytes.
func tooLarge(max int64) error {
	return fmt.Errorf("larger than --max-bytes (%s)", formatSize(max))
}

// rawTooLarge returns the error of an HTML page or a corpus line (what)
// larger than [rawLimit] allows.
func rawTooLarge(what string, max int64) error {
	return fmt.Errorf("%s larger than %d times --max-bytes (%s)", what, rawFactor, formatSize(rawLimit(max)))
}

// formatSize returns n as --max-bytes would take it: 1MiB, or 1000 bytes.
func formatSize(n int64) string {
	b := byteSize(n)
	s := b.String()
	if c := s[len(s)-1]; '0' <= c && c <= '9' {
		s += " bytes"
	}
	return s
}

// rawLimit returns how large an HTML page or a corpus line may be when the
// text in it may be max bytes: [rawFactor] times max, or as near as an int
// allows, less one, so that a reader may read one byte more to see that an
// input is too large.
func rawLimit(max int64) int64 {
	if max > (math.MaxInt-1)/rawFactor {
		return math.MaxInt - 1
	}
	return max * rawFactor
}

// A source is a file that the arguments name, directly or by a directory, or
// standard input: one article, or a corpus of them.
type source struct {
	path   string      // as given or as found in a directory; "-" for standard input
	format inputFormat // never inputAuto
	walked bool        // found in a directory walk, not named
	err    error       // why path could not be found or walked; format is then unset
}

// sources returns the files that args name, in order, with the format f
// decides for each: a file as given, a directory's regular files in lexical
// order without those whose names (or any directory's above them) begin with
// a dot, and standard input for each "-". An argument that cannot be found
// or walked yields a source with its error. The sequence reads no file, and
// can be iterated again to walk the directories again.
func sources(args []string, f inputFormat) iter.Seq[source] {
	return func(yield func(source) bool) {
		for _, arg := range args {
			if arg == "-" {
				if !yield(source{path: arg, format: f.of(arg)}) {
					return
				}
				continue
			}
			fi, err := os.Stat(arg)
			switch {
			case err != nil:
				if !yield(source{path: arg, err: err}) {
					return
				}
			case fi.IsDir():
				if !walk(arg, f, yield) {
					return
				}
			default:
				if !yield(source{path: arg, format: f.of(arg)}) {
					return
				}
			}
		}
	}
}

// walk yields the files in the tree at root as [sources] describes. It
// reports false if yield did.
func walk(root string, f inputFormat, yield func(source) bool) bool {
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		// WalkDir follows no symbolic links, not even root; a trailing
		// separator makes it follow this one, and children are still
		// named root/child.
		root += string(filepath.Separator)
	}
	stopped := false
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		var s source
		switch {
		case err != nil:
			s = source{path: path, err: err}
		case path != root && strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		case !d.Type().IsRegular():
			return nil
		default:
			s = source{path: path, format: f.of(path), walked: true}
		}
		if !yield(s) {
			stopped = true
			return filepath.SkipAll
		}
		return nil
	})
	return !stopped
}

// count returns the number of articles in srcs, or false if a corpus among
// them makes that unknown without reading it.
func count(srcs iter.Seq[source]) (n int, ok bool) {
	for s := range srcs {
		if s.format == inputJSONL {
			return 0, false
		}
		n++
	}
	return n, true
}

// An input is one article to process: a file, standard input, or a line of
// a corpus.
type input struct {
	name   string // in errors: the path, <stdin>, or FILE:LINE for a corpus line
	walked bool   // found in a directory walk, so that a binary file is skipped, not failed
	// load returns the article. A worker calls it, once.
	load func() (corpus.Article, error)
}

// inputs returns the articles in srcs, in order: one for a text or HTML
// file, and one for each line of a corpus. A file is read by its input's
// load, in a worker; a corpus is read here, a line at a time, as the
// sequence is iterated, so that it is never held whole. Articles larger
// than max bytes, and corpus lines longer, fail.
//
// Standard input is also read here, once, so that the first "-" gets all of
// it and any later one gets nothing, whatever order the inputs are
// processed in. The sequence is single-use.
func inputs(srcs iter.Seq[source], stdin io.Reader, max int64) iter.Seq[input] {
	return func(yield func(input) bool) {
		for s := range srcs {
			var ok bool
			switch {
			case s.err != nil:
				ok = yield(failed(s.path, s.err))
			case s.format == inputJSONL:
				ok = corpusInputs(s, stdin, max, yield)
			case s.path == "-":
				data, err := readText(stdin, -1, max, s.format)
				ok = yield(input{name: stdinName, load: func() (corpus.Article, error) {
					if err != nil {
						return corpus.Article{}, err
					}
					return newArticle(stdinName, s.format, data, max)
				}})
			default:
				ok = yield(fileInput(s, max))
			}
			if !ok {
				return
			}
		}
	}
}

// fileInput returns the input that reads the text or HTML file s.
func fileInput(s source, max int64) input {
	return input{name: s.path, walked: s.walked, load: func() (corpus.Article, error) {
		f, err := os.Open(s.path)
		if err != nil {
			return corpus.Article{}, err
		}
		defer f.Close()
		size := int64(-1)
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
		data, err := readText(f, size, max, s.format)
		if err != nil {
			return corpus.Article{}, err
		}
		return newArticle(s.path, s.format, data, max)
	}}
}

// corpusInputs yields an input for each line of the corpus s, and one for
// the error that stops reading it, if any. It reports false if yield did.
func corpusInputs(s source, stdin io.Reader, max int64, yield func(input) bool) bool {
	name, r := stdinName, stdin
	if s.path != "-" {
		f, err := os.Open(s.path)
		if err != nil {
			return yield(failed(s.path, err))
		}
		defer f.Close()
		name, r = s.path, f
	}
	br, _, err := content(r)
	if err != nil {
		in := failed(name, err)
		in.walked = s.walked
		return yield(in)
	}
	cr := corpus.NewReader(br, name)
	cr.MaxBytes = int(rawLimit(max))
	for cr.Next() {
		a, err := cr.Article()
		in := input{name: fmt.Sprintf("%s:%d", name, cr.Line())}
		switch {
		case err != nil:
			in.load = func() (corpus.Article, error) { return corpus.Article{}, lineError(err, max) }
		case int64(len(a.Text)) > max:
			in.load = func() (corpus.Article, error) { return corpus.Article{}, tooLarge(max) }
		default:
			in.load = func() (corpus.Article, error) { return a, nil }
		}
		if !yield(in) {
			return false
		}
	}
	if err := cr.Err(); err != nil {
		if re := (*corpus.RecordError)(nil); errors.As(err, &re) {
			return yield(failed(fmt.Sprintf("%s:%d", re.File, re.Line), re.Err))
		}
		return yield(failed(name, err))
	}
	return true
}

// lineError returns the error of a corpus line without the position that
// its input's name already gives, in whosaid's words for a line too long.
func lineError(err error, max int64) error {
	if errors.Is(err, corpus.ErrTooLarge) {
		return rawTooLarge("line", max)
	}
	var re *corpus.RecordError
	if errors.As(err, &re) {
		return re.Err
	}
	return err
}

// failed returns an input whose load returns err.
func failed(name string, err error) input {
	return input{name: name, load: func() (corpus.Article, error) { return corpus.Article{}, err }}
}

// content returns a reader of r's content, decompressed if r begins with
// gzip's magic number, and whether it was. It fails with [errBinary] if the
// content looks binary.
func content(r io.Reader) (br *bufio.Reader, compressed bool, err error) {
	br = bufio.NewReaderSize(r, sniffLen)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, true, err
		}
		br, compressed = bufio.NewReaderSize(zr, sniffLen), true
	}
	head, err := br.Peek(sniffLen)
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, compressed, errBinary
	}
	if err != nil && err != io.EOF {
		if len(head) == 0 {
			return nil, compressed, err
		}
		// Keep what was read before the error, which the reader then meets
		// where it came: a corpus truncated in its fifth line still gives
		// its first four, and the error names the fifth.
		br = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(bytes.Clone(head)), errReader{err}), sniffLen)
	}
	return br, compressed, nil
}

// An errReader fails every read with its error.
type errReader struct{ err error }

// Read returns 0 and r's error.
func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// readText reads all of r, of format f (text or html), whose size is size
// bytes if size ≥ 0, through [content]. It fails if r holds more than max
// bytes of text, or [rawLimit] of HTML, once decompressed; if size says so,
// without reading it.
func readText(r io.Reader, size, max int64, f inputFormat) ([]byte, error) {
	limit, tooLong := max, tooLarge(max)
	if f == inputHTML {
		limit, tooLong = rawLimit(max), rawTooLarge("page", max)
	}
	br, compressed, err := content(r)
	if err != nil {
		return nil, err
	}
	if !compressed && size > limit {
		return nil, tooLong
	}
	var buf bytes.Buffer
	if !compressed && size > 0 {
		buf.Grow(int(size) + bytes.MinRead) // ReadFrom wants MinRead free to read EOF
	}
	if _, err := buf.ReadFrom(io.LimitReader(br, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, tooLong
	}
	return buf.Bytes(), nil
}

// newArticle returns the article in data, of format f (text or html), named
// name. It fails if the article's text is larger than max bytes.
func newArticle(name string, f inputFormat, data []byte, max int64) (corpus.Article, error) {
	if f == inputHTML {
		a, err := corpus.ReadHTML(bytes.NewReader(data), name)
		if err == nil && int64(len(a.Text)) > max {
			return corpus.Article{}, tooLarge(max)
		}
		return a, err
	}
	// Invalid UTF-8 is passed on as it is: repairing it would move the
	// offsets away from the input's bytes.
	return corpus.Article{ID: name, Text: string(data)}, nil
}

// An inputError reports an input that could not be read or processed.
type inputError struct {
	name string
	err  error
}

// Error returns "name: message".
func (e *inputError) Error() string { return e.name + ": " + e.err.Error() }

// Unwrap returns the underlying error.
func (e *inputError) Unwrap() error { return e.err }

// A result is what came of one input: its records, or the error that
// stopped it.
type result struct {
	records []record.Record
	err     error // an *inputError
	skipped bool  // err tells of an input skipped on purpose, not a failure
}

// A batch processes inputs, in parallel and in order.
type batch struct {
	// extract finds and attributes the quotations in one article; it must be
	// safe for concurrent use.
	extract func(corpus.Article) ([]record.Record, error)
}

// run processes the inputs with up to jobs at a time and calls emit with each
// result in input order, whatever order they finish in. Besides the jobs
// being processed, the sequence holds at most the one input it is about to
// hand over, so memory is bounded however many inputs there are. If emit
// returns an error, run stops taking inputs and returns it; work already
// started is abandoned.
func (b *batch) run(ins iter.Seq[input], jobs int, emit func(result) error) error {
	// The consumer below waits on one channel while pending holds the rest,
	// so a capacity of jobs-1 keeps at most jobs inputs in flight.
	pending := make(chan chan result, jobs-1)
	done := make(chan struct{})
	defer close(done)
	go func() {
		defer close(pending)
		for in := range ins {
			c := make(chan result, 1)
			select {
			case pending <- c:
			case <-done:
				return
			}
			go func() { c <- b.process(in) }()
		}
	}()
	for c := range pending {
		if err := emit(<-c); err != nil {
			return err
		}
	}
	return nil
}

// process loads one input and resolves its quotations. A panic while doing
// so becomes the result's error, so that one bad article cannot stop the
// batch.
func (b *batch) process(in input) (res result) {
	defer func() {
		if p := recover(); p != nil {
			res = result{err: &inputError{in.name, fmt.Errorf("internal error: %v", p)}}
		}
	}()
	a, err := in.load()
	var recs []record.Record
	if err == nil {
		recs, err = b.extract(a)
	}
	if err != nil {
		if pe, ok := err.(*fs.PathError); ok && pe.Path == in.name {
			err = pe.Err // the message starts with the name already
		}
		if in.walked && errors.Is(err, errBinary) {
			return result{err: &inputError{in.name, errSkipped}, skipped: true}
		}
		return result{err: &inputError{in.name, err}}
	}
	return result{records: recs}
}
