package analysis

import (
	"math"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/stats"
)

// Relative is the time of several series relative to a baseline series on
// a set of workloads: the overhead experiment (baseline: the GIL) and the
// comparison with CPython (baseline: CPython).
type Relative struct {
	// Baseline is the series the others are divided by.
	Baseline string
	// Workloads and Series list what was measured (Series without the
	// baseline), in order of appearance.
	Workloads []string
	Series    []string
	// Ratio holds, by series and workload, the median of the paired
	// per-rep ratios series/baseline with its confidence interval.
	Ratio map[string]map[string]stats.Estimate
	// GeoMean holds, by series, the per-rep geometric means over the
	// workloads measured for both, summarised the same way.
	GeoMean map[string]stats.Estimate
	// Time holds every series' work time (baseline included), in seconds.
	Time map[string]map[string]stats.Estimate
}

// CompareTo computes Relative for an experiment's single-thread runs.
// The baseline is a series name, resolved by results.ResolveSeries
// ("CPython" is the first CPython peer with a GIL). It returns nil if the
// baseline has no measurements.
func CompareTo(recs []results.Record, experiment, baseline string) *Relative {
	groups := collect(recs, experiment)
	var names []string
	for _, g := range groups {
		if g.cfg.Threads == 1 && len(g.reps) > 0 {
			names = appendUnique(names, g.cfg.Series())
		}
	}
	if b := results.ResolveSeries(baseline, names); b != "" {
		baseline = b
	}
	rel := &Relative{Baseline: baseline, Ratio: map[string]map[string]stats.Estimate{},
		GeoMean: map[string]stats.Estimate{}, Time: map[string]map[string]stats.Estimate{}}
	bySeries := map[string]map[string]*group{}
	for _, g := range groups {
		if g.cfg.Threads != 1 || len(g.reps) == 0 {
			continue
		}
		s, w := g.cfg.Series(), g.cfg.Workload
		rel.Workloads = appendUnique(rel.Workloads, w)
		if s != baseline {
			rel.Series = appendUnique(rel.Series, s)
		}
		if bySeries[s] == nil {
			bySeries[s] = map[string]*group{}
			rel.Time[s] = map[string]stats.Estimate{}
		}
		bySeries[s][w] = g
		rel.Time[s][w] = stats.MedianCI(g.values(work), stats.Level)
	}
	base := bySeries[baseline]
	if base == nil {
		return nil
	}
	for _, s := range rel.Series {
		rel.Ratio[s] = map[string]stats.Estimate{}
		perRep := map[int][]float64{}
		for _, w := range rel.Workloads {
			a, b := bySeries[s][w], base[w]
			if a == nil || b == nil {
				continue
			}
			ratios := paired(a, b, func(x, y *results.Measurement) float64 { return x.WorkSeconds / y.WorkSeconds })
			if len(ratios) == 0 {
				continue
			}
			rel.Ratio[s][w] = stats.MedianCI(ratios, stats.Level)
			for r, x := range a.reps {
				if y, ok := b.reps[r]; ok && y.WorkSeconds > 0 {
					perRep[r] = append(perRep[r], x.WorkSeconds/y.WorkSeconds)
				}
			}
		}
		// Only reps that cover every workload of this series count, so that
		// each geometric mean is over the same programs.
		n := len(rel.Ratio[s])
		var geo []float64
		for _, rs := range perRep {
			if len(rs) == n {
				if g := stats.GeoMean(rs); !math.IsNaN(g) {
					geo = append(geo, g)
				}
			}
		}
		if len(geo) > 0 {
			rel.GeoMean[s] = stats.MedianCI(geo, stats.Level)
		}
	}
	return rel
}
