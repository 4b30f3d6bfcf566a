package experiments

import (
	"math"
	"time"

	"github.com/rcvm/rcvm/experiments/results"
)

// runEstimate guesses how long one run of c takes, in seconds, from the
// size's Target: GIL-bound systems run THREADS × Target, parallel ones
// ceil(THREADS / cores) × Target with some slack for their overhead, I/O
// workloads Target at any thread count; counting modes are slower.
func (p *Plan) runEstimate(c results.Config) float64 {
	t := float64(c.Threads)
	target := p.Size.Target
	var work float64
	switch {
	case p.Spec.IOBound:
		work = target
	case (c.System == results.SystemCPython && (c.PythonGIL == nil || *c.PythonGIL)) ||
		(c.System == results.SystemRCVM && c.Strategy == "gil"):
		work = target * t
	default:
		work = target * math.Ceil(t/float64(p.cores)) * 1.3
	}
	switch c.Mode {
	case results.ModeChecked:
		work *= 3
	case results.ModeStats:
		work *= 1.5
	}
	start := p.rcvmStartup
	switch c.System {
	case results.SystemCPython:
		start = p.pythonStartup
	case results.SystemMultiprocessing:
		start = p.rcvmStartup * math.Ceil(t/float64(p.cores))
	}
	return work + start
}

// calibrationEstimate guesses the time to calibrate one workload: a doubling
// series of runs up to Target (about 2 × Target), a few bisection steps, and
// start-ups.
func (p *Plan) calibrationEstimate() float64 {
	return 4*p.Size.Target + 12*p.rcvmStartup
}

// Estimate guesses the experiment's duration, calibrations included (those
// that cal has not already done).
func (p *Plan) Estimate(cal *Calibrator) time.Duration {
	sizes := map[string]string{}
	var secs float64
	for _, w := range p.Workloads {
		if _, ok := sizes[w.Name]; ok {
			continue
		}
		sizes[w.Name] = "1"
		if p.Size.N == "" && (cal == nil || !cal.has(w, p.Size.Target)) {
			secs += p.calibrationEstimate()
		}
	}
	warmed := map[string]bool{}
	for _, c := range p.configs(sizes) {
		k := c.Workload + "|" + c.Series()
		if !warmed[k] {
			warmed[k] = true
			secs += p.runEstimate(c)
		}
		secs += float64(p.Size.Reps+p.Size.Warmup) * p.runEstimate(c)
	}
	return time.Duration(secs * float64(time.Second))
}

// Runs counts the measured runs the plan will make.
func (p *Plan) Runs() int {
	sizes := map[string]string{}
	for _, w := range p.Workloads {
		sizes[w.Name] = "1"
	}
	return len(p.configs(sizes)) * p.Size.Reps
}

// Longest is the most the plan may take: its adaptive budget when it has
// one beyond the estimate of its minimum rounds, else that estimate.
func (p *Plan) Longest(cal *Calibrator) time.Duration {
	return max(p.Estimate(cal), p.Precision.Budget)
}
