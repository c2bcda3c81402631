package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/whosaid/whosaid/speakers"
)

// maxBytes is the size of the largest article whosaid reads.
const maxBytes = 64 << 20

// sniffLen is how much of an input is searched for a NUL byte, the sign of a
// binary file.
const sniffLen = 8 << 10

// errTooLarge reports an input larger than [maxBytes].
var errTooLarge = fmt.Errorf("larger than %d MiB", maxBytes>>20)

// stdinName names standard input in records and errors.
const stdinName = "<stdin>"

// An input is one article to process.
type input struct {
	name string                 // as given or as found in a directory; stdinName for -
	read func() ([]byte, error) // returns the article's bytes
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

// inputs returns the articles that args name, in order: a file as given, a
// directory's regular files in lexical order without those whose names (or
// any directory's above them) begin with a dot, and standard input for each
// "-". An argument that cannot be found or walked yields an input whose read
// returns the error.
//
// Standard input is read while iterating, once, so that the first "-" gets
// all of it and any later one gets nothing, whatever order the inputs are
// processed in. The sequence is single-use.
func inputs(args []string, stdin io.Reader) iter.Seq[input] {
	return func(yield func(input) bool) {
		for _, arg := range args {
			if arg == "-" {
				data, err := readAll(stdin)
				if !yield(input{stdinName, func() ([]byte, error) { return data, err }}) {
					return
				}
				continue
			}
			fi, err := os.Stat(arg)
			switch {
			case err != nil:
				if !yield(failed(arg, err)) {
					return
				}
			case fi.IsDir():
				if !walk(arg, yield) {
					return
				}
			default:
				if !yield(fileInput(arg)) {
					return
				}
			}
		}
	}
}

// walk yields the files in the tree at root as [inputs] describes. It
// reports false if yield did.
func walk(root string, yield func(input) bool) bool {
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		// WalkDir follows no symbolic links, not even root; a trailing
		// separator makes it follow this one, and children are still
		// named root/child.
		root += string(filepath.Separator)
	}
	stopped := false
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		var in input
		switch {
		case err != nil:
			in = failed(path, err)
		case path != root && strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		case !d.Type().IsRegular():
			return nil
		default:
			in = fileInput(path)
		}
		if !yield(in) {
			stopped = true
			return filepath.SkipAll
		}
		return nil
	})
	return !stopped
}

// fileInput returns the input that reads the file at path.
func fileInput(path string) input {
	return input{path, func() ([]byte, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > maxBytes {
			return nil, errTooLarge // without reading it
		}
		return readAll(f)
	}}
}

// failed returns an input whose read returns err.
func failed(name string, err error) input {
	return input{name, func() ([]byte, error) { return nil, err }}
}

// readAll reads all of r, or returns [errTooLarge] if r holds more than
// [maxBytes].
func readAll(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxBytes {
		return nil, errTooLarge
	}
	return data, nil
}

// A result is what came of one input: its records, or the error that
// stopped it.
type result struct {
	records []record
	err     error // an *inputError
}

// A batch processes inputs, in parallel and in order.
type batch struct {
	// resolve finds and attributes the quotations in one article; it must be
	// safe for concurrent use.
	resolve func(text string) ([]speakers.Attribution, error)
}

// run processes the inputs with up to jobs at a time and calls emit with each
// result in input order, whatever order they finish in. If emit returns an
// error, run stops taking inputs and returns it; work already started is
// abandoned.
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

// process reads one input and resolves its quotations. A panic while doing
// so becomes the result's error, so that one bad article cannot stop the
// batch.
func (b *batch) process(in input) (res result) {
	defer func() {
		if p := recover(); p != nil {
			res = result{err: &inputError{in.name, fmt.Errorf("internal error: %v", p)}}
		}
	}()
	recs, err := b.records(in)
	if err != nil {
		if pe, ok := err.(*fs.PathError); ok && pe.Path == in.name {
			err = pe.Err // the message starts with the name already
		}
		return result{err: &inputError{in.name, err}}
	}
	return result{records: recs}
}

// records reads one input and returns a record for each of its quotations.
func (b *batch) records(in input) ([]record, error) {
	data, err := in.read()
	if err != nil {
		return nil, err
	}
	if len(data) == 0 {
		return nil, nil
	}
	if bytes.IndexByte(data[:min(len(data), sniffLen)], 0) >= 0 {
		return nil, errors.New("binary file, not text")
	}
	// Invalid UTF-8 is passed on as it is: repairing it would move the
	// offsets away from the input's bytes.
	atts, err := b.resolve(string(data))
	if err != nil {
		return nil, err
	}
	recs := make([]record, len(atts))
	for i, a := range atts {
		recs[i] = newRecord(in.name, a)
	}
	return recs, nil
}
