package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadHTML(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := ReadHTML(f, "article.html")
	if err != nil {
		t.Fatal(err)
	}
	want := Article{
		ID:     "article.html",
		URL:    "https://gazette.example/2024/04/12/mayor-rebuild",
		Outlet: "Riverton Gazette",
		Title:  "Mayor vows to rebuild after flood",
		Date:   "2024-04-12T09:30:00Z",
		Byline: "Ann Reporter",
	}
	text := got.Text
	got.Text = ""
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadHTML metadata mismatch (-want +got):\n%s", diff)
	}
	// The article's paragraphs are there, a blank line apart; the page's
	// navigation, script, advertisement and footer are not.
	for _, s := range []string{
		"\n\n“We will rebuild,” Mayor Jane Smith told reporters",
		"we will do it together.”\n\nHer critics",
		"“Some people had less.”",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("text does not contain %q:\n%s", s, text)
		}
	}
	for _, s := range []string{"Home", "tracking", "exclusive", "All rights reserved", "font-family"} {
		if strings.Contains(text, s) {
			t.Errorf("text contains %q:\n%s", s, text)
		}
	}
}

func TestReadHTMLCharset(t *testing.T) {
	page := "<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><article><p>" +
		strings.Repeat("The council met again on Tuesday evening to discuss the repairs. ", 5) +
		"\x93We will rebuild,\x94 the mayor said.</p></article></body></html>"
	a, err := ReadHTML(strings.NewReader(page), "p.html")
	if err != nil {
		t.Fatal(err)
	}
	if want := "“We will rebuild,” the mayor said."; !strings.HasSuffix(a.Text, want) {
		t.Errorf("text = %q, want it to end with %q", a.Text, want)
	}
}

// TestReadHTMLPlain checks pages with little or no HTML in them.
func TestReadHTMLPlain(t *testing.T) {
	tests := []struct{ page, text string }{
		{"", ""},
		{"<html></html>", ""},
		{"not html at all", "not html at all"},
		{"He said “hi”.\n\nShe said “bye”.", "He said “hi”. She said “bye”."}, // white space is HTML's
	}
	for _, tt := range tests {
		a, err := ReadHTML(strings.NewReader(tt.page), "p.html")
		if want := (Article{ID: "p.html", Text: tt.text}); err != nil || a != want {
			t.Errorf("ReadHTML(%q) = %+v, %v; want %+v, nil", tt.page, a, err, want)
		}
	}
}
