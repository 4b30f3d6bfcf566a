package experiments

import (
	"context"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/runner"
)

// maxN bounds the doubling search, so that a workload that ignores N cannot
// loop forever.
const maxN = 1 << 30

// Calibrator finds, for a workload, the N at which one thread's work takes a
// target time on rcvm, and remembers it for the rest of the invocation.
type Calibrator struct {
	mu    sync.Mutex
	cache map[string]Calibration
}

// Calibration is the outcome of calibrating one workload.
type Calibration struct {
	// N is the size found.
	N string
	// Seconds is the measured or interpolated time at N.
	Seconds float64
	// Runs is the number of runs it took.
	Runs int
}

// NewCalibrator returns an empty calibrator.
func NewCalibrator() *Calibrator { return &Calibrator{cache: map[string]Calibration{}} }

func calibrationKey(w PlannedWorkload, target float64) string {
	return w.Path + "|" + strings.Join(w.Args, " ") + "|" + strconv.FormatFloat(target, 'g', -1, 64)
}

func (c *Calibrator) has(w PlannedWorkload, target float64) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.cache[calibrationKey(w, target)]
	return ok
}

// measureFunc times one run of the workload at size n; killed says it was
// stopped at the deadline (so its time is only a lower bound).
type measureFunc func(n string) (seconds float64, killed bool, err error)

// maxHalvings bounds the search below N = 1.
const maxHalvings = 6

// Calibrate finds N for workload w (run with 1 thread on the given rcvm
// strategy) such that a run takes about target seconds: it doubles N from 1
// until a run takes at least target, then bisects the last interval down to
// an eighth of its size (N may be a board size, and the work grow as N!), and
// finally interpolates linearly inside the last interval. If N = 1 already
// takes over twice the target, it tries N = 0.5, 0.25, … for workloads
// whose N is a fraction (the seeds' millions of counts), keeping 1 if they
// refuse it. Runs are killed at 3 × target + 1 s, so an exploding N costs
// little.
func (c *Calibrator) Calibrate(ctx context.Context, tools runner.Tools, strategy string, w PlannedWorkload, target float64) (Calibration, error) {
	return c.CalibrateOn(ctx, tools, results.Config{System: results.SystemRCVM, Strategy: strategy}, w, target)
}

// CalibrateOn is Calibrate on another system than rcvm: on is a
// configuration's System, Strategy and Python (e.g. a CPython peer, for a
// benchmark that does not run on rcvm yet, so that CPython's figures and
// rcvm's failures can still be recorded side by side).
func (c *Calibrator) CalibrateOn(ctx context.Context, tools runner.Tools, on results.Config, w PlannedWorkload, target float64) (Calibration, error) {
	key := calibrationKey(w, target)
	if on.System != results.SystemRCVM {
		key += "|" + on.Series()
	}
	c.mu.Lock()
	if cal, ok := c.cache[key]; ok {
		c.mu.Unlock()
		return cal, nil
	}
	c.mu.Unlock()
	limit := time.Duration((3*target + 1) * float64(time.Second))
	measure := func(n string) (float64, bool, error) {
		dir, err := os.MkdirTemp("", "rcvm-calibrate-")
		if err != nil {
			return 0, false, err
		}
		defer os.RemoveAll(dir)
		rctx, cancel := context.WithTimeout(ctx, limit)
		defer cancel()
		cfg := results.Config{Workload: w.Name, System: on.System, Strategy: on.Strategy, Python: on.Python, Threads: 1,
			N: n, Args: w.Args, Mode: results.ModeTiming}
		m, err := tools.Run(rctx, runner.Job{Config: cfg, Script: w.Path, Dir: dir, Protocol: w.Protocol})
		if err != nil {
			if ctx.Err() == nil && rctx.Err() != nil {
				return limit.Seconds(), true, nil
			}
			return 0, false, err
		}
		// The program's own time, without start-up: the target is the
		// work's duration, and a VM's start-up must not shrink the work.
		return m.WorkSeconds, false, nil
	}
	cal, err := search(measure, target)
	if err != nil {
		return cal, fmt.Errorf("calibrating %s: %w", w.Name, err)
	}
	c.mu.Lock()
	c.cache[key] = cal
	c.mu.Unlock()
	return cal, nil
}

