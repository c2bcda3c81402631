package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/internal/corpus"
	"github.com/whosaid/whosaid/internal/group"
	"github.com/whosaid/whosaid/internal/record"
	"github.com/whosaid/whosaid/internal/report"
	"github.com/whosaid/whosaid/quotes"
)

// pipelineTimeout bounds each pipeline run: Prism is known to hang in
// RUNNING rather than fail when its workers cannot start, and a test must
// fail instead.
const pipelineTimeout = 5 * time.Minute

func TestMain(m *testing.M) {
	// Run the workers in this process. Prism's default, but say so: its
	// PROCESS environment hangs (see the README).
	*jobopts.EnvironmentType = "LOOPBACK"
	ptest.MainWithDefault(m, "prism")
}

// runPipeline runs the pipeline of cfg on Prism and returns its counters.
func runPipeline(t *testing.T, cfg config) tally {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	build(s, cfg)
	ctx, cancel := context.WithTimeout(context.Background(), pipelineTimeout)
	defer cancel()
	type outcome struct {
		res beam.PipelineResult
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		res, err := beam.Run(ctx, "prism", p)
		done <- outcome{res, err}
	}()
	select {
	case o := <-done:
		if o.err != nil {
			t.Fatalf("pipeline failed: %v", o.err)
		}
		return countersOf(o.res.Metrics())
	case <-time.After(pipelineTimeout + 10*time.Second):
		t.Fatalf("pipeline still running after %v", pipelineTimeout)
	}
	panic("unreachable")
}

// readShards returns the lines of the n shards at prefix, sorted, and
// fails if any shard is missing or there are others.
func readShards(t *testing.T, prefix string, n int) []string {
	t.Helper()
	files, err := filepath.Glob(prefix + "-*")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := range n {
		want = append(want, shardName(prefix, i, n))
	}
	if diff := cmp.Diff(want, files); diff != "" {
		t.Fatalf("shard files mismatch (-want +got):\n%s", diff)
	}
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		sc.Buffer(nil, 1<<30)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
	}
	slices.Sort(lines)
	return lines
}

// extract returns the records that the CLI's extraction, with opts, gives
// for arts, in the order of the CLI's output.
func extract(t *testing.T, opts record.Options, arts ...corpus.Article) []record.Record {
	t.Helper()
	m, err := loadModel()
	if err != nil {
		t.Fatal(err)
	}
	ex := record.NewExtractor(m, opts)
	var recs []record.Record
	for _, a := range arts {
		r, err := ex.Extract(a)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		recs = append(recs, r...)
	}
	return recs
}

// direct returns the lines the CLI writes for arts, with opts, sorted.
func direct(t *testing.T, opts record.Options, arts ...corpus.Article) []string {
	t.Helper()
	lines, err := encode(extract(t, opts, arts...))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(lines)
	return lines
}

// seeds returns the articles that glob matches, read as the CLI reads
// plain-text files, in the order the CLI reads them given the matches as
// its arguments.
func seeds(t *testing.T, glob string) []corpus.Article {
	t.Helper()
	paths, err := filepath.Glob(glob)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles match %s: %v", glob, err)
	}
	var arts []corpus.Article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, corpus.Article{ID: p, Text: string(data)})
	}
	return arts
}

// seedGlob matches the repository's test articles.
const seedGlob = "../../testdata/articles/*.txt"

// TestSameAsCLI runs the pipeline over the repository's test articles and
// checks that it gives the records that the CLI's extraction gives for
// the same paths, with the default options and with others.
func TestSameAsCLI(t *testing.T) {
	arts := seeds(t, seedGlob)
	for _, tt := range []struct {
		name string
		opts record.Options
	}{
		{"default", record.Options{}},
		{"indirect,min-confidence", record.Options{Indirect: true, MinConfidence: 0.8}},
		{"indirect,join,kinds", record.Options{Indirect: true, Join: true, Kinds: []quotes.Kind{quotes.Direct, quotes.Partial}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want := direct(t, tt.opts, arts...)
			if len(want) == 0 {
				t.Fatal("the test articles give no records")
			}
			prefix := filepath.Join(t.TempDir(), "out", "quotes")
			got := runPipeline(t, config{inputs: []string{seedGlob}, output: prefix, shards: 3,
				maxBytes: corpus.DefaultMaxBytes, opts: tt.opts})
			if diff := cmp.Diff(want, readShards(t, prefix, 3)); diff != "" {
				t.Errorf("records mismatch (-want +got):\n%s", diff)
			}
			if c := (tally{articles: int64(len(arts)), quotes: int64(len(want))}); got != c {
				t.Errorf("counters = %+v, want %+v", got, c)
			}
		})
	}
}

