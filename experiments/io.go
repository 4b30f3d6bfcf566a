package experiments

import (
	"time"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
)

// IO is the seeds' I/O-bound example: THREADS threads each sleep N seconds.
// If blocking calls release the interpreter the run takes N seconds at any
// thread count; a VM that kept its lock while sleeping would take
// THREADS × N.
var IO = Spec{
	Name:      "io",
	Title:     "threads that sleep N seconds each, 1 … 16 threads: do waits overlap?",
	Question:  "Do threads overlap their waiting under each strategy, as under CPython's GIL?",
	Workloads: []Workload{{Pattern: "seed_io_threads.py"}},
	Series:    []Series{{Strategy: AllStrategies}, {System: results.SystemCPython}},
	Threads:   Fixed(1, 2, 4, 8, 16),
	Mode:      results.ModeTiming,
	IOBound:   true,
	Quick:     Size{Target: 0.05, N: "0.05", Reps: 6, Budget: 25 * time.Second},
	Full:      Size{Target: 0.2, N: "0.2", Reps: 6, Budget: 90 * time.Second},
	Analysis:  analysis.Spec{Kind: analysis.KindIO},
}
