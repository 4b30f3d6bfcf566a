package experiments

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/runner"
)

// Outcome is what one run of an experiment produced.
type Outcome struct {
	// Path is the results file written.
	Path string
	// Records are everything written to it.
	Records []results.Record
	// Measured and Failed count the measurement records and those that
	// failed; Errors counts configurations that could not run at all;
	// Disturbed counts runs slowed from outside, and run again.
	Measured, Failed, Errors, Disturbed int
}

// ResultsPath is where an experiment's results go for a host: one file per
// experiment and machine, so that files from several machines can share a
// directory and a rerun replaces only its own.
func ResultsPath(dir, experiment string, h results.Host) string {
	return filepath.Join(dir, experiment+"-"+h.Slug()+".jsonl")
}

// execution is the state of one Plan.Run.
type execution struct {
	p        *Plan
	opts     *Options
	progress Progress
	w        *results.Writer
	base     results.Record
	tmp      string
	out      *Outcome
	// dropped marks workload|series pairs that failed their warm-up and
	// configurations (by key) that failed twice.
	dropped  map[string]bool
	failures map[string]int
	// lastRun is each configuration's last run time (for the budget).
	lastRun map[string]time.Duration
}

// Run calibrates the plan's sizes, runs its warm-ups and interleaved
// repetitions, and writes every record (then one summary per
// configuration) to the results file as it goes. A configuration that fails
// is recorded, not fatal; Run fails only if the file cannot be written or
// ctx is cancelled (the records so far are kept).
func (p *Plan) Run(ctx context.Context, opts *Options) (*Outcome, error) {
	e := &execution{p: p, opts: opts, progress: opts.Progress, dropped: map[string]bool{}, failures: map[string]int{},
		lastRun: map[string]time.Duration{}}
	if e.progress == nil {
		e.progress = quiet{}
	}
	if opts.Calibrator == nil {
		opts.Calibrator = NewCalibrator()
	}
	path := ResultsPath(opts.OutDir, p.Spec.Name, opts.Host)
	w, err := results.Create(path)
	if err != nil {
		return nil, fmt.Errorf("experiment %s: %w", p.Spec.Name, err)
	}
	defer w.Close()
	tmp, err := os.MkdirTemp("", "rcvm-"+p.Spec.Name+"-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	e.w, e.tmp = w, tmp
	e.out = &Outcome{Path: path}
	e.base = results.Record{Experiment: p.Spec.Name, Size: p.SizeName, RunID: newRunID(), Host: opts.Host}
	if p.Spec.Analysis.Kind != "" {
		a := p.Spec.Analysis
		e.base.Analysis = &a
	}
	for _, n := range p.Notes {
		e.progress.Note(p.Spec.Name + ": " + n)
	}

	start := time.Now()
	sizes := e.calibrate(ctx)
	configs := p.configs(sizes)
	e.warmUp(ctx, configs)
	var measured []results.Record
	minRounds := p.Size.Warmup + p.Size.Reps
	stopped := StopFixed
	if p.Precision.Budget > 0 {
		stopped = StopReached
	}
	var only map[string]bool // after the minimum: the configurations still needed
	rounds := 0
	for round := 0; ctx.Err() == nil; round++ {
		if round >= minRounds {
			if p.Precision.Budget <= 0 {
				break
			}
			var again bool
			var why string
			only, again, why = p.Precision.Decide(analysis.ReportedOf(measured, p.Spec.Name, p.Spec.Analysis, p.cores),
				rounds, time.Since(start), func(only map[string]bool) time.Duration { return e.roundCost(configs, only) })
			if !again {
				stopped = why
				break
			}
		}
		rep := round - p.Size.Warmup
		if rep >= 0 {
			rounds++
		}
		for _, c := range configs {
			if ctx.Err() != nil || e.skipped(c) || (only != nil && !only[analysis.Selector(c)]) {
				continue
			}
			total := fmt.Sprint(p.Size.Reps)
			if rep >= p.Size.Reps {
				total = "adaptive"
			}
			desc := fmt.Sprintf("%s %s rep %d/%s", p.Spec.Name, c, rep+1, total)
			if rep < 0 {
				desc = fmt.Sprintf("%s %s warm-up round %d", p.Spec.Name, c, round+1)
			}
			m, err := e.measure(ctx, c, desc)
			if ctx.Err() != nil {
				break
			}
			if rep < 0 {
				continue
			}
			if err == nil && e.disturbed(c, m) {
				// Outside load took the CPU from it: keep the record,
				// marked, and run it again in the same round, once.
				m.Rep, m.Disturbed = rep, true
				rec := e.base
				rec.Type, rec.Config, rec.Measurement = results.TypeMeasurement, c, m
				e.out.Disturbed++
				if err := e.emit(rec); err != nil {
					return e.out, err
				}
				measured = append(measured, rec)
				m, err = e.measure(ctx, c, desc+" (again: disturbed)")
				if ctx.Err() != nil {
					break
				}
				m.Disturbed = err == nil && e.disturbed(c, m)
			}
			m.Rep = rep
			rec := e.base
			rec.Type, rec.Config, rec.Measurement = results.TypeMeasurement, c, m
			e.out.Measured++
			if err != nil {
				rec.Error = err.Error()
				e.out.Failed++
				e.failed(c, err)
			}
			measured = append(measured, rec)
			if err := e.emit(rec); err != nil {
				return e.out, err
			}
		}
	}
	if ctx.Err() != nil {
		stopped = StopCancel
	}
	if err := e.emit(e.precision(measured, rounds, stopped, time.Since(start))); err != nil {
		return e.out, err
	}
	for _, s := range results.Summarize(measured) {
		if err := e.emit(s); err != nil {
			return e.out, err
		}
	}
	if ctx.Err() != nil {
		return e.out, fmt.Errorf("experiment %s interrupted: %w", p.Spec.Name, context.Cause(ctx))
	}
	return e.out, nil
}

// DisturbedUtilisation is the default CPU time / wall time below which a
// single-threaded CPU-bound run counts as disturbed (Options.DisturbedBelow): it spent over a tenth
// of its time waiting for a CPU that another process had.
const DisturbedUtilisation = 0.9

// disturbed says whether a successful run was slowed from outside. Only
// single-threaded CPU-bound timing runs are judged: they should keep one
// CPU busy all along (the VM's own goroutines can only add CPU time), so
// a shortfall is time spent runnable but not running. Multi-threaded and
// waiting runs use less than their wall time by design.
func (e *execution) disturbed(c results.Config, m *results.Measurement) bool {
	if e.opts.DisturbedBelow <= 0 || e.p.Spec.IOBound || c.Mode != results.ModeTiming || c.Threads != 1 ||
		c.System == results.SystemMultiprocessing {
		return false
	}
	// A few milliseconds of waiting are start-up's (reading files), not
	// another process's: short runs must lose more than that.
	lost := m.WallSeconds - m.CPUSeconds
	return m.WallSeconds > 0 && m.CPUSeconds/m.WallSeconds < e.opts.DisturbedBelow && lost > minDisturbance
}

// minDisturbance is the least wall time without CPU time that counts as a
// disturbance, whatever the run's length.
const minDisturbance = 0.02

// roundCost is what the next round would take: the last run time of
// every configuration it includes (only, when not nil).
func (e *execution) roundCost(configs []results.Config, only map[string]bool) time.Duration {
	var d time.Duration
	for _, c := range configs {
		if e.skipped(c) || (only != nil && !only[analysis.Selector(c)]) {
			continue
		}
		if t, ok := e.lastRun[c.Key()]; ok {
			d += t
		} else {
			d += time.Duration(e.p.runEstimate(c) * float64(time.Second))
		}
	}
	return d
}

// precision is the record that closes the rounds: how many, why they
// stopped, and which estimates missed their targets.
func (e *execution) precision(measured []results.Record, rounds int, stopped string, took time.Duration) results.Record {
	p := e.p.Precision
	reported := analysis.ReportedOf(measured, e.p.Spec.Name, e.p.Spec.Analysis, e.p.cores)
	pr := &results.Precision{Rounds: rounds, MinRounds: e.p.Size.Reps, TargetRel: p.Rel, TargetAbs: p.Abs,
		BudgetSeconds: p.Budget.Seconds(), Seconds: took.Seconds(), Stopped: stopped, Estimates: len(reported)}
	for _, r := range p.Unmet(reported) {
		pr.Unmet = append(pr.Unmet, describe(p, r))
	}
	if len(pr.Unmet) > 0 {
		e.progress.Note(fmt.Sprintf("%s: %d rounds (%s); %d of %d estimates missed their precision target, e.g. %s",
			e.p.Spec.Name, rounds, stopped, len(pr.Unmet), len(reported), pr.Unmet[0]))
	} else if len(reported) > 0 {
		e.progress.Note(fmt.Sprintf("%s: %d rounds (%s); all %d estimates within target", e.p.Spec.Name, rounds, stopped, len(reported)))
	}
	rec := e.base
	rec.Type, rec.Precision = results.TypePrecision, pr
	return rec
}

func (e *execution) emit(r results.Record) error {
	e.out.Records = append(e.out.Records, r)
	return e.w.Write(r)
}

// emitError records a configuration that could not run.
func (e *execution) emitError(c results.Config, err error) {
	rec := e.base
	rec.Type, rec.Config, rec.Error = results.TypeError, c, err.Error()
	e.out.Errors++
	_ = e.emit(rec)
	e.progress.Note(fmt.Sprintf("%s: %s: %v", e.p.Spec.Name, c.Series()+" on "+c.Workload, firstLines(err.Error(), 4)))
}

// calibrate finds N for every workload (or takes the size's fixed N). A
// workload that cannot be calibrated is recorded as an error and left out.
func (e *execution) calibrate(ctx context.Context) map[string]string {
	sizes := map[string]string{}
	strategy := "gil"
	if !slices.ContainsFunc(e.opts.Strategies, func(s runner.Strategy) bool { return s.Name == "gil" }) {
		strategy = e.opts.Strategies[0].Name
	}
	for _, w := range e.p.Workloads {
		if _, done := sizes[w.Name]; done || ctx.Err() != nil {
			continue
		}
		if w.Skip != "" {
			sizes[w.Name] = "" // planned, not run: recorded once
			e.emitError(results.Config{Workload: w.Name, System: results.SystemRCVM, Strategy: strategy,
				Threads: 1, Args: w.Args, Mode: e.p.Spec.Mode}, errors.New(w.Skip))
			continue
		}
		if e.p.Size.N != "" {
			sizes[w.Name] = e.p.Size.N
			continue
		}
		desc := fmt.Sprintf("%s: calibrating %s to %.2f s", e.p.Spec.Name, w.Name, e.p.Size.Target)
		e.progress.Start(desc)
		cal, err := e.opts.Calibrator.Calibrate(ctx, e.opts.Tools, strategy, w, e.p.Size.Target)
		share := time.Duration(e.p.calibrationEstimate() * float64(time.Second))
		if err != nil && w.Protocol != runner.ProtocolWorkload && ctx.Err() == nil {
			// The field's benchmarks are measured on CPython even where
			// rcvm cannot run them yet: rcvm's series then fail their
			// warm-up, and the results list the failure beside
			// CPython's figures.
			if peer, ok := e.cpythonSeries(); ok {
				e.emitError(results.Config{Workload: w.Name, System: results.SystemRCVM, Strategy: strategy,
					Threads: 1, Args: w.Args, Mode: e.p.Spec.Mode}, fmt.Errorf("%w (calibrated on %s instead)", err, peer.Series()))
				cal, err = e.opts.Calibrator.CalibrateOn(ctx, e.opts.Tools, peer, w, e.p.Size.Target)
			}
		}
		if err != nil {
			e.progress.Done(desc, "failed", share)
			if ctx.Err() == nil {
				e.emitError(results.Config{Workload: w.Name, System: results.SystemRCVM, Strategy: strategy,
					Threads: 1, Args: w.Args, Mode: e.p.Spec.Mode}, err)
			}
			continue
		}
		e.progress.Done(desc, fmt.Sprintf("N=%s (%.3f s, %d runs)", cal.N, cal.Seconds, cal.Runs), share)
		sizes[w.Name] = cal.N
	}
	for name, n := range sizes {
		if n == "" {
			delete(sizes, name)
		}
	}
	return sizes
}

// cpythonSeries returns the plan's first CPython series, if it has one.
func (e *execution) cpythonSeries() (results.Config, bool) {
	for _, s := range e.p.Series {
		if s.System == results.SystemCPython {
			return s, true
		}
	}
	return results.Config{}, false
}

// warmUp runs every series of every workload once, at the first thread
// count, and drops the pairs that fail.
func (e *execution) warmUp(ctx context.Context, configs []results.Config) {
	done := map[string]bool{}
	for _, c := range configs {
		k := c.Workload + "|" + c.Series()
		if done[k] || ctx.Err() != nil {
			continue
		}
		done[k] = true
		_, err := e.measure(ctx, c, fmt.Sprintf("%s %s warm-up", e.p.Spec.Name, c))
		if err != nil && ctx.Err() == nil {
			e.dropped[k] = true
			e.emitError(c, fmt.Errorf("failed its warm-up run, left out: %w", err))
		}
	}
}

func (e *execution) skipped(c results.Config) bool {
	return e.dropped[c.Workload+"|"+c.Series()] || e.dropped[c.Key()]
}

// failed counts a failed measurement; outside checked mode (where a crash
// of the unsafe strategy is a result) a configuration that fails twice is
// not run again.
func (e *execution) failed(c results.Config, err error) {
	e.failures[c.Key()]++
	if c.Mode != results.ModeChecked && e.failures[c.Key()] >= 2 {
		e.dropped[c.Key()] = true
		e.progress.Note(fmt.Sprintf("%s: %s failed twice, not run again: %s", e.p.Spec.Name, c, firstLines(err.Error(), 3)))
	}
}

// measure runs one configuration with a deadline well beyond its estimate.
func (e *execution) measure(ctx context.Context, c results.Config, desc string) (*results.Measurement, error) {
	est := e.p.runEstimate(c)
	e.progress.Start(desc)
	dir, err := os.MkdirTemp(e.tmp, "run-")
	if err != nil {
		return &results.Measurement{ExitCode: -1}, err
	}
	defer os.RemoveAll(dir)
	limit := time.Duration((30 + 10*est) * float64(time.Second))
	rctx, cancel := context.WithTimeoutCause(ctx, limit, fmt.Errorf("over the %s time limit", limit.Round(time.Second)))
	defer cancel()
	var script, protocol string
	for _, w := range e.p.Workloads {
		if w.Name == c.Workload {
			script, protocol = w.Path, w.Protocol
			break
		}
	}
	began := time.Now()
	m, err := e.opts.Tools.Run(rctx, runner.Job{Config: c, Script: script, Dir: dir, Protocol: protocol})
	e.lastRun[c.Key()] = time.Since(began)
	outcome := fmt.Sprintf("%.3f s (wall %.3f s)", m.WorkSeconds, m.WallSeconds)
	if err != nil {
		outcome = "FAILED"
	}
	e.progress.Done(desc, outcome, time.Duration(est*float64(time.Second)))
	return m, err
}

// newRunID is a sortable identifier of this invocation.
func newRunID() string {
	return time.Now().UTC().Format("20060102T150405.000000Z")
}

// firstLines returns the first n lines of s.
func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = append(lines[:n], "    …")
	}
	return strings.Join(lines, "\n")
}