// TestGroupsSameAsCLI checks that --group gives, in order, the groups
// that the CLI's grouping gives for the records of the same paths.
func TestGroupsSameAsCLI(t *testing.T) {
	recs := extract(t, record.Options{}, seeds(t, seedGlob)...)
	rep := report.New(report.Options{})
	for i := range recs {
		rep.Add(&recs[i])
	}
	for _, by := range []group.By{group.ByQuote, group.BySpeaker} {
		t.Run(string(by), func(t *testing.T) {
			var want []string
			var err error
			if by == group.ByQuote {
				want, err = encode(rep.Quotes())
			} else {
				want, err = encode(rep.Speakers())
			}
			if err != nil || len(want) == 0 {
				t.Fatalf("no groups to compare with: %v", err)
			}
			prefix := filepath.Join(t.TempDir(), "groups")
			runPipeline(t, config{inputs: []string{seedGlob}, output: prefix, shards: 1,
				maxBytes: corpus.DefaultMaxBytes, group: by})
			data, err := os.ReadFile(shardName(prefix, 0, 1))
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("groups mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestGroupsEmpty checks that --group writes its file when there is
// nothing to group.
func TestGroupsEmpty(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("No quotations here.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	prefix := filepath.Join(dir, "out", "groups")
	runPipeline(t, config{inputs: []string{filepath.Join(dir, "*.txt")}, output: prefix, shards: 1,
		maxBytes: corpus.DefaultMaxBytes, group: group.ByQuote})
	data, err := os.ReadFile(shardName(prefix, 0, 1))
	if err != nil || len(data) != 0 {
		t.Errorf("%s: %q, %v; want an empty file", shardName(prefix, 0, 1), data, err)
	}
}

// TestBadInputs checks that corpora are read line by line, that files and
// lines that fail are counted and skipped, and that the rest is written.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	const (
		text  = "“We will rebuild,” the mayor said on Tuesday.\n"
		lines = `{"id": "a1", "outlet": "Example News", "text": "“Not now,” said Jane Doe."}
{"id": 7}
not json
{"text": "The minister said: “We are ready.”"}
`
	)
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	plain := write("a.txt", text)
	jsonl := write("b.jsonl", lines)
	write("c.txt", "binary\x00data")
	var gz strings.Builder
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"id": "z1", "text": "“Compressed,” she said."}` + "\n"))
	zw.Close()
	write("d.jsonl.gz", gz.String())

	want := direct(t, record.Options{},
		corpus.Article{ID: plain, Text: text},
		corpus.Article{ID: "a1", Outlet: "Example News", Text: "“Not now,” said Jane Doe."},
		corpus.Article{ID: jsonl + ":4", Text: "The minister said: “We are ready.”"},
		corpus.Article{ID: "z1", Text: "“Compressed,” she said."},
	)
	prefix := filepath.Join(dir, "out", "quotes")
	inputs := []string{filepath.Join(dir, "*.txt"), filepath.Join(dir, "*.jsonl*"), filepath.Join(dir, "*.none")}
	got := runPipeline(t, config{inputs: inputs, output: prefix, shards: 2, maxBytes: 1 << 20})
	if diff := cmp.Diff(want, readShards(t, prefix, 2)); diff != "" {
		t.Errorf("records mismatch (-want +got):\n%s", diff)
	}
	// Errors: the glob that matches nothing, the binary file and the two
	// bad corpus lines.
	if c := (tally{articles: 4, quotes: int64(len(want)), errors: 4}); got != c {
		t.Errorf("counters = %+v, want %+v", got, c)
	}
}

func TestFormat(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"a.txt", "text"},
		{"a", "text"},
		{"gs://b/c.JSONL", "jsonl"},
		{"c.ndjson.gz", "jsonl"},
		{"s3://b/p.html", "html"},
		{"p.htm.gz", "html"},
		{"dir.jsonl/a.txt", "text"},
	} {
		if got := format(tt.name); got != tt.want {
			t.Errorf("format(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
