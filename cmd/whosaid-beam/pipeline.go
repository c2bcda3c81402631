package main

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"iter"
	"path"
	"reflect"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/internal/group"
	"github.com/whosaid/whosaid/internal/record"
	"github.com/whosaid/whosaid/speakers"
)

// Beam finds DoFns and element types by name when it decodes a pipeline,
// in the launcher and in every worker process. Registering them in init,
// the SDK's documented way, does it in every process before main hands a
// worker over to the harness (beam.Init), whoever calls what first.
func init() {
	for _, t := range []reflect.Type{
		reflect.TypeFor[place](), reflect.TypeFor[file](), reflect.TypeFor[article](),
		reflect.TypeFor[line](), reflect.TypeFor[corpus.Article](),
	} {
		beam.RegisterType(t)
	}
	register.DoFn3x1[context.Context, int, func(file), error](&matchFn{})
	register.DoFn3x1[context.Context, file, func(article), error](&readFn{})
	register.DoFn3x1[context.Context, article, func(line), error](&extractFn{})
	register.DoFn1x2[line, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeFn{})
	register.DoFn3x1[context.Context, int, func(*line) bool, error](&groupFn{})
	register.Function1x2[int, int, string](shardMarker)
	register.Function1x2[line, int, line](toGroup)
	register.Function1x2[int, int, line](groupMarker)
	register.Emitter1[file]()
	register.Emitter1[article]()
	register.Emitter1[line]()
	register.Iter1[string]()
	register.Iter1[line]()
}

// The counters a run reports, in the namespace "whosaid".
var (
	articleCount = beam.NewCounter("whosaid", "articles") // articles extracted
	quoteCount   = beam.NewCounter("whosaid", "quotes")   // records found
	errorCount   = beam.NewCounter("whosaid", "errors")   // globs matching nothing; files, corpus lines and articles that failed
)

// config is what the pipeline needs from the command line.
type config struct {
	inputs   []string       // globs of files: plain text, HTML pages or JSONL corpora
	output   string         // prefix of the shard files
	shards   int            // number of shard files, at least 1; 1 when grouping
	maxBytes int64          // the largest article read; larger ones fail
	opts     record.Options // what the extractor keeps, as the CLI's flags say
	group    group.By       // what an output record stands for
}

// build adds to s the pipeline that cfg describes: match the inputs, read
// each file into articles, spread the articles over the workers, extract
// each one's records as the CLI does, and write them to cfg.shards files,
// or group them and write the groups to one.
//
// Each Reshuffle breaks the fusion of the steps around it, so that the
// work after it is spread over the workers: without them, the one worker
// that matched a glob would read every file, and the one that read a
// corpus of a million lines would extract them all.
func build(s beam.Scope, cfg config) {
	files := beam.Reshuffle(s, beam.ParDo(s, &matchFn{Globs: cfg.inputs}, beam.Create(s, indexes(len(cfg.inputs))...)))
	articles := beam.Reshuffle(s, beam.ParDo(s, &readFn{MaxBytes: cfg.maxBytes}, files))
	lines := beam.ParDo(s, &extractFn{Options: cfg.opts}, articles)
	if cfg.group != group.None {
		writeGroups(s, lines, cfg.output, cfg.group)
		return
	}
	writeShards(s, lines, cfg.output, cfg.shards)
}

