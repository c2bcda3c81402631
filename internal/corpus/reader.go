package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// An Article is one news article and what is known about it. Every field but
// Text is empty when unknown.
type Article struct {
	// ID names the article: a corpus line's "id", or NAME:LINE when it has
	// none; for [ReadHTML], the name it is given.
	ID string
	// Text is the article. Offsets of quotations found in it are byte
	// offsets into Text, not into the line or the page it came from.
	Text   string
	URL    string // where it was published
	Outlet string // the publication: "The Guardian"
	Title  string // the headline
	Date   string // as the corpus writes it; from HTML, in RFC 3339 form
	Byline string // the authors, as the page gives them; HTML only
}

// DefaultMaxBytes is the length of the longest line a [Reader] decodes,
// unless its MaxBytes says otherwise: 64 MiB.
const DefaultMaxBytes = 64 << 20

// ErrTooLarge is the error in the [*RecordError] for a line longer than a
// [Reader]'s MaxBytes.
var ErrTooLarge = errors.New("line too long")

// A RecordError reports a malformed line in a corpus, or a failure to read
// one.
type RecordError struct {
	File string // the name given to [NewReader]: "<stdin>" for standard input
	Line int    // 1-based line of the record
	Err  error
}

// Error returns "FILE:LINE: message".
func (e *RecordError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *RecordError) Unwrap() error { return e.Err }

// A Reader reads articles from a JSONL corpus, one line at a time:
//
//	r := corpus.NewReader(f, name)
//	for r.Next() {
//		a, err := r.Article()
//		if err != nil { // a *RecordError: this line is bad, the next may be good
//			report(err)
//			continue
//		}
//		use(a)
//	}
//	if err := r.Err(); err != nil { // a *RecordError: reading failed
//		report(err)
//	}
//
// As with [database/sql.Rows], Next steps through the records and the error
// of each comes with it, so that one bad line does not stop the loop; Err
// tells whether the loop ended because the input did.
//
// A Reader holds one line at a time, so a corpus of any size is read in
// memory bounded by its longest line. It is not safe for concurrent use.
type Reader struct {
	// MaxBytes is the length in bytes, without the newline, of the longest
	// line the Reader decodes; zero means [DefaultMaxBytes]. A longer line
	// is skipped without being held in memory, and its Article error wraps
	// [ErrTooLarge]. Set it before the first call to Next.
	MaxBytes int

	br     *bufio.Reader
	name   string
	line   int    // the number of the last line read
	buf    []byte // the last line read
	art    Article
	artErr error // a *RecordError for art's line
	err    error // a *RecordError that stopped the reader
}

// NewReader returns a Reader that reads the corpus in r. The name is used in
// IDs and errors: a file's path, or "<stdin>".
func NewReader(r io.Reader, name string) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10), name: name}
}

// bigLine is the capacity beyond which the line buffer is let go after use,
// so that one huge article does not keep its memory for the rest of the
// corpus.
const bigLine = 1 << 20

// utf8BOM is the byte order mark that some tools write at the start of a
// file.
var utf8BOM = []byte("\xEF\xBB\xBF")

// Next advances to the next article, which [Reader.Article] then returns. It
// skips blank lines. It returns false at the end of the input, or when
// reading fails, which [Reader.Err] then reports. A malformed line does not
// stop it: Next returns true, and Article returns the line's error.
func (r *Reader) Next() bool {
	r.art, r.artErr = Article{}, nil
	for r.err == nil {
		line, err := r.readLine()
		switch {
		case err == io.EOF:
			return false
		case err == ErrTooLarge:
			r.artErr = &RecordError{r.name, r.line, err}
			return true
		case err != nil:
			r.err = &RecordError{r.name, r.line + 1, err}
			return false
		}
		if r.line == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		r.art, err = r.decode(line)
		if err != nil {
			r.artErr = &RecordError{r.name, r.line, err}
		}
		return true
	}
	return false
}

// Article returns the article that the last call to [Reader.Next] read, or,
// if its line was malformed or too long, a [*RecordError] naming the line.
func (r *Reader) Article() (Article, error) { return r.art, r.artErr }

// Line returns the 1-based number of the line that the last call to
// [Reader.Next] read.
func (r *Reader) Line() int { return r.line }

// Err returns the error that made [Reader.Next] return false, as a
// [*RecordError] naming the line being read, or nil if the input ended.
func (r *Reader) Err() error { return r.err }

// readLine reads the next line into r.buf and returns it without its
// newline. It returns io.EOF only when no line is left, and ErrTooLarge,
// having read past the rest of the line, when the line is longer than
// MaxBytes. Any other error is from the underlying reader, and leaves the
// line unread.
func (r *Reader) readLine() ([]byte, error) {
	limit := r.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if cap(r.buf) > bigLine {
		r.buf = nil
	}
	r.buf = r.buf[:0]
	n := 0 // bytes read, newline included
	tooLong := false
	for {
		frag, err := r.br.ReadSlice('\n')
		n += len(frag)
		if !tooLong {
			if len(r.buf)+len(frag) > limit+1 { // +1 for the newline
				tooLong = true
				r.buf = r.buf[:0]
			} else {
				r.buf = append(r.buf, frag...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && n == 0:
			return nil, io.EOF
		case err != nil && err != io.EOF:
			return nil, err
		}
		break
	}
	r.line++
	line := bytes.TrimSuffix(r.buf, []byte("\n"))
	if tooLong || len(line) > limit {
		return nil, ErrTooLarge
	}
	return line, nil
}

// A line is the JSON object on one line of a corpus. The fields other than
// text are decoded by [scalar].
type line struct {
	ID     json.RawMessage `json:"id"`
	Text   *string         `json:"text"`
	URL    json.RawMessage `json:"url"`
	Outlet json.RawMessage `json:"outlet"`
	Title  json.RawMessage `json:"title"`
	Date   json.RawMessage `json:"date"`
}

// decode returns the article on the line b, which holds more than white
// space.
func (r *Reader) decode(b []byte) (Article, error) {
	if b = bytes.TrimSpace(b); b[0] != '{' {
		if json.Valid(b) {
			return Article{}, errors.New("not a JSON object")
		}
	}
	var l line
	if err := json.Unmarshal(b, &l); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "text" {
			return Article{}, errors.New(`"text" is not a string`)
		}
		return Article{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if l.Text == nil {
		return Article{}, errors.New(`no "text"`)
	}
	a := Article{Text: *l.Text}
	for _, f := range []struct {
		name string
		raw  json.RawMessage
		dst  *string
	}{
		{"id", l.ID, &a.ID},
		{"url", l.URL, &a.URL},
		{"outlet", l.Outlet, &a.Outlet},
		{"title", l.Title, &a.Title},
		{"date", l.Date, &a.Date},
	} {
		s, err := scalar(f.raw)
		if err != nil {
			return Article{}, fmt.Errorf("%q %w", f.name, err)
		}
		*f.dst = s
	}
	if a.ID == "" {
		a.ID = fmt.Sprintf("%s:%d", r.name, r.line)
	}
	return a, nil
}

// errNotScalar is the error of a field that is neither a string nor a
// number; [Reader.decode] puts the field's name before it.
var errNotScalar = errors.New("is not a string or number")

// scalar returns the JSON string or number in raw as text: a string
// decoded, a number as written, and null or an absent field as "".
func scalar(raw json.RawMessage) (string, error) {
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return "", nil
	case raw[0] == '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	case raw[0] == '-' || '0' <= raw[0] && raw[0] <= '9':
		return string(raw), nil
	}
	return "", errNotScalar
}
