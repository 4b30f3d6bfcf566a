package analysis

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/stats"
)

// Reported is one estimate an experiment reports, with what it rests on:
// the unit of the adaptive stopping rule.
type Reported struct {
	// Name says what it is, e.g. "brc/gil on bm_float.py".
	Name string
	// Estimate is the current median with its interval.
	Estimate stats.Estimate
	// Absolute says its precision target is absolute (a speedup, judged
	// against a threshold such as 0.75 × cores), not relative to the
	// estimate (a ratio of times).
	Absolute bool
	// Configs are the Selector values of the configurations it is computed
	// from: running them again narrows it.
	Configs []string
}

// Selector identifies a configuration within one experiment for the
// stopping rule: workload, series, threads and extra arguments (the parts
// an analysis groups by).
func Selector(c results.Config) string {
	return c.Workload + "|" + c.Series() + "|" + strconv.Itoa(c.Threads) + "|" + join(c.Args)
}

// ReportedOf lists the estimates an experiment reports, as its analysis
// computes them from the records so far. Counting analyses (safety,
// memory) report none: their repetitions are fixed.
func ReportedOf(recs []results.Record, experiment string, s Spec, cores int) []Reported {
	groups := collect(recs, experiment)
	switch s.Kind {
	case KindRelative:
		return relativeReported(recs, groups, experiment, s.Baseline)
	case KindScaling:
		return scalingReported(recs, groups, experiment, cores)
	case KindIO, KindLatency, KindContention:
		return gridReported(groups, experiment, s, recs)
	}
	return nil
}

func relativeReported(recs []results.Record, groups []*group, experiment, baseline string) []Reported {
	rel := CompareTo(recs, experiment, baseline)
	if rel == nil {
		return nil
	}
	sel := func(w, s string) string {
		for _, g := range groups {
			if g.cfg.Workload == w && g.cfg.Series() == s && g.cfg.Threads == 1 {
				return Selector(g.cfg)
			}
		}
		return ""
	}
	var out []Reported
	for _, s := range rel.Series {
		var all []string
		for _, w := range rel.Workloads {
			e, ok := rel.Ratio[s][w]
			if !ok {
				continue
			}
			deps := []string{sel(w, s), sel(w, rel.Baseline)}
			all = append(all, deps...)
			out = append(out, Reported{Name: fmt.Sprintf("%s/%s on %s", s, rel.Baseline, w), Estimate: e, Configs: deps})
		}
		if e, ok := rel.GeoMean[s]; ok {
			out = append(out, Reported{Name: fmt.Sprintf("%s/%s, geometric mean", s, rel.Baseline), Estimate: e, Configs: all})
		}
	}
	return out
}

func scalingReported(recs []results.Record, groups []*group, experiment string, cores int) []Reported {
	sc := ScalingOf(recs, experiment, cores)
	if sc == nil {
		return nil
	}
	var out []Reported
	for _, w := range sc.Workloads {
		for _, s := range sc.Series {
			c := sc.Curve(w, s)
			if c == nil {
				continue
			}
			one := find(groups, w, s, 1)
			for _, p := range c.Points {
				at := find(groups, w, s, p.Threads)
				if p.Threads == 1 || one == nil || at == nil {
					continue
				}
				out = append(out, Reported{Name: fmt.Sprintf("speedup of %s on %s at %d threads", s, w, p.Threads),
					Estimate: p.Speedup, Absolute: true, Configs: []string{Selector(one.cfg), Selector(at.cfg)}})
			}
		}
	}
	return out
}

func gridReported(groups []*group, experiment string, s Spec, recs []results.Record) []Reported {
	var g *Grid
	var x func(results.Config) (float64, bool)
	switch s.Kind {
	case KindIO:
		g, x = IOOf(recs, experiment), byThreads
	case KindLatency:
		g, x = ConvoyOf(recs, experiment, s.Label), byThreads
	case KindContention:
		g, x = ContentionOf(recs, experiment), func(c results.Config) (float64, bool) { return c.Param() }
	}
	if g == nil {
		return nil
	}
	var out []Reported
	for _, series := range g.Series {
		xs := make([]float64, 0, len(g.Value[series]))
		for xv := range g.Value[series] {
			xs = append(xs, xv)
		}
		sort.Float64s(xs)
		for _, xv := range xs {
			var deps []string
			for _, gr := range groups {
				if v, ok := x(gr.cfg); ok && v == xv && gr.cfg.Series() == series {
					deps = append(deps, Selector(gr.cfg))
				}
			}
			out = append(out, Reported{Name: fmt.Sprintf("%s at %g", series, xv), Estimate: g.Value[series][xv], Configs: deps})
		}
	}
	return out
}
