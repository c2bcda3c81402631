package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"path"
	"reflect"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/internal/record"
	"github.com/whosaid/whosaid/speakers"
)

// Beam finds DoFns and element types by name when it decodes a pipeline,
// in the launcher and in every worker process. Registering them in init,
// the SDK's documented way, does it in every process before main hands a
// worker over to the harness (beam.Init), whoever calls what first.
func init() {
	beam.RegisterType(reflect.TypeFor[corpus.Article]())
	register.DoFn3x1[context.Context, string, func(string), error](&matchFn{})
	register.DoFn3x1[context.Context, string, func(corpus.Article), error](&readFn{})
	register.DoFn3x1[context.Context, corpus.Article, func(string), error](&extractFn{})
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeFn{})
	register.Function1x2[int, int, string](shardMarker)
	register.Emitter1[corpus.Article]()
	register.Emitter1[string]()
	register.Iter1[string]()
}

// The counters a run reports, in the namespace "whosaid".
var (
	articleCount = beam.NewCounter("whosaid", "articles") // articles extracted
	quoteCount   = beam.NewCounter("whosaid", "quotes")   // records written
	errorCount   = beam.NewCounter("whosaid", "errors")   // globs matching nothing; files, corpus lines and articles that failed
)

// config is what the pipeline needs from the command line.
type config struct {
	inputs   []string // globs of files: plain text, HTML pages or JSONL corpora
	output   string   // prefix of the shard files
	shards   int      // number of shard files, at least 1
	maxBytes int64    // the largest article read; larger ones fail
}

// build adds to s the pipeline that cfg describes: match the inputs, read
// each file into articles, spread the articles over the workers, extract
// each one's records as the CLI does, and write them to cfg.shards files.
//
// Each Reshuffle breaks the fusion of the steps around it, so that the
// work after it is spread over the workers: without them, the one worker
// that matched a glob would read every file, and the one that read a
// corpus of a million lines would extract them all.
func build(s beam.Scope, cfg config) {
	globs := beam.Create(s, anySlice(cfg.inputs)...)
	files := beam.Reshuffle(s, beam.ParDo(s, &matchFn{}, globs))
	articles := beam.Reshuffle(s, beam.ParDo(s, &readFn{MaxBytes: cfg.maxBytes}, files))
	lines := beam.ParDo(s, &extractFn{}, articles)
	writeShards(s, lines, cfg.output, cfg.shards)
}

// anySlice returns ss as a []any, which [beam.Create] takes.
func anySlice(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// matchFn expands a glob into the paths of the files it matches, through
// Beam's filesystems: local paths (as [path/filepath.Glob] matches them,
// relative if the glob is), gs://… and s3://…. Unlike fileio.MatchFiles,
// it asks nothing more of each file, and a glob that is malformed or
// matches nothing is counted as an error and logged, as the CLI reports a
// missing file and goes on with the others.
type matchFn struct{}

// ProcessElement emits the paths that glob matches.
func (fn *matchFn) ProcessElement(ctx context.Context, glob string, emit func(string)) error {
	paths, err := match(ctx, glob)
	if err == nil && len(paths) == 0 {
		err = errors.New("no files match")
	}
	if err != nil {
		errorCount.Inc(ctx, 1)
		log.Warnf(ctx, "whosaid-beam: %s: %v", glob, err)
		return nil
	}
	for _, p := range paths {
		emit(p)
	}
	return nil
}

// match returns the paths that glob matches.
func match(ctx context.Context, glob string) ([]string, error) {
	fs, err := filesystem.New(ctx, glob)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	return fs.List(ctx, glob)
}

// sniffLen is how much of a file is searched for a NUL byte, the sign of a
// binary file, as the CLI does.
const sniffLen = 8 << 10

// errBinary reports a file that is not text.
var errBinary = errors.New("binary file, not text")

// readFn reads a matched file into articles: one for a plain-text or HTML
// file, one for each line of a JSONL corpus (.jsonl, .ndjson). The format
// is told by the name, as the CLI tells it, and a file that begins with
// gzip's magic number is decompressed, whatever its name. An article is
// named by the path as matched, or for a corpus line by its id or
// PATH:LINE, so a record's source is what the CLI would give with the same
// paths as arguments.
//
// A file or corpus line that cannot be read is counted as an error and
// logged; the others are still read.
type readFn struct {
	MaxBytes int64
}

// ProcessElement emits the articles in the file name.
func (fn *readFn) ProcessElement(ctx context.Context, name string, emit func(corpus.Article)) error {
	if err := fn.read(ctx, name, emit); err != nil {
		errorCount.Inc(ctx, 1)
		log.Warnf(ctx, "whosaid-beam: %v", err)
	}
	return nil
}

// read emits the articles in the file name. Errors in single lines of a
// corpus are counted and logged here; the error returned is the one that
// stopped reading.
func (fn *readFn) read(ctx context.Context, name string, emit func(corpus.Article)) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, name)
	if err != nil {
		return err
	}
	defer rc.Close()
	br, err := content(rc)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	switch format(name) {
	case "jsonl":
		cr := corpus.NewReader(br, name)
		cr.MaxBytes = int(fn.MaxBytes)
		for cr.Next() {
			a, err := cr.Article()
			if err != nil {
				errorCount.Inc(ctx, 1)
				log.Warnf(ctx, "whosaid-beam: %v", err)
				continue
			}
			emit(a)
		}
		return cr.Err()
	case "html":
		data, err := readAll(br, fn.MaxBytes)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		a, err := corpus.ReadHTML(bytes.NewReader(data), name)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		emit(a)
	default:
		data, err := readAll(br, fn.MaxBytes)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		// As in the CLI, invalid UTF-8 is passed on as it is, so that
		// offsets stay offsets into the file.
		emit(corpus.Article{ID: name, Text: string(data)})
	}
	return nil
}

