package main

import (
	"errors"
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/internal/record"
	"github.com/whosaid/whosaid/quotes"
)

// An inputFormat is the value of the --input-format flag: how to read an
// input.
type inputFormat string

// The input formats. inputAuto is decided for each input by [inputFormat.of].
const (
	inputAuto  inputFormat = "auto"
	inputText  inputFormat = "text"
	inputJSONL inputFormat = "jsonl"
	inputHTML  inputFormat = "html"
)

// String returns the format's name.
func (f *inputFormat) String() string { return string(*f) }

// Type names the flag's value in pflag's messages.
func (f *inputFormat) Type() string { return "format" }

// Set sets f to s if s names an input format.
func (f *inputFormat) Set(s string) error {
	switch g := inputFormat(s); g {
	case inputAuto, inputText, inputJSONL, inputHTML:
		*f = g
		return nil
	}
	return errors.New("must be one of auto, text, jsonl, html")
}

// of returns the format of the input at path, "-" for standard input: f,
// unless f is auto. Then it is told by the name, without any .gz: jsonl for
// .jsonl and .ndjson, html for .html and .htm, and text for any other name
// and for standard input. Whether an input is compressed is told by its
// content, not its name.
func (f inputFormat) of(path string) inputFormat {
	if f != inputAuto {
		return f
	}
	if path == "-" {
		return inputText
	}
	ext := filepath.Ext(strings.TrimSuffix(strings.ToLower(path), ".gz"))
	switch ext {
	case ".jsonl", ".ndjson":
		return inputJSONL
	case ".html", ".htm":
		return inputHTML
	}
	return inputText
}

// A byteSize is the value of the --max-bytes flag: a number of bytes.
type byteSize int64

// String returns the size in the largest binary unit that divides it
// exactly: 64MiB, 512KiB, 1000.
func (b *byteSize) String() string {
	n := int64(*b)
	for _, u := range []struct {
		size int64
		name string
	}{{1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}} {
		if n >= u.size && n%u.size == 0 {
			return strconv.FormatInt(n/u.size, 10) + u.name
		}
	}
	return strconv.FormatInt(n, 10)
}

// Type names the flag's value in pflag's messages.
func (b *byteSize) Type() string { return "size" }

// errSize is the error for a --max-bytes value that is not a size.
var errSize = errors.New("must be a positive number of bytes, such as 1000000, 512k, 10MB or 64MiB")

// Set sets b to the size s: a whole number, then optionally a unit. As in
// GNU coreutils, k, M and G (or KiB, MiB and GiB) are powers of 1024, and
// kB, MB and GB powers of 1000; case does not matter and B is bytes.
func (b *byteSize) Set(s string) error {
	s = strings.TrimSpace(s)
	digits := strings.TrimRightFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	n, err := strconv.ParseInt(digits, 10, 64)
	if err != nil || n < 1 {
		return errSize
	}
	var unit int64
	switch strings.ToLower(strings.TrimSpace(s[len(digits):])) {
	case "", "b":
		unit = 1
	case "k", "kib":
		unit = 1 << 10
	case "kb":
		unit = 1e3
	case "m", "mib":
		unit = 1 << 20
	case "mb":
		unit = 1e6
	case "g", "gib":
		unit = 1 << 30
	case "gb":
		unit = 1e9
	default:
		return errSize
	}
	if n > (math.MaxInt-1)/unit { // math.MaxInt, not MaxInt64: it sizes buffers
		return errSize
	}
	*b = byteSize(n * unit)
	return nil
}

// A kindList is the value of the --kinds flag: the kinds of record to keep.
// Each use of the flag adds to it.
type kindList []quotes.Kind

// String returns the kinds' names, joined by commas.
func (l *kindList) String() string {
	names := make([]string, len(*l))
	for i, k := range *l {
		names[i] = k.String()
	}
	return strings.Join(names, ",")
}

// Type names the flag's value in pflag's messages.
func (l *kindList) Type() string { return "kinds" }

// Set adds the kinds named in s, separated by commas, to l.
func (l *kindList) Set(s string) error {
	ks, err := record.AppendKinds(*l, s)
	*l = ks
	return err
}
