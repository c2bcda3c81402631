package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/pflag"

	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/internal/record"
	"github.com/whosaid/whosaid/quotes"
	"github.com/whosaid/whosaid/speakers"
)

// The exit codes, documented in the help text.
const (
	exitOK    = 0 // every input processed
	exitError = 1 // at least one input failed, the others were still written; or the output failed
	exitUsage = 2 // bad flags or arguments; nothing was processed
)

const name = "whosaid"

// tryHelp ends every usage error.
const tryHelp = "Try 'whosaid --help' for more information.\n"

// synopsis is the first line of the help, and all of it that a terminal with
// nothing on standard input gets.
const synopsis = "Usage: whosaid [flags] [FILE|DIR|-]...\n"

// helpText is the help before the flags, which [cli.run] adds from the
// FlagSet.
const helpText = synopsis + `
Whosaid finds the quotations in news articles and who said them, and prints
one record per quotation.

Inputs:
  FILE  an article in plain text; an HTML page (.html, .htm), of which the
        main text is read; or a JSONL corpus (.jsonl, .ndjson), one article
        per line, read as a stream. --input-format overrides the name. A FILE
        may be gzip-compressed, whatever its name.
  DIR   the files in it at any depth, in lexical order, skipping names that
        begin with a dot; binary files in it are skipped with a notice.
  -     standard input, named <stdin>: plain text unless --input-format says
        otherwise. With no arguments at all, whosaid reads standard input
        unless it is a terminal.

A corpus line is a JSON object with the article in "text" and, if known, its
"id", "url", "outlet", "title" and "date":
  {"id": "a1", "outlet": "Example News", "text": "“We will rebuild,” she said."}

Examples:
  whosaid article.txt
  whosaid --format table article.txt page.html
  whosaid --format csv --output quotes.csv articles/
  whosaid --group quote --format table articles/
  whosaid --indirect --kinds direct,partial --min-confidence 0.8 articles/
  whosaid --format html --output report.html articles/
  whosaid - < article.txt
  zcat corpus.jsonl.gz | whosaid --input-format jsonl -q - > quotes.jsonl

Output fields, in this order (null when unknown):
  source           the input as named on the command line, or <stdin>; for a
                   corpus line, the article's id, or FILE:LINE without one
  quote            the quotation's text, without its quotation marks
  start, end       byte offsets of the quotation in the article's text (for
                   HTML, the text extracted from it), end exclusive; with
                   --join, from its first part to its last, cues included
  kind             direct, partial (words inside the writer's sentence; with
                   --indirect, the reported clause around them), term (a
                   scare quote or title), or, with --indirect, indirect
                   (reported speech without quotation marks); --kinds keeps
                   some of them
  speaker          who said it, named in full as the article introduces them
  speaker_mention  the speaker as written at the cue: "he", "the minister"
  speaker_type     person, organization or group
  cue              the reporting words as written: "said", "according to"
  addressee        whom it was said to
  via              the secondary source it came through: "a Kremlin readout"
  confidence       how sure the attribution is, 0 to 1; null with no speaker
  method           the rule that attributed it
  url              the article's address      (from a corpus line or HTML)
  outlet           the publication            (from a corpus line or HTML,
                   else inferred from a credit such as "(AFP photo)")
  title            the headline               (from a corpus line or HTML)
  date             the date of publication    (from a corpus line or HTML)
  outlet_inferred  true if the outlet was inferred from the text, false if
                   given; null with no outlet
  negated          true if the cue is negated ("did not say that ..."): the
                   speaker did not say it; null with no cue

Formats:
  jsonl     one JSON object per line
  csv       a header row, then one row per record; null is an empty cell
  tsv       the same, separated by tabs; \t, \n, \r and \\ in a field are
            escaped, so that each record is one line
  markdown  a Markdown table with the same columns
  table     aligned columns for reading: SOURCE START END KIND SPEAKER CUE
            QUOTE; grouped, COUNT SPEAKER KIND OUTLETS QUOTE, or SPEAKER
            TYPE QUOTES SOURCES CUES OUTLETS
  html      one page to open in a web browser, with nothing to load: the
            speakers and their quotations, each in its sentence, to filter
            by speaker, kind, source and words; grouped as by --group quote

Grouping:
  --group quote writes one record per distinct quotation across all inputs,
  however each article split, punctuated or trimmed it, in the order first
  found:
    quote         the longest wording
    speaker       the speaker most sources name, and speaker_type
    speakers      every speaker named for it, when the sources disagree
    kinds         its distinct kinds
    count         how many times it was found
    sources       where: each source, start and end, with the article's url,
                  outlet, title, date and outlet_inferred (flat formats:
                  the distinct sources' names)
    outlets       the distinct outlets of its sources, given or inferred
    variants      its distinct wordings
  --group speaker writes one record per speaker, most quoted first:
    speaker       the speaker; a surname alone counts under the one fuller
                  name that ends with it
    speaker_type  person, organization or group
    quotes        how many quotations are theirs
    sources       the distinct sources
    cues          the reporting words, most used first, with their counts
    outlets       the distinct outlets of the sources, given or inferred
  Empty lists are null. In csv, tsv and markdown, a list is one cell, its
  items joined by "; ". Grouping holds the records, not the articles, in
  memory until the end.

On a terminal, a progress bar on standard error shows the articles done, the
rate and the time left; -q turns it off. -v prints a summary at the end.

An article whose text is larger than --max-bytes fails with an error, and
the others go on; an HTML page or a corpus line may take four times as many
bytes, for the markup or escapes around the text. A SIZE is a number of
bytes, or a number and a unit: k, M, G (or KiB, MiB, GiB) are powers of
1024; kB, MB, GB are powers of 1000.

Exit status:
  0  every input was processed (binary files skipped in a DIR included)
  1  an input failed (the others were still written), or the output failed
  2  bad flags or arguments; nothing was processed

Flags:
`

