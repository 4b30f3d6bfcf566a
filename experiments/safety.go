package experiments

import (
	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
)

// Safety runs the unsafe strategy beside the safe ones in checked mode
// (freed objects poisoned and quarantined) on workloads whose threads share
// objects, and counts what goes wrong: leaks, uses after free, decrements
// below zero. Nothing here is timed.
var Safety = Spec{
	Name:     "safety",
	Title:    "leaks, uses after free and negative counts in checked mode, unsafe vs safe strategies",
	Question: "What do the safe strategies prevent, and how often does the unsafe one go wrong?",
	Workloads: []Workload{
		{Pattern: "sc_shared_list.py"},
		{Pattern: "sc_object_creation.py"},
		{Pattern: "contention.py", Args: []string{"100"}},
	},
	Series:   []Series{{Strategy: AllStrategies}},
	Threads:  UpTo(2),
	Mode:     results.ModeChecked,
	Quick:    Size{Target: 0.03, Reps: 2},
	Full:     Size{Target: 0.1, Reps: 3},
	Analysis: analysis.Spec{Kind: analysis.KindSafety},
}
