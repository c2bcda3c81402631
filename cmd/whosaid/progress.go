package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// A progress shows how far a run has got, as one line on a terminal that it
// redraws: a bar with the articles done, the rate and the time left, or,
// when the number of articles is unknown, a spinner with the count and the
// rate. A nil *progress shows nothing, so callers need not check.
//
// A progress is used from one goroutine: the bar draws only when told to,
// never on a timer of its own.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress returns a progress that draws on w for total articles, or an
// unknown number if total < 0. It draws at once: the first article may be
// slow, as it waits for the model to load.
func newProgress(w io.Writer, total int) *progress {
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("whosaid"),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
		// A spinner that turns as articles are done, not on a timer: the
		// timer's goroutine would draw behind our back.
		progressbar.OptionSetSpinnerChangeInterval(0),
	}
	if total < 0 {
		opts = append(opts, progressbar.OptionShowTotalBytes(false)) // no "/-"
	}
	return &progress{progressbar.NewOptions(total, opts...)}
}

// add counts one more article done, and redraws unless it drew less than a
// tenth of a second ago.
func (p *progress) add() {
	if p != nil {
		p.bar.Add(1)
	}
}

// clear erases the line, so that a message can be written in its place; the
// next call of add draws it again.
func (p *progress) clear() {
	if p != nil {
		p.bar.Clear()
	}
}

// finish erases the line for good.
func (p *progress) finish() {
	if p != nil {
		p.bar.Finish() // which, with OptionClearOnFinish, clears
	}
}

// isTTY reports whether w is a terminal, on which a progress bar can be
// drawn.
func isTTY(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
