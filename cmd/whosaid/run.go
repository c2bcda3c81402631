package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
	"syscall"

	"github.com/spf13/pflag"

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

// helpText is the help before the flags, which [run] adds from the FlagSet.
const helpText = synopsis + `
Whosaid finds the quotations in news articles and who said them, and prints
one record per quotation.

Each FILE is one article in plain text. A DIR is searched for files at any
depth, in lexical order, skipping names that begin with a dot. A FILE that is -
means standard input, named <stdin> in the output; with no arguments at all,
whosaid reads standard input unless it is a terminal.

Examples:
  whosaid article.txt
  whosaid --format table article.txt
  whosaid --format csv --output quotes.csv articles/
  whosaid - < article.txt

Output fields, in this order (null when unknown):
  source           the input as named on the command line, or <stdin>
  quote            the quotation's text, without its quotation marks
  start, end       byte offsets of the quotation in the input, end exclusive
  kind             direct, partial (words inside the writer's sentence) or term
  speaker          who said it, named in full as the article introduces them
  speaker_mention  the speaker as written at the cue: "he", "the minister"
  speaker_type     person, organization or group
  cue              the reporting words as written: "said", "according to"
  addressee        whom it was said to
  via              the secondary source it came through: "a Kremlin readout"
  confidence       how sure the attribution is, 0 to 1; null with no speaker
  method           the rule that attributed it

Formats:
  jsonl  one JSON object per line
  csv    a header row, then one row per quotation; null is an empty cell
  table  aligned columns for reading: SOURCE START END KIND SPEAKER CUE QUOTE

Exit status:
  0  every input was processed
  1  an input failed (the others were still written), or the output failed
  2  bad flags or arguments; nothing was processed

Flags:
`

// loadModel loads the prose model the first time it is called; it is shared
// by every call of [run], which matters in tests.
var loadModel = sync.OnceValues(speakers.LoadModel)

// options are the parsed command-line flags.
type options struct {
	format  format
	output  string
	jobs    int
	help    bool
	version bool
}

// run is the whole program; tests call it with in-memory streams. It returns
// the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs, opts := newFlagSet(stderr)
	if err := fs.Parse(args); err != nil {
		return usageError(stderr, err)
	}
	switch {
	case opts.help:
		io.WriteString(stdout, helpText+fs.FlagUsages())
		return exitOK
	case opts.version:
		fmt.Fprintln(stdout, name, version())
		return exitOK
	}
	if !fs.Changed("jobs") {
		opts.jobs = runtime.GOMAXPROCS(0)
	} else if opts.jobs < 1 {
		return usageError(stderr, fmt.Errorf("invalid argument %q for %q flag: must be at least 1",
			strconv.Itoa(opts.jobs), "-j, --jobs"))
	}
	files := fs.Args()
	if len(files) == 0 {
		if isTerminal(stdin) {
			io.WriteString(stderr, synopsis+tryHelp)
			return exitUsage
		}
		files = []string{"-"}
	}

	out, closeOut, err := openOutput(opts.output, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitError
	}
	m, err := loadModel()
	if err != nil {
		closeOut()
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitError
	}
	b := &batch{resolve: speakers.New(m).Resolve}

	bw := bufio.NewWriter(out)
	w := newWriter(opts.format, bw)
	failed := false
	err = b.run(inputs(files, stdin), opts.jobs, func(r result) error {
		if r.err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", name, r.err)
			failed = true
			return nil
		}
		for i := range r.records {
			if err := w.write(&r.records[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		err = w.flush()
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		if !errors.Is(err, syscall.EPIPE) {
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
		}
		return exitError
	}
	if failed {
		return exitError
	}
	return exitOK
}

// newFlagSet returns the command's flags and the options they set. Parse
// errors are returned, not printed; the help is printed by [run].
func newFlagSet(stderr io.Writer) (*pflag.FlagSet, *options) {
	opts := &options{format: "jsonl"}
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.VarP(&opts.format, "format", "f", "output `FORMAT`: jsonl, csv or table")
	fs.StringVarP(&opts.output, "output", "o", "", "write to `FILE` instead of standard output")
	fs.IntVarP(&opts.jobs, "jobs", "j", 0, "process `N` articles at a time (default: the number of CPUs)")
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
