package analysis

import (
	"math"
	"sort"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/stats"
)

// Grid is one estimate per series and x value (a thread count or a share):
// the data of a line chart.
type Grid struct {
	// Series in order of appearance; X sorted.
	Series []string
	X      []float64
	// Value by series, then x.
	Value map[string]map[float64]stats.Estimate
}

// At returns the estimate of a series at x.
func (g *Grid) At(series string, x float64) (stats.Estimate, bool) {
	if g == nil || g.Value[series] == nil {
		return stats.Estimate{}, false
	}
	e, ok := g.Value[series][x]
	return e, ok && e.Valid()
}

// gridOf builds a grid from an experiment's configurations: x picks the
// x value of a configuration, y the values of one measurement (pooled
// over reps). Configurations without values are left out; nil if none.
func gridOf(recs []results.Record, experiment string, x func(results.Config) (float64, bool),
	y func(results.Config, *results.Measurement) []float64) *Grid {
	gr := &Grid{Value: map[string]map[float64]stats.Estimate{}}
	pooled := map[string]map[float64][]float64{}
	for _, g := range collect(recs, experiment) {
		xv, ok := x(g.cfg)
		if !ok {
			continue
		}
		var vals []float64
		for _, m := range g.reps {
			for _, v := range y(g.cfg, m) {
				if !math.IsNaN(v) && !math.IsInf(v, 0) {
					vals = append(vals, v)
				}
			}
		}
		if len(vals) == 0 {
			continue
		}
		s := g.cfg.Series()
		if pooled[s] == nil {
			pooled[s] = map[float64][]float64{}
			gr.Series = append(gr.Series, s)
		}
		pooled[s][xv] = append(pooled[s][xv], vals...)
	}
	seen := map[float64]bool{}
	for _, s := range gr.Series {
		gr.Value[s] = map[float64]stats.Estimate{}
		for xv, vals := range pooled[s] {
			gr.Value[s][xv] = stats.MedianCI(vals, stats.Level)
			if !seen[xv] {
				seen[xv] = true
				gr.X = append(gr.X, xv)
			}
		}
	}
	sort.Float64s(gr.X)
	if len(gr.Series) == 0 {
		return nil
	}
	return gr
}

func byThreads(c results.Config) (float64, bool) { return float64(c.Threads), true }

// IOOf is the I/O experiment: the work time (seconds) by series and thread
// count.
func IOOf(recs []results.Record, experiment string) *Grid {
	return gridOf(recs, experiment, byThreads, func(_ results.Config, m *results.Measurement) []float64 {
		return []float64{m.WorkSeconds}
	})
}

// ConvoyOf is the convoy experiment: the value of the program's timing line
// label ("Latency median", "Latency max", ...) in seconds, by series and
// thread count, each run's value taken once.
func ConvoyOf(recs []results.Record, experiment, label string) *Grid {
	return gridOf(recs, experiment, byThreads, func(_ results.Config, m *results.Measurement) []float64 {
		return m.Timings[label]
	})
}

// ContentionOpsPerN is the number of reference-count operations one thread
// of contention.py does per unit of N, from its documentation: N thousand
// passes over 64 cells, about six operations per cell.
const ContentionOpsPerN = 1000 * 64 * 6

// ContentionOf is the contention experiment: wall nanoseconds per
// reference operation of one thread (its threads run at once, so a run's
// work time is each thread's time) by series and share percent.
func ContentionOf(recs []results.Record, experiment string) *Grid {
	return gridOf(recs, experiment, func(c results.Config) (float64, bool) { return c.Param() },
		func(c results.Config, m *results.Measurement) []float64 {
			n := parseN(c.N)
			if n <= 0 {
				return nil
			}
			return []float64{m.WorkSeconds * 1e9 / (n * ContentionOpsPerN)}
		})
}
