package report

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/whosaid/whosaid/internal/record"
)

// hostile is text that would run a script, load an image or end an element
// if the page did not escape it.
const hostile = `</script><script>alert(1)</script><img src="http://example.com/x.png"> & "quoted" 'single' \u2028`

// writePage writes the report of recs and returns it, parsed.
func writePage(t *testing.T, recs ...record.Record) (string, *html.Node) {
	t.Helper()
	r := New(Options{Sentences: true})
	for i := range recs {
		r.Add(&recs[i])
	}
	var buf bytes.Buffer
	if err := r.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return buf.String(), doc
}

// walk calls f for n and each node under it.
func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

// TestHTMLOffline checks that the page can load nothing: it has no
// element that loads, no attribute that points anywhere, no style that
// imports, and a content security policy that forbids it all.
func TestHTMLOffline(t *testing.T) {
	hostileRec := rec(hostile, hostile, hostile, "direct", hostile, 10, "Before "+hostile+" after.")
	_, doc := writePage(t, append(seeds(), hostileRec)...)
	scripts, policy := 0, ""
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.DataAtom {
		case atom.Img, atom.Link, atom.Iframe, atom.Object, atom.Embed, atom.Video, atom.Audio, atom.Source, atom.Base, atom.Form:
			t.Errorf("page has a <%s> element", n.Data)
		case atom.Script:
			scripts++
		case atom.Style:
			if css := n.FirstChild.Data; strings.Contains(css, "@import") || strings.Contains(css, "url(") {
				t.Errorf("style loads something: %.60s", css)
			}
		case atom.Meta:
			for _, a := range n.Attr {
				if a.Key == "http-equiv" && a.Val == "Content-Security-Policy" {
					for _, b := range n.Attr {
						if b.Key == "content" {
							policy = b.Val
						}
					}
				}
			}
		}
		for _, a := range n.Attr {
			switch a.Key {
			case "src", "href", "srcset", "action", "poster", "background":
				t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
			}
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s %s=%q>: an event handler in markup", n.Data, a.Key, a.Val)
			}
		}
	})
	if scripts != 2 {
		t.Errorf("page has %d scripts, want 2: the data and the code", scripts)
	}
	if !strings.HasPrefix(policy, "default-src 'none';") || strings.Contains(policy, "http") {
		t.Errorf("content security policy = %q", policy)
	}
}

// TestHTMLEscape checks that text from the records reaches the page as
// text: in the markup, escaped; in the data, as JSON that reads back the
// same.
func TestHTMLEscape(t *testing.T) {
	text, doc := writePage(t, rec(hostile, hostile, hostile, "direct", hostile, 10, "Before “"+hostile+"” after."))
	if strings.Contains(text, "<script>alert") || strings.Contains(text, "<img") {
		t.Errorf("page has the hostile text unescaped")
	}
	var data string
	var names, options []string
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		for _, a := range n.Attr {
			if a.Key == "id" && a.Val == "report-data" {
				data = n.FirstChild.Data
			}
			if a.Key == "data-name" && a.Val != "" {
				names = append(names, a.Val)
			}
		}
		if n.DataAtom == atom.Option && n.FirstChild != nil {
			options = append(options, n.FirstChild.Data)
		}
	})
	if len(names) != 1 || names[0] != hostile {
		t.Errorf("speaker list = %q, want the hostile name as it is", names)
	}
	if !slices.Contains(options, hostile) {
		t.Errorf("options = %q, want the hostile source as it is", options)
	}
	var got pageData
	if err := json.Unmarshal([]byte(data), &got); err != nil {
		t.Fatalf("page data: %v\n%s", err, data)
	}
	if got.Speakers[0] != hostile || got.Quotes[0].Text != hostile || got.Articles[0][0] != hostile {
		t.Errorf("page data does not read back the hostile text: %s", data)
	}
	place := got.Quotes[0].Places[0]
	if place[1] != "Before “" || place[2] != nil || place[3] != "” after." {
		t.Errorf("place = %q, want the sentence in three parts, the quotation null for the text", place)
	}
}

// TestHTMLEmpty checks the page of no records: empty lists, not null, for
// the script.
func TestHTMLEmpty(t *testing.T) {
	text, _ := writePage(t)
	if !strings.Contains(text, `{"speakers":[],"kinds":[],"articles":[],"quotes":[]}`) {
		t.Errorf("page of nothing has the data %q", text[strings.Index(text, `id="report-data"`):][:120])
	}
}

// TestHTMLSpeakers checks the speaker list: most distinct quotations first,
// a quotation counted for each speaker named for it.
func TestHTMLSpeakers(t *testing.T) {
	ironic := func(src, speaker string) record.Record { return rec(src, "ironic", speaker, "partial", "said", 1, "") }
	_, doc := writePage(t, append(seeds(), ironic("mt.txt", "Russian officials"), ironic("afp.txt", "Kremlin"))...)
	var got []string
	walk(doc, func(n *html.Node) {
		for _, a := range n.Attr {
			if a.Key == "data-name" {
				var count string
				for _, b := range n.Attr {
					if b.Key == "data-count" {
						count = b.Val
					}
				}
				got = append(got, a.Val+" "+count)
			}
		}
	})
	want := "Vladimir Putin 3|Kim Jong Un 1|Russian officials 1|Kremlin 1| 1"
	if strings.Join(got, "|") != want {
		t.Errorf("speaker list = %q, want %q", strings.Join(got, "|"), want)
	}
}
