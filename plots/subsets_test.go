package plots

import (
	"testing"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/results/resultstest"
	"github.com/stretchr/testify/assert"
)

// TestWriteFiguresSubsets draws the figures from subsets of a full set of
// results — one thread count (`rcvm experiment io -threads 1`), one
// strategy, one repetition, a single record of each experiment, as an
// interrupted run leaves them: every figure must draw from any non-empty
// subset of its results, without an error or a panic (issue 8, item 12).
func TestWriteFiguresSubsets(t *testing.T) {
	all := resultstest.Synthetic("Test CPU", 2)
	maxThreads := 0
	for _, r := range all {
		maxThreads = max(maxThreads, r.Config.Threads)
	}
	firstOf := map[string]bool{}
	subsets := []struct {
		name string
		keep func(r results.Record) bool
	}{
		{"one thread", func(r results.Record) bool { return r.Config.Threads == 1 }},
		{"most threads", func(r results.Record) bool { return r.Config.Threads == maxThreads }},
		{"one strategy", func(r results.Record) bool { return r.Config.Strategy == "atomic" }},
		{"one repetition", func(r results.Record) bool { return r.Measurement.Rep == 0 }},
		{"one record of each experiment", func(r results.Record) bool {
			if firstOf[r.Experiment] {
				return false
			}
			firstOf[r.Experiment] = true
			return true
		}},
	}
	for _, s := range subsets {
		t.Run(s.name, func(t *testing.T) {
			var recs []results.Record
			for _, r := range all {
				if s.keep(r) {
					recs = append(recs, r)
				}
			}
			assert.NotPanics(t, func() {
				_, err := WriteFigures(recs, t.TempDir())
				assert.NoError(t, err)
			})
		})
	}
}