// loadModel loads the prose model the first time it is called; it is shared
// by every call of [run], which matters in tests.
var loadModel = sync.OnceValues(speakers.LoadModel)

// extractor returns the function that extracts the records of an article
// with opts, loading the model the first time an article needs it: whosaid
// given nothing to do starts and ends at once.
func extractor(opts record.Options) func(corpus.Article) ([]record.Record, error) {
	load := sync.OnceValues(func() (*record.Extractor, error) {
		m, err := loadModel()
		if err != nil {
			return nil, err
		}
		return record.NewExtractor(m, opts), nil
	})
	return func(a corpus.Article) ([]record.Record, error) {
		if a.Text == "" {
			return nil, nil
		}
		e, err := load()
		if err != nil {
			return nil, err
		}
		return e.Extract(a)
	}
}

// options are the parsed command-line flags.
type options struct {
	format      format
	group       grouping
	inputFormat inputFormat
	output      string
	jobs        int
	maxBytes    byteSize
	indirect    bool
	join        bool
	minConf     float64
	kinds       kindList
	quiet       bool
	verbose     bool
	help        bool
	version     bool
}

// run is the whole program; tests call it with in-memory streams. It returns
// the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr, isTTY: isTTY, now: time.Now, extract: extractor}
	return c.run(args)
}

// A cli is one run of whosaid: its streams, and what it asks of the world
// outside them, which tests replace.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	isTTY          func(w io.Writer) bool // whether to draw a progress bar on w
	now            func() time.Time       // for the time in the summary
	// extract returns the function that extracts an article's records
	extract func(record.Options) func(corpus.Article) ([]record.Record, error)
}

// A tally counts what a run has done, for the summary.
type tally struct {
	articles, quotations, errors, skipped int
}

