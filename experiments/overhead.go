package experiments

import "github.com/rcvm/rcvm/experiments/results"

// Overhead is the single-thread time of every strategy on the benchmark
// suite, relative to the GIL: the price a program pays for a strategy when
// it does not use threads at all (PEP 703 accepted 5–6% for biased counting).
var Overhead = Spec{
	Name:      "overhead",
	Title:     "single-thread time of every strategy on the benchmark suite, relative to the GIL",
	Question:  "What does each strategy cost a program that runs one thread?",
	Workloads: []Workload{{Pattern: "bm_*.py"}},
	Series:    []Series{{Strategy: AllStrategies}},
	Threads:   Fixed(1),
	Mode:      results.ModeTiming,
	Quick:     Size{Target: 0.1, Reps: 3},
	Full:      Size{Target: 0.35, Reps: 11},
}