// search is the calibration itself, separate from running programs so that
// it can be tested on made-up time functions.
func search(measure measureFunc, target float64) (Calibration, error) {
	var cal Calibration
	run := func(n int) (float64, bool, error) {
		cal.Runs++
		return measure(strconv.Itoa(n))
	}
	lo, tlo := 0, 0.0
	hi, thi, hiKilled := 1, 0.0, false
	for {
		t, killed, err := run(hi)
		if err != nil {
			return cal, err
		}
		if t >= target || killed {
			thi, hiKilled = t, killed
			break
		}
		lo, tlo = hi, t
		if hi >= maxN {
			return cal, fmt.Errorf("the run time does not grow with N (%.3f s at N = %d): does the workload use N?", t, hi)
		}
		hi *= 2
	}
	if lo == 0 {
		// N = 1 already takes the target time or more.
		return below(measure, target, thi, hiKilled, cal.Runs), nil
	}
	for hi-lo > max(1, lo/8) {
		mid := lo + (hi-lo)/2
		t, killed, err := run(mid)
		if err != nil {
			return cal, err
		}
		if t >= target || killed {
			hi, thi, hiKilled = mid, t, killed
		} else {
			lo, tlo = mid, t
		}
	}
	n, secs := lo, tlo
	if !hiKilled && thi > tlo {
		f := float64(lo) + (target-tlo)*float64(hi-lo)/(thi-tlo)
		n = int(math.Floor(f + 1e-9)) // an exact hit must not round down
		n = min(max(n, lo), hi)
		secs = tlo + (thi-tlo)*float64(n-lo)/float64(hi-lo)
		if wantsFraction(f, n) {
			cal.Runs++
			if frac, ok := fractional(measure, f, target); ok {
				frac.Runs = cal.Runs
				return frac, nil
			}
		}
	}
	return Calibration{N: strconv.Itoa(n), Seconds: secs, Runs: cal.Runs}, nil
}

// wantsFraction says whether a whole N falls far enough short of the
// interpolated size f to try a fractional one: where N is small a whole
// step is a large share of the target (the seeds' N counts millions, and
// N = 1 or 2 can be 30% off a short quick target).
func wantsFraction(f float64, n int) bool {
	return n < 8 && !math.IsNaN(f) && f-float64(n) > 0.05*float64(n)
}

// fractional tries the interpolated size rounded to two decimals, for
// workloads whose N may be a fraction, and keeps it if it runs.
func fractional(measure measureFunc, f, target float64) (Calibration, bool) {
	ns := strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64)
	t, killed, err := measure(ns)
	if err != nil || killed || t > 2*target {
		return Calibration{}, false
	}
	return Calibration{N: ns, Seconds: t}, true
}

// below halves N from 1 while a run takes over the target, for workloads
// whose N may be a fraction; t1 is the time at N = 1. A workload that fails
// at a fraction keeps the last size that worked.
func below(measure measureFunc, target, t1 float64, killed bool, runs int) Calibration {
	best := Calibration{N: "1", Seconds: t1}
	if t1 <= 2*target && !killed {
		best.Runs = runs
		return best
	}
	n := 1.0
	for range maxHalvings {
		n /= 2
		ns := strconv.FormatFloat(n, 'f', -1, 64)
		runs++
		t, k, err := measure(ns)
		if err != nil || k || t >= best.Seconds {
			// Refused, or no faster: N below 1 does not help.
			break
		}
		best = Calibration{N: ns, Seconds: t}
		if t <= target {
			break
		}
	}
	best.Runs = runs
	return best
}