// run runs whosaid with args and returns the exit code.
func (c *cli) run(args []string) int {
	start := c.now()
	fs, opts := newFlagSet(c.stderr)
	if err := fs.Parse(args); err != nil {
		return usageError(c.stderr, err)
	}
	switch {
	case opts.help:
		io.WriteString(c.stdout, helpText+fs.FlagUsages())
		return exitOK
	case opts.version:
		fmt.Fprintln(c.stdout, name, version())
		return exitOK
	}
	if !fs.Changed("jobs") {
		opts.jobs = runtime.GOMAXPROCS(0)
	} else if opts.jobs < 1 {
		return usageError(c.stderr, fmt.Errorf("invalid argument %q for %q flag: must be at least 1",
			strconv.Itoa(opts.jobs), "-j, --jobs"))
	}
	if opts.minConf < 0 || opts.minConf > 1 {
		return usageError(c.stderr, fmt.Errorf("invalid argument %q for %q flag: must be between 0 and 1",
			strconv.FormatFloat(opts.minConf, 'g', -1, 64), "--min-confidence"))
	}
	files := fs.Args()
	if len(files) == 0 {
		if isTerminal(c.stdin) {
			io.WriteString(c.stderr, synopsis+tryHelp)
			return exitUsage
		}
		files = []string{"-"}
	}

	out, closeOut, err := openOutput(opts.output, c.stdout)
	if err != nil {
		fmt.Fprintf(c.stderr, "%s: %v\n", name, err)
		return exitError
	}
	srcs := sources(files, opts.inputFormat)
	var bar *progress
	if !opts.quiet && c.isTTY(c.stderr) {
		total := -1
		if n, ok := count(srcs); ok {
			total = n
		}
		if total != 0 {
			bar = newProgress(c.stderr, total)
		}
	}

	indirect := opts.indirect || slices.Contains(opts.kinds, quotes.Indirect)
	b := &batch{extract: c.extract(record.Options{Indirect: indirect, Join: opts.join, MinConfidence: opts.minConf, Kinds: opts.kinds})}
	bw := bufio.NewWriter(out)
	w := newWriter(opts.format, bw)
	if opts.group != groupNone {
		w = newGroupWriter(opts.group, opts.format, bw)
	}
	var t tally
	failed := false
	err = b.run(inputs(srcs, c.stdin, int64(opts.maxBytes)), opts.jobs, func(r result) error {
		bar.add()
		if r.err != nil {
			bar.clear()
			fmt.Fprintf(c.stderr, "%s: %v\n", name, r.err)
			if r.skipped {
				t.skipped++
			} else {
				failed = true
				t.errors++
			}
			return nil
		}
		t.articles++
		t.quotations += len(r.records)
		for i := range r.records {
			if err := w.write(&r.records[i]); err != nil {
				return err
			}
		}
		return nil
	})
	bar.finish()
	if err == nil {
		err = w.flush()
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil && !errors.Is(err, syscall.EPIPE) {
		fmt.Fprintf(c.stderr, "%s: %v\n", name, err)
	}
	if opts.verbose {
		fmt.Fprintf(c.stderr, "%s: %d articles, %d quotations, %d errors, %d skipped in %.2f s\n",
			name, t.articles, t.quotations, t.errors, t.skipped, c.now().Sub(start).Seconds())
	}
	if err != nil || failed {
		return exitError
	}
	return exitOK
}

// newFlagSet returns the command's flags and the options they set. Parse
// errors are returned, not printed; the help is printed by [run].
func newFlagSet(stderr io.Writer) (*pflag.FlagSet, *options) {
	opts := &options{format: "jsonl", inputFormat: inputAuto, maxBytes: defaultMaxBytes}
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.VarP(&opts.format, "format", "f", "output `FORMAT`: jsonl, csv, tsv, markdown, table or html")
	fs.Var(&opts.group, "group", "one record per distinct quotation or per speaker: `KIND` is quote or speaker")
	fs.Var(&opts.inputFormat, "input-format", "input `FORMAT`: auto, text, jsonl or html")
	fs.StringVarP(&opts.output, "output", "o", "", "write to `FILE` instead of standard output")
	fs.IntVarP(&opts.jobs, "jobs", "j", 0, "process `N` articles at a time (default: the number of CPUs)")
	fs.BoolVar(&opts.indirect, "indirect", false, "also report speech without quotation marks, as kind indirect")
	fs.BoolVar(&opts.join, "join", false, "one record for a direct quotation and the parts that continue it after its cue")
	fs.Float64Var(&opts.minConf, "min-confidence", 0, "keep only attributions with a speaker and a confidence of at least `C` (0 to 1)")
	fs.Var(&opts.kinds, "kinds", "keep only records of the kinds in `LIST`, such as direct,partial; indirect turns on --indirect")
	fs.Var(&opts.maxBytes, "max-bytes", "fail an article larger than `SIZE`, such as 10MB")
	fs.BoolVarP(&opts.quiet, "quiet", "q", false, "show no progress bar")
	fs.BoolVarP(&opts.verbose, "verbose", "v", false, "print a summary to standard error at the end")
	fs.BoolVarP(&opts.help, "help", "h", false, "show this help and exit")
	fs.BoolVar(&opts.version, "version", false, "print the version and exit")
	return fs, opts
}

// usageError reports a bad flag or argument and returns [exitUsage].
func usageError(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "%s: %v\n%s", name, err, tryHelp)
	return exitUsage
}

// version returns the module version the binary was built from, or
// "(devel)" when it has none.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// isTerminal reports whether r is a terminal, or some other character device
// such as /dev/null, from which reading an article makes no sense.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// openOutput returns where the records go: the file named path, created or
// truncated, or stdout when path is empty. The close function must be called
// once; for stdout it does nothing.
func openOutput(path string, stdout io.Writer) (io.Writer, func() error, error) {
	if path == "" {
		return stdout, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}
