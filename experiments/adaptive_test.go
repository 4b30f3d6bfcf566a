package experiments

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/stats"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stream is a synthetic measurement stream: an overhead experiment of the
// GIL and brc (1.07× slower) on two workloads, with a round-level drift
// (shared by every run of a round, which paired ratios cancel) and
// per-run noise of the given relative size.
type stream struct {
	noise map[string]float64 // by workload
	rng   *rand.Rand
}

func (s *stream) round(rep int, only map[string]bool) []results.Record {
	drift := 1 + 0.2*s.rng.Float64()
	var out []results.Record
	for _, w := range []string{"a.py", "b.py"} {
		for _, st := range []string{"gil", "brc"} {
			c := results.Config{Workload: w, System: results.SystemRCVM, Strategy: st, Threads: 1, N: "1", Mode: results.ModeTiming}
			if only != nil && !only[analysis.Selector(c)] {
				continue
			}
			t := drift * math.Exp(s.noise[w]*s.rng.NormFloat64())
			if st == "brc" {
				t *= 1.07
			}
			out = append(out, results.Record{Type: results.TypeMeasurement, Experiment: "x", Config: c,
				Measurement: &results.Measurement{Rep: rep, WorkSeconds: t, WallSeconds: t, CPUSeconds: t}})
		}
	}
	return out
}

// simulate runs the stopping rule on a stream as Plan.Run does: six
// rounds, then rounds of the configurations Decide asks for, each costing
// one second per run, until it stops. It returns the records, the rounds
// and the reason.
func simulate(t *testing.T, p Precision, noise map[string]float64) ([]results.Record, int, string) {
	s := &stream{noise: noise, rng: rand.New(rand.NewPCG(1, 2))}
	spec := analysis.Spec{Kind: analysis.KindRelative, Baseline: "gil"}
	var recs []results.Record
	var elapsed time.Duration
	var only map[string]bool
	for rounds := 0; ; rounds++ {
		if rounds >= 6 {
			var again bool
			var why string
			only, again, why = p.Decide(analysis.ReportedOf(recs, "x", spec, 2), rounds, elapsed,
				func(only map[string]bool) time.Duration { return time.Duration(len(only)) * time.Second })
			if !again {
				return recs, rounds, why
			}
		}
		r := s.round(rounds, only)
		require.NotEmpty(t, r, "a round runs something")
		recs = append(recs, r...)
		elapsed += time.Duration(len(r)) * time.Second
	}
}

// TestStoppingRule checks the adaptive stopping rule on synthetic
// streams: a quiet stream stops after the minimum rounds, a noisier one
// adds rounds until its intervals reach ±3%, one too noisy for the budget
// stops when the next round would overrun it and names what missed, and
// the round limit holds.
func TestStoppingRule(t *testing.T) {
	budget := 10 * time.Minute
	p := Precision{Rel: 0.03, Abs: 0.1, Budget: budget, MaxRounds: 200}

	_, quiet, why := simulate(t, p, map[string]float64{"a.py": 0.002, "b.py": 0.002})
	assert.Equal(t, 6, quiet)
	assert.Equal(t, StopReached, why)

	recs, noisy, why := simulate(t, p, map[string]float64{"a.py": 0.04, "b.py": 0.04})
	assert.Greater(t, noisy, 6, "±4% runs need more than six rounds for ±3% ratios")
	assert.Equal(t, StopReached, why)
	rel := analysis.CompareTo(recs, "x", "gil")
	require.NotNil(t, rel)
	for _, w := range []string{"a.py", "b.py"} {
		e := rel.Ratio["brc"][w]
		assert.LessOrEqual(t, (e.High-e.Low)/2, 0.03*e.Median+1e-9, w)
		assert.InDelta(t, 1.07, e.Median, 0.05, w)
	}

	recs, _, why = simulate(t, p, map[string]float64{"a.py": 0.5, "b.py": 0.5})
	assert.Equal(t, StopBudget, why)
	var runs int
	for _, r := range recs {
		if r.Type == results.TypeMeasurement {
			runs++
		}
	}
	assert.LessOrEqual(t, time.Duration(runs)*time.Second, budget, "no round ends past the budget")
	assert.NotEmpty(t, p.Unmet(analysis.ReportedOf(recs, "x", analysis.Spec{Kind: analysis.KindRelative, Baseline: "gil"}, 2)))

	limited := p
	limited.MaxRounds = 8
	_, n, why := simulate(t, limited, map[string]float64{"a.py": 0.5, "b.py": 0.5})
	assert.Equal(t, 8, n)
	assert.Equal(t, StopRounds, why)

	none := p
	none.Budget = 0
	_, n, why = simulate(t, none, map[string]float64{"a.py": 0.5, "b.py": 0.5})
	assert.Equal(t, 6, n, "no budget: the minimum rounds only")
	assert.Equal(t, StopBudget, why)
}

// TestStoppingRuleFocus: rounds after the minimum run only what an unmet
// estimate rests on. A speedup that is already precise (brc) is left
// alone while a noisy one (the GIL's) gets more rounds.
func TestStoppingRuleFocus(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var recs []results.Record
	for rep := 0; rep < 6; rep++ {
		for _, st := range []string{"gil", "brc"} {
			for _, th := range []int{1, 2} {
				c := results.Config{Workload: "s.py", System: results.SystemRCVM, Strategy: st, Threads: th, N: "1", Mode: results.ModeTiming}
				w := 1.0
				if th == 2 && st == "gil" {
					w = 2 * math.Exp(0.3*rng.NormFloat64())
				}
				recs = append(recs, results.Record{Type: results.TypeMeasurement, Experiment: "x", Config: c,
					Measurement: &results.Measurement{Rep: rep, WorkSeconds: w, WallSeconds: w, CPUSeconds: w}})
			}
		}
	}
	p := Precision{Rel: 0.03, Abs: 0.1, Budget: time.Hour}
	only, again, _ := p.Decide(analysis.ReportedOf(recs, "x", analysis.Spec{Kind: analysis.KindScaling}, 2), 6, 0,
		func(map[string]bool) time.Duration { return time.Second })
	require.True(t, again)
	assert.Equal(t, map[string]bool{"s.py|gil|1|": true, "s.py|gil|2|": true}, only)
}

// TestPrecisionMet checks the target at its edges: a half-width equal to
// the target meets it, an interval without 95% coverage never does.
func TestPrecisionMet(t *testing.T) {
	p := Precision{Rel: 0.03, Abs: 0.1}
	est := func(m, lo, hi float64, n int, conf float64) stats.Estimate {
		return stats.Estimate{Median: m, Low: lo, High: hi, N: n, Confidence: conf}
	}
	tests := []struct {
		name string
		r    analysis.Reported
		want bool
	}{
		{"ratio on the target", analysis.Reported{Estimate: est(1, 0.97, 1.03, 9, 0.98)}, true},
		{"ratio just over", analysis.Reported{Estimate: est(1, 0.969, 1.031, 9, 0.98)}, false},
		{"speedup on the target", analysis.Reported{Estimate: est(2, 1.9, 2.1, 9, 0.98), Absolute: true}, true},
		{"speedup over", analysis.Reported{Estimate: est(2, 1.8, 2.1, 9, 0.98), Absolute: true}, false},
		{"narrow but under 95%", analysis.Reported{Estimate: est(1, 1, 1, 5, 0.94)}, false},
		{"nothing measured", analysis.Reported{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, p.Met(tt.r))
		})
	}
}
