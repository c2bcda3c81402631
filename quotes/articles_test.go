package quotes

import (
	"path/filepath"
	"testing"
)

// articleFiles returns the article texts under the top-level testdata.
func articleFiles(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		tb.Fatal("no articles under ../testdata/articles")
	}
	return files
}
