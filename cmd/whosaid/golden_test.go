package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The end-to-end articles are testdata/articles/*.txt at the top of the
// repository; their expected output is testdata/golden/NAME.jsonl (and for
// one, NAME.csv, NAME.tsv, NAME.md, NAME.txt and NAME.html in the csv, tsv,
// markdown, table and html formats). The golden tests
// run from the top of the repository, so that source fields read as a user
// running whosaid there would see them.
var (
	articleDir = filepath.Join("testdata", "articles")
	goldenDir  = filepath.Join("testdata", "golden")
)

// checkGolden compares got with the golden file at path, or with -update
// rewrites the file.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

// runGolden runs whosaid with args, which must succeed, and checks its
// output against the golden file at path.
func runGolden(t *testing.T, path string, args ...string) {
	t.Helper()
	code, stdout, stderr := runCLI(t, nil, args...)
	if code != exitOK || stderr != "" {
		t.Fatalf("whosaid %s = %d, stderr %q; want 0, \"\"", strings.Join(args, " "), code, stderr)
	}
	checkGolden(t, path, stdout)
}

// testArticles changes to the top of the repository for the rest of the
// test and returns the paths of the articles in [articleDir].
func testArticles(t *testing.T) []string {
	t.Helper()
	t.Chdir(filepath.Join("..", ".."))
	articles, err := filepath.Glob(filepath.Join(articleDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(articles) == 0 {
		t.Fatalf("no articles in %s", articleDir)
	}
	return articles
}

func TestGoldenHelp(t *testing.T) {
	runGolden(t, filepath.Join("testdata", "help.golden"), "--help")
}

func TestGolden(t *testing.T) {
	articles := testArticles(t)
	for _, a := range articles {
		name := strings.TrimSuffix(filepath.Base(a), ".txt")
		t.Run(name, func(t *testing.T) {
			runGolden(t, filepath.Join(goldenDir, name+".jsonl"), "-f", "jsonl", a)
		})
	}
	name := strings.TrimSuffix(filepath.Base(articles[0]), ".txt")
	t.Run("csv", func(t *testing.T) {
		runGolden(t, filepath.Join(goldenDir, name+".csv"), "-f", "csv", articles[0])
	})
	t.Run("table", func(t *testing.T) {
		runGolden(t, filepath.Join(goldenDir, name+".txt"), "-f", "table", articles[0])
	})
	for _, f := range []struct{ format, ext string }{{"tsv", "tsv"}, {"markdown", "md"}, {"html", "html"}} {
		t.Run(f.format, func(t *testing.T) {
			runGolden(t, filepath.Join(goldenDir, name+"."+f.ext), "-f", f.format, articles[0])
		})
	}
}

// TestGoldenGroups checks every format of the groups of the seed articles
// against testdata/golden/seeds-quote.* and seeds-speaker.*, and their
// report against seeds.html.
func TestGoldenGroups(t *testing.T) {
	articles := testArticles(t)
	formats := []struct{ format, ext string }{
		{"jsonl", "jsonl"}, {"csv", "csv"}, {"tsv", "tsv"}, {"markdown", "md"}, {"table", "txt"},
	}
	for _, g := range []string{"quote", "speaker"} {
		for _, f := range formats {
			t.Run(g+"/"+f.format, func(t *testing.T) {
				args := append([]string{"--group", g, "-f", f.format}, articles...)
				runGolden(t, filepath.Join(goldenDir, "seeds-"+g+"."+f.ext), args...)
			})
		}
	}
	t.Run("html", func(t *testing.T) {
		runGolden(t, filepath.Join(goldenDir, "seeds.html"), append([]string{"-f", "html"}, articles...)...)
	})
}

// TestReadmeExample checks that the sample output in the README is what
// whosaid prints for the command shown above it.
func TestReadmeExample(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	const prompt = "$ whosaid "
	_, block, ok := strings.Cut(string(readme), prompt)
	if !ok {
		t.Fatal("README has no example command")
	}
	block, _, _ = strings.Cut(block, "\n```")
	cmdLine, sample, _ := strings.Cut(block, "\n")
	sample = strings.TrimSuffix(sample, "…")
	t.Chdir(filepath.Join("..", ".."))
	code, stdout, stderr := runCLI(t, nil, strings.Fields(cmdLine)...)
	if code != exitOK || stderr != "" {
		t.Fatalf("whosaid %s = %d, stderr %q", cmdLine, code, stderr)
	}
	if !strings.HasPrefix(stdout, sample) {
		t.Errorf("README sample is not a prefix of the output of whosaid %s:\n%s", cmdLine, stdout)
	}
}