// indexes returns 0 to n-1, as a []any for [beam.Create].
func indexes(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// A place is where a record comes in the order the CLI would write it,
// given the paths that the globs match as its arguments: by glob, by file
// in the order the glob matched them, by line in a corpus, and by record in
// the article. Only grouping needs it: the groups depend on the order in
// which records are added, and Beam keeps no order.
type place struct {
	Input int // the index of the --input glob
	Rank  int // the index of the file among the glob's matches
	Line  int // the 1-based line of a corpus, or 0
	Index int // the index of the record among its article's
}

// compare orders places.
func (p place) compare(q place) int {
	return cmp.Or(cmp.Compare(p.Input, q.Input), cmp.Compare(p.Rank, q.Rank),
		cmp.Compare(p.Line, q.Line), cmp.Compare(p.Index, q.Index))
}

// A file is a path that a glob matched.
type file struct {
	At   place
	Path string
}

// An article is an article read, from the file and line At says.
type article struct {
	At      place
	Article corpus.Article
}

// A line is a record encoded as one line of JSON, without the newline,
// exactly as the CLI writes it with --format jsonl.
type line struct {
	At   place
	JSON string
}

// matchFn expands a glob into the paths of the files it matches, through
// Beam's filesystems: local paths (as [path/filepath.Glob] matches them,
// relative if the glob is), gs://… and s3://…. Unlike fileio.MatchFiles,
// it asks nothing more of each file, and a glob that is malformed or
// matches nothing is counted as an error and logged, as the CLI reports a
// missing file and goes on with the others.
type matchFn struct {
	Globs []string
}

// ProcessElement emits the files that glob i matches.
func (fn *matchFn) ProcessElement(ctx context.Context, i int, emit func(file)) error {
	glob := fn.Globs[i]
	paths, err := match(ctx, glob)
	if err == nil && len(paths) == 0 {
		err = errors.New("no files match")
	}
	if err != nil {
		errorCount.Inc(ctx, 1)
		log.Warnf(ctx, "whosaid-beam: %s: %v", glob, err)
		return nil
	}
	for rank, p := range paths {
		emit(file{At: place{Input: i, Rank: rank}, Path: p})
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

// ProcessElement emits the articles in the file f.
func (fn *readFn) ProcessElement(ctx context.Context, f file, emit func(article)) error {
	if err := fn.read(ctx, f, emit); err != nil {
		errorCount.Inc(ctx, 1)
		log.Warnf(ctx, "whosaid-beam: %v", err)
	}
	return nil
}

// read emits the articles in the file f. Errors in single lines of a
// corpus are counted and logged here; the error returned is the one that
// stopped reading.
func (fn *readFn) read(ctx context.Context, f file, emit func(article)) error {
	name := f.Path
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
			at := f.At
			at.Line = cr.Line()
			emit(article{At: at, Article: a})
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
		emit(article{At: f.At, Article: a})
	default:
		data, err := readAll(br, fn.MaxBytes)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		// As in the CLI, invalid UTF-8 is passed on as it is, so that
		// offsets stay offsets into the file.
		emit(article{At: f.At, Article: corpus.Article{ID: name, Text: string(data)}})
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
		return nil, fmt.Errorf("larger than --max-bytes (%d bytes)", max)
	}
	return data, nil
}

// loadModel decodes the prose model the first time a DoFn instance of the
// worker process is set up; decoding is slow, and one model serves every
// bundle and every extractor the process runs, as in the CLI.
var loadModel = sync.OnceValues(speakers.LoadModel)

// extractFn turns an article into its records, with the same call as the
// CLI: [record.NewExtractor] with the model and the options, then
// [record.Extractor.Extract]. An article that fails is counted and logged,
// and yields nothing.
type extractFn struct {
	Options record.Options

	ex *record.Extractor
}

// Setup builds the extractor, on the process's model.
func (fn *extractFn) Setup() error {
	m, err := loadModel()
	if err != nil {
		return err
	}
	fn.ex = record.NewExtractor(m, fn.Options)
	return nil
}

// ProcessElement emits the records of a.
func (fn *extractFn) ProcessElement(ctx context.Context, a article, emit func(line)) error {
	recs, err := fn.ex.Extract(a.Article)
	var lines []string
	if err == nil {
		lines, err = encode(recs)
	}
	if err != nil {
		errorCount.Inc(ctx, 1)
		log.Warnf(ctx, "whosaid-beam: %s: %v", a.Article.ID, err)
		return nil
	}
	articleCount.Inc(ctx, 1)
	quoteCount.Inc(ctx, int64(len(lines)))
	for i, l := range lines {
		at := a.At
		at.Index = i
		emit(line{At: at, JSON: l})
	}
	return nil
}

// encode returns recs as lines of JSON, without newlines, as the CLI's
// jsonl writer encodes them: <, > and & are not escaped.
func encode[T any](recs []T) ([]string, error) {
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

// writeShards writes the lines to n files named by [shardName], one worker
// for each: textio.Write would send every line through one. Each line goes
// to the shard its hash picks, so that a retried bundle writes the same
// lines to the same shard again. Every shard is written, if need be empty,
// so that the n files of one run are always all there.
func writeShards(s beam.Scope, lines beam.PCollection, prefix string, n int) {
	s = s.Scope("writeShards")
	markers := beam.ParDo(s, shardMarker, beam.Create(s, indexes(n)...))
	keyed := beam.ParDo(s, &shardFn{Shards: n}, lines)
	shards := beam.GroupByKey(s, beam.Flatten(s, markers, keyed))
	beam.ParDo0(s, &writeFn{Prefix: prefix, Shards: n}, shards)
}

// shardMarker returns an empty line for shard i, so that the shard is
// written even if no record goes to it. Records are JSON objects, never
// empty, and [writeFn] skips empty lines.
func shardMarker(i int) (int, string) { return i, "" }

// shardFn keys each line with its shard: the FNV-1a hash of its JSON
// modulo Shards.
type shardFn struct {
	Shards int
}

// ProcessElement returns l's JSON keyed with its shard.
func (fn *shardFn) ProcessElement(l line) (int, string) {
	h := fnv.New32a()
	io.WriteString(h, l.JSON)
	return int(h.Sum32() % uint32(fn.Shards)), l.JSON
}

// shardName returns the name of shard i of n: PREFIX-00001-of-00004.jsonl,
// the numbering of Beam's own sinks.
func shardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// writeFn writes each shard's lines to its file.
type writeFn struct {
	Prefix string
	Shards int
}

// ProcessElement writes the lines of shard i, one per line, skipping the
// empty marker.
func (fn *writeFn) ProcessElement(ctx context.Context, i int, lines func(*string) bool) error {
	return writeFile(ctx, shardName(fn.Prefix, i, fn.Shards), func(yield func(string) bool) {
		var l string
		for lines(&l) {
			if l != "" && !yield(l) {
				return
			}
		}
	})
}

// writeFile writes lines to the file name through Beam's filesystems, so
// that it may be a local path, gs://… or s3://…, each line followed by a
// newline. The file is replaced whole, so a retry leaves no duplicates. A
// failure to write fails the bundle, for the runner to retry.
func writeFile(ctx context.Context, name string, lines iter.Seq[string]) (err error) {
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
	for l := range lines {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}
