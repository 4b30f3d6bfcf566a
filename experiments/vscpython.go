package experiments

import (
	"time"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
)

// VsCPython runs the benchmark suite on one thread on rcvm (GIL) and on
// python3 alternately: how far the VM is from the reference implementation,
// program by program, with the geometric mean (`make bench`).
var VsCPython = Spec{
	Name:      "vscpython",
	Title:     "the benchmark suite on one thread, rcvm (GIL) vs python3",
	Question:  "How fast is rcvm next to CPython?",
	Workloads: []Workload{{Pattern: "bm_*.py", Pyperformance: true}},
	// brc beside the GIL: the goals compare it with free-threaded CPython.
	Series:   []Series{{Strategy: "gil"}, {Strategy: "brc"}, {System: results.SystemCPython}},
	Threads:  Fixed(1),
	Mode:     results.ModeTiming,
	Quick:    Size{Target: 0.1, Reps: 3},
	Full:     Size{Target: 0.35, Reps: 6, Budget: 3 * time.Minute},
	Analysis: analysis.Spec{Kind: analysis.KindRelative, Baseline: "CPython"},
}
