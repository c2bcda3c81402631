//go:build e2e

// The browser tests open the HTML report in headless Chromium, click
// through it and take a screenshot. They need Debian's chromium package
// (apt-get install chromium) or $CHROMIUM, and run with make e2e:
//
//	go test -tags e2e -run E2E -count 1 -v ./cmd/whosaid
//
// The screenshot goes to $WHOSAID_SCREENSHOT, by default
// /tmp/whosaid-report.png.

package main

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// A browser is one headless Chromium, and what it has asked the network and
// written to the console.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	requests []string // every URL requested
	problems []string // console errors, warnings and exceptions
}

// newBrowser starts Chromium with a fresh profile and the flags that keep
// it off the network, and stops it at the end of the test.
func newBrowser(t *testing.T) *browser {
	t.Helper()
	path := os.Getenv("CHROMIUM")
	if path == "" {
		var err error
		if path, err = exec.LookPath("chromium"); err != nil {
			t.Fatal("no chromium: install it with apt-get install chromium, or set $CHROMIUM")
		}
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatal(err)
	}
	b := &browser{ctx: ctx}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	requests := chromedp.Events(ctx, network.RequestWillBeSent)
	console := chromedp.Console(ctx)
	go func() {
		for ev, err := range requests {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.requests = append(b.requests, ev.Request.URL)
			b.mu.Unlock()
		}
	}()
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == "error" || m.Type == "warning" {
				b.mu.Lock()
				b.problems = append(b.problems, string(m.Type)+": "+m.Text)
				b.mu.Unlock()
			}
		}
	}()
	return b
}

// open opens the file at path and waits for the first quotation.
func (b *browser) open(t *testing.T, path string) {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	u := (&url.URL{Scheme: "file", Path: abs}).String()
	if err := chromedp.Do(b.ctx, chromedp.Navigate(u), chromedp.WaitVisible(chromedp.CSS("#quotes li.quote"))); err != nil {
		t.Fatalf("open %s: %v", u, err)
	}
}

// check fails the test if the page asked the network for anything, or
// wrote an error or a warning to the console.
func (b *browser) check(t *testing.T) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, u := range b.requests {
		if !strings.HasPrefix(u, "file:") && !strings.HasPrefix(u, "data:") {
			t.Errorf("the page requested %s", u)
		}
	}
	for _, p := range b.problems {
		t.Errorf("console %s", p)
	}
}

