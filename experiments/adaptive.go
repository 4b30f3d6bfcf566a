package experiments

import (
	"fmt"
	"math"
	"time"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/stats"
)

// Precision is the adaptive stopping rule (Kalibera and Jones, "Rigorous
// Benchmarking in Reasonable Time", ISMM 2013; Georges, Buytaert and
// Eeckhout, "Statistically Rigorous Java Performance Evaluation", OOPSLA
// 2007): after the size's minimum rounds, an experiment keeps adding
// interleaved rounds until every estimate it reports has a 95% interval
// no wider than its target, or its time budget would be overrun by the
// next round, or MaxRounds is reached. A round after the minimum runs only
// the configurations that an estimate still short of its target rests on
// (a ratio's two series, a speedup's two thread counts): repetitions go
// where they narrow an interval, not where it is already narrow.
type Precision struct {
	// Rel is the half-width asked of a ratio's interval, relative to the
	// ratio (0.03: ±3%); Abs that of a speedup's (0.1).
	Rel, Abs float64
	// Budget is the experiment's time, calibration and warm-up included;
	// 0 means no rounds beyond the minimum.
	Budget time.Duration
	// MaxRounds bounds the measured rounds (0: DefaultMaxRounds).
	MaxRounds int
}

// Default targets and bounds of the stopping rule.
const (
	DefaultTargetRel = 0.03
	DefaultTargetAbs = 0.1
	DefaultMaxRounds = 60
)

// Met reports whether an estimate has reached its target: an interval of
// at least 95% coverage whose half-width is within it.
func (p Precision) Met(r analysis.Reported) bool {
	e := r.Estimate
	if !e.Valid() || e.Confidence < stats.Level || math.IsNaN(e.Low) || math.IsNaN(e.High) {
		return false
	}
	half := (e.High - e.Low) / 2
	if r.Absolute {
		return half <= p.Abs+1e-12
	}
	return half <= p.Rel*math.Abs(e.Median)+1e-12
}

// Unmet returns the estimates short of their targets.
func (p Precision) Unmet(rs []analysis.Reported) []analysis.Reported {
	var out []analysis.Reported
	for _, r := range rs {
		if !p.Met(r) {
			out = append(out, r)
		}
	}
	return out
}

// Reasons a run of rounds stopped.
const (
	StopReached = "targets reached"
	StopBudget  = "budget spent"
	StopRounds  = "round limit"
	StopFixed   = "fixed repetitions"
	StopCancel  = "interrupted"
)

// Continue decides, after rounds measured rounds, whether to run another:
// not while unmet estimates are none, nor when the next round (costing
// roundCost) would end past the budget, nor past MaxRounds. It returns
// the reason when it stops.
func (p Precision) Continue(unmet, rounds int, elapsed, roundCost time.Duration) (bool, string) {
	maxRounds := p.MaxRounds
	if maxRounds <= 0 {
		maxRounds = DefaultMaxRounds
	}
	switch {
	case unmet == 0:
		return false, StopReached
	case p.Budget <= 0 || elapsed+roundCost > p.Budget:
		return false, StopBudget
	case rounds >= maxRounds:
		return false, StopRounds
	}
	return true, ""
}

// Decide applies the rule after a round, to the estimates as they stand:
// the selectors of the configurations the next round must run (those the
// unmet estimates rest on), or false with the reason to stop. cost says
// what a round of those configurations would take.
func (p Precision) Decide(reported []analysis.Reported, rounds int, elapsed time.Duration,
	cost func(only map[string]bool) time.Duration) (map[string]bool, bool, string) {
	unmet := p.Unmet(reported)
	only := focus(unmet)
	again, why := p.Continue(len(unmet), rounds, elapsed, cost(only))
	return only, again, why
}

// focus returns the selectors of the configurations the unmet estimates
// rest on.
func focus(unmet []analysis.Reported) map[string]bool {
	out := map[string]bool{}
	for _, r := range unmet {
		for _, c := range r.Configs {
			out[c] = true
		}
	}
	return out
}

// describe formats an unmet estimate for the precision record.
func describe(p Precision, r analysis.Reported) string {
	e := r.Estimate
	target := fmt.Sprintf("±%.0f%%", 100*p.Rel)
	if r.Absolute {
		target = fmt.Sprintf("±%.2g", p.Abs)
	}
	if e.Confidence < stats.Level {
		return fmt.Sprintf("%s: %.3g [%.3g–%.3g], %d runs: no 95%% interval yet (target %s)", r.Name, e.Median, e.Low, e.High, e.N, target)
	}
	return fmt.Sprintf("%s: %.3g [%.3g–%.3g] (target %s)", r.Name, e.Median, e.Low, e.High, target)
}
