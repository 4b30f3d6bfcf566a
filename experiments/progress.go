package experiments

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Progress shows an experiment's advance. Its unit is estimated time: each
// finished step advances it by the time the plan expected the step to take,
// so that "time left" is meaningful although steps differ in length.
type Progress interface {
	// Start says a step begins.
	Start(desc string)
	// Done says a step ended, with a short outcome, and how much of the
	// estimated total it accounts for.
	Done(desc, outcome string, share time.Duration)
	// Note reports something that does not stop the run.
	Note(msg string)
	// Finish ends the display.
	Finish()
}

// NewProgress returns a progress bar with time left when w is a terminal,
// and plain lines otherwise. total is the estimated time of everything.
func NewProgress(w io.Writer, total time.Duration) Progress {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return newBar(w, total)
	}
	return &lines{w: w, total: total, start: time.Now()}
}

// lines prints one line per finished step with the share done and a
// time-left estimate scaled from the time spent so far.
type lines struct {
	mu    sync.Mutex
	w     io.Writer
	total time.Duration
	done  time.Duration
	start time.Time
}

// Start implements Progress.
func (l *lines) Start(string) {}

// Done implements Progress.
func (l *lines) Done(desc, outcome string, share time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.done += share
	frac := 1.0
	if l.total > 0 {
		frac = min(float64(l.done)/float64(l.total), 1)
	}
	left := ""
	if frac > 0 && frac < 1 {
		elapsed := time.Since(l.start)
		rest := time.Duration(float64(elapsed) * (1 - frac) / frac)
		left = fmt.Sprintf(" (%s left)", rest.Round(time.Second))
	}
	fmt.Fprintf(l.w, "[%3.0f%%] %s: %s%s\n", 100*frac, desc, outcome, left)
}

// Note implements Progress.
func (l *lines) Note(msg string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintln(l.w, msg)
}

// Finish implements Progress.
func (l *lines) Finish() {}

// bar is a terminal progress bar counting estimated milliseconds.
type bar struct {
	mu  sync.Mutex
	b   *progressbar.ProgressBar
	max int64
	cur int64
	w   io.Writer
}

func newBar(w io.Writer, total time.Duration) *bar {
	max := max(total.Milliseconds(), 1)
	b := progressbar.NewOptions64(max,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetWidth(30),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionShowDescriptionAtLineEnd(),
		progressbar.OptionSetRenderBlankState(true),
		progressbar.OptionClearOnFinish(),
	)
	return &bar{b: b, max: max, w: w}
}

// Start implements Progress.
func (p *bar) Start(desc string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.b.Describe(desc)
}

// Done implements Progress.
func (p *bar) Done(_, _ string, share time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	// Stay below the end until Finish: an estimate that ran short must not
	// make the bar declare itself done.
	step := min(share.Milliseconds(), p.max-1-p.cur)
	if step > 0 {
		p.cur += step
		_ = p.b.Add64(step)
	}
}

// Note implements Progress.
func (p *bar) Note(msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	_ = p.b.Clear()
	fmt.Fprintln(p.w, msg)
	_ = p.b.RenderBlank()
}

// Finish implements Progress.
func (p *bar) Finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	_ = p.b.Finish()
}

// quiet is a Progress that shows nothing.
type quiet struct{}

// Start implements Progress.
func (quiet) Start(string) {}

// Done implements Progress.
func (quiet) Done(string, string, time.Duration) {}

// Note implements Progress.
func (quiet) Note(string) {}

// Finish implements Progress.
func (quiet) Finish() {}