// eval returns the value of the JavaScript expression js in the page.
func eval[T any](t *testing.T, b *browser, js string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// do runs actions in the page.
func do(t *testing.T, b *browser, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// choose picks the option of the select element with id whose value is
// value, as a reader would: the select then tells the page it changed.
func choose(t *testing.T, b *browser, id, value string) {
	t.Helper()
	args, err := json.Marshal([]string{id, value})
	if err != nil {
		t.Fatal(err)
	}
	ok := eval[bool](t, b, `(([id, value]) => {
		const s = document.getElementById(id);
		const i = [...s.options].findIndex(o => o.value === value);
		if (i < 0) return false;
		s.selectedIndex = i;
		s.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})(`+string(args)+`)`)
	if !ok {
		t.Fatalf("select #%s has no option %q", id, value)
	}
}

// A shownQuote is what the page shows of one quotation.
type shownQuote struct {
	Who      string   `json:"who"`
	Count    string   `json:"count"`
	Kind     string   `json:"kind"`
	Mark     string   `json:"mark"`
	Sentence string   `json:"sentence"`
	Sources  []string `json:"sources"`
}

// shownQuotes returns the quotations on the page, in order.
func shownQuotes(t *testing.T, b *browser) []shownQuote {
	t.Helper()
	return eval[[]shownQuote](t, b, `[...document.querySelectorAll("#quotes li.quote")].map(li => ({
		who: li.querySelector(".who").textContent,
		count: li.querySelector(".count").textContent,
		kind: li.querySelector(".kind").textContent,
		mark: li.querySelector(".sentence mark").textContent,
		sentence: li.querySelector(".sentence").textContent,
		sources: [...li.querySelectorAll(":scope > .sources .src")].map(s => s.textContent),
	}))`)
}

func TestE2EReport(t *testing.T) {
	articles := testArticles(t)
	page := filepath.Join(t.TempDir(), "report.html")
	if code, _, stderr := runCLI(t, nil, append([]string{"-f", "html", "-o", page}, articles...)...); code != exitOK {
		t.Fatalf("whosaid -f html = %d: %s", code, stderr)
	}
	b := newBrowser(t)
	start := time.Now()
	b.open(t, page)
	t.Logf("opened the report of the seeds in %v", time.Since(start))

	// The speaker list names Vladimir Putin once, first, as the most quoted.
	speakers := eval[[]string](t, b, `[...document.querySelectorAll("#speaker-list li[data-name]")].map(li => li.dataset.name)`)
	if len(speakers) == 0 || speakers[0] != "Vladimir Putin" || slices.Index(speakers[1:], "Vladimir Putin") >= 0 {
		t.Errorf("speaker list = %q, want Vladimir Putin once, first", speakers)
	}
	all := shownQuotes(t, b)

	// Choosing him in the list shows his quotations alone, the three that
	// both articles carry first.
	do(t, b, chromedp.Click(chromedp.CSS(`#speaker-list li[data-name="Vladimir Putin"] button`)))
	putin := shownQuotes(t, b)
	if len(putin) == 0 || len(putin) >= len(all) {
		t.Fatalf("Vladimir Putin's quotations: %d of %d", len(putin), len(all))
	}
	for i, q := range putin {
		if q.Who != "Vladimir Putin" {
			t.Errorf("quotation %d is %s's, not Vladimir Putin's", i, q.Who)
		}
		if i < 3 && (q.Count != "×2" || len(q.Sources) != 2) {
			t.Errorf("quotation %d (%.30s) found %s in %q, want ×2 in both articles", i, q.Mark, q.Count, q.Sources)
		}
	}

	// Each is shown in its sentence, the quotation highlighted.
	first := putin[0]
	if !strings.HasPrefix(first.Mark, "On your initiative") || !strings.Contains(first.Sentence, first.Mark) ||
		len(first.Sentence) <= len(first.Mark) {
		t.Errorf("first quotation: mark %q in sentence %q", first.Mark, first.Sentence)
	}
	bg := eval[string](t, b, `getComputedStyle(document.querySelector("#quotes .sentence mark")).backgroundColor`)
	if bg != "rgb(255, 229, 138)" {
		t.Errorf("highlight background = %s", bg)
	}

	// The kind filter leaves his direct quotations; the source filter,
	// those of the second article.
	choose(t, b, "kind", "direct")
	direct := shownQuotes(t, b)
	for _, q := range direct {
		if q.Kind != "direct" || q.Who != "Vladimir Putin" {
			t.Errorf("with kind direct: %s quotation of %s", q.Kind, q.Who)
		}
	}
	if len(direct) == 0 || len(direct) >= len(putin) {
		t.Errorf("direct quotations of Vladimir Putin: %d of %d", len(direct), len(putin))
	}
	second := filepath.ToSlash(articles[1])
	index := eval[string](t, b, `[...document.getElementById("source").options].find(o => o.textContent.endsWith("`+second+`")).value`)
	choose(t, b, "source", index)
	for _, q := range shownQuotes(t, b) {
		if !slices.Contains(q.Sources, second) {
			t.Errorf("with source %s: quotation %.30q found in %q", second, q.Mark, q.Sources)
		}
	}
	hash := eval[string](t, b, `location.hash`)
	if !strings.Contains(hash, "speaker=Vladimir+Putin") || !strings.Contains(hash, "kind=direct") {
		t.Errorf("location.hash = %q, want the filters", hash)
	}
	status := eval[string](t, b, `document.getElementById("status").textContent`)
	t.Logf("status: %s", status)

	// Opening "each sentence" of the first shows it in both articles'
	// sentences, highlighted in each.
	choose(t, b, "source", "")
	do(t, b, chromedp.Click(chromedp.CSS(`#quotes li.quote details summary`)))
	// The sentences are added when the details open, on their toggle event.
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](`document.querySelectorAll("#quotes details .place").length > 0`)); err != nil {
		t.Error(err)
	}
	marks := eval[[]string](t, b, `[...document.querySelectorAll("#quotes li.quote:first-child details .place .sentence mark")].map(m => m.textContent)`)
	if len(marks) != 2 || !strings.HasPrefix(marks[0], "On your initiative") || !strings.HasPrefix(marks[1], "On your initiative") {
		t.Errorf("each sentence of the first quotation: marks %q, want it in both articles", marks)
	}

	// The screenshot shows his direct quotations from both articles, the
	// first opened.
	shot, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	out := os.Getenv("WHOSAID_SCREENSHOT")
	if out == "" {
		out = filepath.Join(os.TempDir(), "whosaid-report.png")
	}
	if err := os.WriteFile(out, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", out)
	b.check(t)
}

// TestE2ELarge checks that a report of 10,000 quotations opens quickly and
// keeps its document small, adding quotations as the reader scrolls.
func TestE2ELarge(t *testing.T) {
	page := filepath.Join(t.TempDir(), "large.html")
	if err := os.WriteFile(page, writeReport(t, largeRecords(10000)), 0o644); err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t)
	start := time.Now()
	b.open(t, page)
	opened := time.Since(start)
	t.Logf("opened the report of 10,000 quotations in %v", opened)
	if opened > 10*time.Second {
		t.Errorf("opening took %v", opened)
	}
	rows := func() int { return eval[int](t, b, `document.querySelectorAll("#quotes li.quote").length`) }
	if n := rows(); n != 100 {
		t.Errorf("%d quotations on the page at first, want 100", n)
	}
	// A hundred quotations, the speaker list and the source filter: the
	// page would have some 200,000 elements with every quotation on it.
	if n := eval[int](t, b, `document.getElementsByTagName("*").length`); n > 20000 {
		t.Errorf("%d elements on the page at first", n)
	} else {
		t.Logf("%d elements on the page at first", n)
	}
	// Scrolling to the end adds the next hundred.
	do(t, b, chromedp.ScrollIntoView(chromedp.ID("more")))
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](`document.querySelectorAll("#quotes li.quote").length >= 200`)); err != nil {
		t.Errorf("scrolling: %v; %d quotations on the page", err, rows())
	}
	// Filters over all 10,000 answer at once.
	ms := eval[float64](t, b, `(() => {
		const t0 = performance.now(), sort = document.getElementById("sort");
		sort.value = "speaker";
		sort.dispatchEvent(new Event("change"));
		return performance.now() - t0;
	})()`)
	t.Logf("sorting 10,000 quotations by speaker took %.0f ms in the page", ms)
	if ms > 1000 {
		t.Errorf("sorting 10,000 quotations by speaker took %.0f ms", ms)
	}
	start = time.Now()
	do(t, b, chromedp.Click(chromedp.CSS(`#speaker-list li[data-name] button`)))
	choose(t, b, "sort", "rare")
	do(t, b, chromedp.SendKeys(chromedp.ID("words"), "heroically"))
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](`location.hash.includes("words=heroically")`)); err != nil {
		t.Fatal(err)
	}
	t.Logf("speaker, sort and words filters in %v; %s", time.Since(start),
		eval[string](t, b, `document.getElementById("status").textContent`))
	for _, q := range shownQuotes(t, b) {
		if !strings.Contains(q.Mark, "heroically") && !strings.Contains(q.Sentence, "heroically") {
			t.Errorf("with words heroically: %.40q", q.Mark)
		}
	}
	b.check(t)
}
