// Whosaid-beam runs whosaid's extraction as an Apache Beam pipeline, on
// Prism in this process, on Dataflow, or on Flink and Spark through a
// portable job server. Each article gives the same records as the whosaid
// command does for it.
//
// Usage:
//
//	whosaid-beam --input GLOB [--input GLOB]... --output PREFIX [flags] [beam flags]
//
// Run whosaid-beam --help for more.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	// The file systems that --input and --output may name, besides local
	// paths: gs:// and s3://.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/internal/group"
	"github.com/whosaid/whosaid/internal/record"
	"github.com/whosaid/whosaid/quotes"
)

// The exit codes, as in whosaid.
const (
	exitOK    = 0 // every input processed
	exitError = 1 // an input failed (the others were still written), or the pipeline did
	exitUsage = 2 // bad flags or arguments; nothing was run
)

const name = "whosaid-beam"

const tryHelp = "Try 'whosaid-beam --help' for more information.\n"

const helpText = `Usage: whosaid-beam --input GLOB [--input GLOB]... --output PREFIX [flags] [beam flags]

Whosaid-beam finds the quotations in news articles and who said them, as
whosaid does, in an Apache Beam pipeline. It writes one JSON record per
quotation, with whosaid's fields, to the files PREFIX-00000-of-0000N.jsonl;
or with --group, one per distinct quotation or per speaker, as whosaid
--group does, to the one file PREFIX-00000-of-00001.jsonl.

Inputs: the files each GLOB matches, on the local disk, gs://… or s3://….
A file is a plain-text article, an HTML page (.html, .htm) or a JSONL corpus
(.jsonl, .ndjson), one article per line; gzip-compressed files are read too.
A record's source is the file's path as matched (for a GLOB of local files,
as the shell would expand it), or for a corpus line its id, or PATH:LINE.

Examples:
  whosaid-beam --input 'articles/*.txt' --output out/quotes
  whosaid-beam --group speaker --input 'articles/*.txt' --output out/speakers
  whosaid-beam --input 'gs://bucket/corpus/*.jsonl.gz' --output gs://bucket/out/quotes \
    --runner=dataflow --project=P --region=R \
    --staging_location=gs://bucket/staging --temp_location=gs://bucket/tmp \
    --worker_binary=whosaid-beam-linux-amd64

A glob that matches nothing, and a file, corpus line or article that
fails, is counted as an error, logged and skipped.
At the end, whosaid-beam prints the counters (articles, quotes, errors) to
standard error.

Exit status:
  0  every input was processed
  1  an input failed (the others were still written), or the pipeline failed
  2  bad flags or arguments; nothing was run

Flags:
  --input GLOB       the files to read; may be given more than once
  --output PREFIX    where to write the shards: a path, gs://… or s3://…
  --shards N         the number of shard files, written in parallel (default 4)
  --group KIND       one record per distinct quotation (quote) or per speaker
                     (speaker) across all inputs, in one file
  --indirect         also report speech without quotation marks, as kind
                     indirect
  --join             one record for a direct quotation and the parts that
                     continue it ("A," she said. "B.")
  --kinds LIST       keep only records of these kinds, separated by commas:
                     direct, partial, term, indirect (indirect turns on
                     --indirect)
  --min-confidence C keep only attributions with a speaker and a confidence
                     of at least C (0 to 1)
  --max-bytes N      fail an article, or a corpus line, larger than N bytes
                     (default 67108864, 64 MiB)
  -h, --help         show this help and exit

Beam's own flags choose where the pipeline runs: --runner (prism, the
default, runs it in this process; dataflow; universal with --endpoint for a
Flink or Spark job server), and that runner's options. See the README.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// globs is the value of --input: every glob given.
type globs []string

// String returns the globs, separated by commas.
func (g *globs) String() string { return strings.Join(*g, ",") }

// Set adds a glob.
func (g *globs) Set(s string) error {
	*g = append(*g, s)
	return nil
}

// run is the whole program. Beam's flags live in the flag package's
// command line, so whosaid-beam's own are added there too, and run can be
// called once per process. In a worker process started by a runner, it
// never returns: beam.Init runs the worker instead.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.CommandLine
	fs.Init(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run prints the errors and the help
	var cfg config
	fs.Var((*globs)(&cfg.inputs), "input", "the files to read: a `GLOB`; may be repeated")
	fs.StringVar(&cfg.output, "output", "", "the `PREFIX` of the shard files")
	fs.IntVar(&cfg.shards, "shards", 4, "the number of shard files")
	fs.Var(&cfg.group, "group", "one record per distinct quotation or per speaker: `KIND` is quote or speaker")
	fs.BoolVar(&cfg.opts.Indirect, "indirect", false, "also report speech without quotation marks")
	fs.BoolVar(&cfg.opts.Join, "join", false, "one record for a direct quotation and the parts that continue it")
	fs.Func("kinds", "keep only records of these kinds: a `LIST` separated by commas", func(v string) error {
		ks, err := record.AppendKinds(cfg.opts.Kinds, v)
		cfg.opts.Kinds = ks
		return err
	})
	fs.Float64Var(&cfg.opts.MinConfidence, "min-confidence", 0, "keep only attributions with a confidence of at least `C`")
	fs.Int64Var(&cfg.maxBytes, "max-bytes", corpus.DefaultMaxBytes, "the size of the largest article read")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			io.WriteString(stdout, helpText)
			return exitOK
		}
		return usageError(stderr, err)
	}
	beam.Init()

	switch {
	case fs.NArg() > 0:
		return usageError(stderr, fmt.Errorf("unexpected argument %q: inputs are given with --input", fs.Arg(0)))
	case len(cfg.inputs) == 0:
		return usageError(stderr, errors.New("--input is required"))
	case cfg.output == "":
		return usageError(stderr, errors.New("--output is required"))
	case cfg.shards < 1:
		return usageError(stderr, fmt.Errorf("invalid value %d for --shards: must be at least 1", cfg.shards))
	case cfg.group != group.None && isSet(fs, "shards"):
		return usageError(stderr, errors.New("--shards does not apply to --group, which writes one file"))
	case cfg.opts.MinConfidence < 0 || cfg.opts.MinConfidence > 1:
		return usageError(stderr, fmt.Errorf("invalid value %v for --min-confidence: must be from 0 to 1", cfg.opts.MinConfidence))
	case cfg.maxBytes < 1:
		return usageError(stderr, fmt.Errorf("invalid value %d for --max-bytes: must be at least 1", cfg.maxBytes))
	}
	if cfg.group != group.None {
		cfg.shards = 1
	}
	if slices.Contains(cfg.opts.Kinds, quotes.Indirect) {
		cfg.opts.Indirect = true // as the CLI does
	}

	p, s := beam.NewPipelineWithRoot()
	build(s, cfg)
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitError
	}
	if res == nil { // --async: the job goes on without us
		return exitOK
	}
	t := countersOf(res.Metrics())
	fmt.Fprintf(stderr, "%s: %d articles, %d quotes, %d errors\n", name, t.articles, t.quotes, t.errors)
	if t.errors > 0 {
		return exitError
	}
	return exitOK
}

// isSet reports whether the flag name was given.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// usageError reports a bad flag or argument and returns [exitUsage].
func usageError(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "%s: %v\n%s", name, err, tryHelp)
	return exitUsage
}

// A tally is the counters of a run.
type tally struct {
	articles, quotes, errors int64
}

// countersOf returns the whosaid counters in m, summed over the steps that
// report them.
func countersOf(m metrics.Results) tally {
	var t tally
	for _, c := range m.AllMetrics().Counters() {
		if c.Key.Namespace != "whosaid" {
			continue
		}
		switch c.Key.Name {
		case "articles":
			t.articles += c.Result()
		case "quotes":
			t.quotes += c.Result()
		case "errors":
			t.errors += c.Result()
		}
	}
	return t
}
