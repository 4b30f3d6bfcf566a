package experiments

import (
	"time"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
)

// Noise measures the measures against noise, for the paper's method
// section: the same single-thread programs on the GIL, unpinned and pinned
// to one CPU, in the same rounds, every run's CPU time beside its wall
// time and disturbed runs (CPU time short of wall time) run again. Its
// analysis sets the intervals of each way of measuring side by side, and
// how much of the variance the rounds share (which pairing cancels).
var Noise = Spec{
	Name:      "noise",
	Title:     "what pinning, rerunning disturbed runs, CPU time and pairing do to the intervals",
	Question:  "Which measures narrow the intervals on this machine, and by how much?",
	Workloads: []Workload{{Pattern: "bm_float.py"}, {Pattern: "bm_richards.py"}},
	Series:    []Series{{Strategy: "gil"}, {Strategy: "gil", Variant: "pinned", Pin: true}},
	Threads:   Fixed(1),
	Mode:      results.ModeTiming,
	Quick:     Size{Target: 0.1, Reps: 8},
	Full:      Size{Target: 0.35, Reps: 15, Budget: time.Minute},
	Analysis:  analysis.Spec{Kind: analysis.KindNoise},
}
