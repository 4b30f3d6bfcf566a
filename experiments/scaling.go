package experiments

import (
	"time"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
)

// Scaling is the speedup and parallel efficiency of every strategy and the
// baselines over thread counts 1 … 2 × cores, with the same work per thread
// (as CPython's Tools/ftscalingbench): private objects, a shared list, a
// shared function and globals, object creation, a shared method, and the
// seeds' CPU-bound counting loop.
var Scaling = Spec{
	Name:     "scaling",
	Title:    "speedup over 1 … 2×cores threads, same work per thread, strategies and baselines",
	Question: "How does each strategy scale with threads, on private and on shared objects?",
	Workloads: []Workload{
		// With -workloads …/ftscalingbench.py, CPython's own scaling
		// workloads run beside these, each its own.
		{Pattern: "sc_*.py", FTScalingBench: true},
		{Pattern: "seed_cpu_threads.py"},
	},
	Series: []Series{
		{Strategy: AllStrategies},
		{System: results.SystemCPython},
		{System: results.SystemMultiprocessing},
		{System: results.SystemSubinterpreters},
	},
	Threads: Doubling(2),
	Mode:    results.ModeTiming,
	// The quick size judges the seeds' claims on the counting loop and on
	// private objects at 1 thread and as many as cores. Runs of a few
	// hundredths of a second made a GIL look 1.7× faster with two threads
	// on a busy machine; a quarter of a second per thread decides it.
	Quick: Size{Target: 0.25, Reps: 6, Budget: 100 * time.Second, Threads: OneAndCores(),
		Only: []string{"seed_cpu_threads.py", "sc_private.py"}},
	// Shared machines are noisy: more repetitions of fewer thread counts
	// (1, 2, 4, … and the core count) buy tighter intervals.
	Full:     Size{Target: 0.25, Reps: 6, Budget: 9 * time.Minute},
	Analysis: analysis.Spec{Kind: analysis.KindScaling},
}
