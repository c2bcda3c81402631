package corpus

import (
	"fmt"
	"io"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ReadHTML reads the web page in r and returns its main text, found by
// go-readability (a port of Firefox's Reader View), as an article with the
// given ID. The page's title, byline, site name (as Outlet), publication
// date and canonical URL come with it, where the page gives them.
//
// The text has a blank line between paragraphs. It is not the page: offsets
// into it do not point into the HTML. A page with no text that go-readability
// recognises gives an article with empty Text and no error. The page's
// character set is detected from its content; the text is UTF-8.
//
// ReadHTML reads all of r. It is safe for concurrent use.
func ReadHTML(r io.Reader, id string) (Article, error) {
	doc, err := dom.Parse(r)
	if err != nil {
		return Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	a := Article{ID: id, URL: canonicalURL(doc)}
	parser := readability.NewParser()
	page, err := parser.ParseAndMutate(doc, nil)
	if err != nil {
		return Article{}, fmt.Errorf("extract text: %w", err)
	}
	if page.Node != nil {
		var sb strings.Builder
		if err := page.RenderText(&sb); err != nil {
			return Article{}, fmt.Errorf("extract text: %w", err)
		}
		a.Text = sb.String()
	}
	a.Title = page.Title()
	a.Byline = page.Byline()
	a.Outlet = page.SiteName()
	if t, err := page.PublishedTime(); err == nil {
		a.Date = t.Format(time.RFC3339)
	}
	return a, nil
}

// canonicalURL returns the page's address as doc gives it: the href of
// <link rel="canonical">, else the content of <meta property="og:url">, or
// "" if it has neither.
func canonicalURL(doc *html.Node) string {
	var canonical, og string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				if og == "" && attr(n, "property") == "og:url" {
					og = strings.TrimSpace(attr(n, "content"))
				}
			case atom.Body:
				return // metadata is in the head
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	if canonical != "" {
		return canonical
	}
	return og
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether the space-separated list s holds tok, ignoring
// case, as HTML's rel attribute is read.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
