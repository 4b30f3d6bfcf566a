package experiments

import (
	"time"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
)

// Contention makes as many threads as cores hammer a pool of objects of
// which a growing share is common to all threads: from 0% (every object
// private: biased counting's best case) to 100% (every count shared).
var Contention = Spec{
	Name:      "contention",
	Title:     "cost per operation as the share of objects all threads touch grows from 0% to 100%",
	Question:  "How does each strategy's cost grow when threads really share objects?",
	Workloads: []Workload{{Pattern: "contention.py"}},
	Series:    []Series{{Strategy: AllStrategies}, {System: results.SystemCPython}},
	Threads:   Cores(),
	Mode:      results.ModeTiming,
	Quick:     Size{Target: 0.05, Reps: 3, Sweep: []string{"0", "50", "100"}},
	Full: Size{Target: 0.2, Reps: 6, Budget: 3 * time.Minute,
		Sweep: []string{"0", "10", "25", "50", "75", "100"}},
	Analysis: analysis.Spec{Kind: analysis.KindContention},
}