// format returns how the file name is read, "jsonl", "html" or "text", by
// its extension after any ".gz", as the CLI's --input-format auto does.
func format(name string) string {
	switch path.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")) {
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".html", ".htm":
		return "html"
	}
	return "text"
}

// content returns a reader of r's content, decompressed if r begins with
// gzip's magic number. It fails with [errBinary] if the content looks
// binary.
func content(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, sniffLen)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, err
		}
		br = bufio.NewReaderSize(zr, sniffLen)
	}
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF {
		return nil, err
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, errBinary
	}
	return br, nil
}

// readAll reads all of r, failing if it holds more than max bytes.
func readAll(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("larger than --max_bytes (%d bytes)", max)
	}
	return data, nil
}

// extractor is the one [record.Extractor] of a worker process, built the
// first time a DoFn instance is set up: decoding the prose model is slow,
// and an Extractor is safe for concurrent use, so every bundle the process
// runs shares it.
var extractor = sync.OnceValues(func() (*record.Extractor, error) {
	m, err := speakers.LoadModel()
	if err != nil {
		return nil, err
	}
	return record.NewExtractor(m, record.Options{}), nil
})

// extractFn turns an article into its records, each encoded as one line of
// JSON without the newline, exactly as the CLI writes --format jsonl. An
// article that fails is counted and logged, and yields nothing.
type extractFn struct {
	ex *record.Extractor
}

// Setup gets the process's extractor.
func (fn *extractFn) Setup() error {
	ex, err := extractor()
	fn.ex = ex
	return err
}

// ProcessElement emits the records of a.
func (fn *extractFn) ProcessElement(ctx context.Context, a corpus.Article, emit func(string)) error {
	recs, err := fn.ex.Extract(a)
	if err != nil {
		errorCount.Inc(ctx, 1)
		log.Warnf(ctx, "whosaid-beam: %s: %v", a.ID, err)
		return nil
	}
	lines, err := encode(recs)
	if err != nil {
		errorCount.Inc(ctx, 1)
		log.Warnf(ctx, "whosaid-beam: %s: %v", a.ID, err)
		return nil
	}
	articleCount.Inc(ctx, 1)
	quoteCount.Inc(ctx, int64(len(lines)))
	for _, l := range lines {
		emit(l)
	}
	return nil
}

// encode returns recs as lines of JSON, without newlines, as the CLI's
// jsonl writer encodes them: <, > and & are not escaped.
func encode(recs []record.Record) ([]string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	lines := make([]string, 0, len(recs))
	for i := range recs {
		buf.Reset()
		if err := enc.Encode(&recs[i]); err != nil {
			return nil, err
		}
		lines = append(lines, strings.TrimSuffix(buf.String(), "\n"))
	}
	return lines, nil
}

// writeShards writes lines to n files named by [shardName], one worker for
// each: textio.Write would send every line through one. Each line goes to
// the shard its hash picks, so that a retried bundle writes the same lines
// to the same shard again. Every shard is written, if need be empty, so
// that the n files of one run are always all there.
func writeShards(s beam.Scope, lines beam.PCollection, prefix string, n int) {
	s = s.Scope("writeShards")
	ids := make([]any, n)
	for i := range ids {
		ids[i] = i
	}
	markers := beam.ParDo(s, shardMarker, beam.Create(s, ids...))
	keyed := beam.ParDo(s, &shardFn{Shards: n}, lines)
	shards := beam.GroupByKey(s, beam.Flatten(s, markers, keyed))
	beam.ParDo0(s, &writeFn{Prefix: prefix, Shards: n}, shards)
}

// shardMarker returns an empty line for shard i, so that the shard is
// written even if no record goes to it. Records are JSON objects, never
// empty, and [writeFn] skips empty lines.
func shardMarker(i int) (int, string) { return i, "" }

// shardFn keys each line with its shard: its FNV-1a hash modulo Shards.
type shardFn struct {
	Shards int
}

// ProcessElement returns line keyed with its shard.
func (fn *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	io.WriteString(h, line)
	return int(h.Sum32() % uint32(fn.Shards)), line
}

// shardName returns the name of shard i of n: PREFIX-00001-of-00004.jsonl,
// the numbering of Beam's own sinks.
func shardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// writeFn writes each shard's lines to its file through Beam's filesystems,
// so that the prefix may be a local path, gs://… or s3://…. A file is
// replaced whole, so a retry leaves no duplicates. A failure to write fails
// the bundle, for the runner to retry.
type writeFn struct {
	Prefix string
	Shards int
}

// ProcessElement writes the lines of shard i, one per line.
func (fn *writeFn) ProcessElement(ctx context.Context, i int, lines func(*string) bool) (err error) {
	name := shardName(fn.Prefix, i, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	wc, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	defer func() {
		if cerr := wc.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("write %s: %w", name, cerr)
		}
	}()
	bw := bufio.NewWriter(wc)
	var line string
	for lines(&line) {
		if line == "" {
			continue
		}
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}
