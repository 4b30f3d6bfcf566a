package experiments

import (
	"time"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
)

// Overhead is the single-thread time of every strategy on the benchmark
// suite, relative to the GIL: the price a program pays for a strategy when
// it does not use threads at all (PEP 703 accepted 5–6% for biased counting).
var Overhead = Spec{
	Name:      "overhead",
	Title:     "single-thread time of every strategy on the benchmark suite, relative to the GIL",
	Question:  "What does each strategy cost a program that runs one thread?",
	Workloads: []Workload{{Pattern: "bm_*.py", Pyperformance: true}},
	// The CPython peers run beside the strategies: the same programs on
	// CPython 3.11 and, with -python, 3.13 and 3.13t.
	Series:  []Series{{Strategy: AllStrategies}, {System: results.SystemCPython}},
	Threads: Fixed(1),
	Mode:    results.ModeTiming,
	// Six repetitions is the fewest whose range is a 95% interval on the
	// median (see package stats): fewer could never decide a claim.
	Quick: Size{Target: 0.1, Reps: 6, Budget: 40 * time.Second,
		Only: []string{"bm_float.py", "bm_nbody.py", "bm_richards.py", "bm_spectral_norm.py"}},
	Full:     Size{Target: 0.35, Reps: 6, Budget: 5 * time.Minute},
	Analysis: analysis.Spec{Kind: analysis.KindRelative, Baseline: "gil"},
}
