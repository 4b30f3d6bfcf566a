package experiments

import "github.com/rcvm/rcvm/experiments/results"

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
		{Pattern: "sc_*.py"},
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
	Quick:   Size{Target: 0.04, Reps: 3},
	// Shared machines are noisy: more repetitions of fewer thread counts
	// (1, 2, 4, … and the core count) buy tighter intervals.
	Full: Size{Target: 0.15, Reps: 9},
}
