package analysis

import (
	"sort"

	"github.com/rcvm/rcvm/experiments/results"
)

// group is the successful measurements of one configuration, by rep.
type group struct {
	cfg  results.Config
	reps map[int]*results.Measurement
}

// collect gathers the successful measurements of an experiment by
// configuration, in order of first appearance.
func collect(recs []results.Record, experiment string) []*group {
	idx := map[string]*group{}
	var out []*group
	for _, r := range recs {
		if r.Type != results.TypeMeasurement || r.Experiment != experiment || r.Measurement == nil {
			continue
		}
		k := r.Config.Key()
		g, ok := idx[k]
		if !ok {
			g = &group{cfg: r.Config, reps: map[int]*results.Measurement{}}
			idx[k] = g
			out = append(out, g)
		}
		if r.Measurement.OK() && r.Error == "" {
			// A disturbed run gives way to its round's rerun, never the
			// other way round.
			if old, ok := g.reps[r.Rep]; ok && !old.Disturbed && r.Measurement.Disturbed {
				continue
			}
			g.reps[r.Rep] = r.Measurement
		}
	}
	return out
}

// values returns f of every rep's measurement, in rep order.
func (g *group) values(f func(*results.Measurement) float64) []float64 {
	reps := make([]int, 0, len(g.reps))
	for r := range g.reps {
		reps = append(reps, r)
	}
	sort.Ints(reps)
	out := make([]float64, len(reps))
	for i, r := range reps {
		out[i] = f(g.reps[r])
	}
	return out
}

// paired returns f(a, b) for every rep both groups have.
func paired(a, b *group, f func(x, y *results.Measurement) float64) []float64 {
	var out []float64
	for r, x := range a.reps {
		if y, ok := b.reps[r]; ok {
			out = append(out, f(x, y))
		}
	}
	sort.Float64s(out)
	return out
}

func work(m *results.Measurement) float64 { return m.WorkSeconds }

// appendUnique appends s to list unless present.
func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func appendUniqueInt(list []int, v int) []int {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}
