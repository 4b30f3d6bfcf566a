package experiments

import (
	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
)

// Memory compares the object header each strategy needs and the peak memory
// of allocation-heavy workloads, with CPython's peak resident set beside.
// The runs collect counters (-stats), so their times are not reported.
var Memory = Spec{
	Name:     "memory",
	Title:    "header bytes per object and peak memory per strategy",
	Question: "How much memory does each strategy's bookkeeping cost?",
	Workloads: []Workload{
		{Pattern: "bm_binary_trees.py"},
		{Pattern: "sc_object_creation.py"},
		{Pattern: "bm_dictstr.py"},
	},
	Series:   []Series{{Strategy: AllStrategies}, {System: results.SystemCPython}},
	Threads:  OneAndCores(),
	Mode:     results.ModeStats,
	Quick:    Size{Target: 0.05, Reps: 1},
	Full:     Size{Target: 0.3, Reps: 3},
	Analysis: analysis.Spec{Kind: analysis.KindMemory},
}
