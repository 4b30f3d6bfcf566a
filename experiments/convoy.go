package experiments

import (
	"time"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
)

// Convoy measures how late a thread that sleeps 1 ms wakes while CPU-bound
// threads run: under a GIL it must wait for a spinner to give up the lock
// (up to the switch interval after a drop request; Python 2's GIL instead
// released every 100 instructions without forcing a switch), without one it
// runs at once.
var Convoy = Spec{
	Name:      "convoy",
	Title:     "wake-up latency of a sleeping thread beside CPU-bound ones (GIL variants, switch intervals)",
	Question:  "How long does an I/O thread wait for the interpreter beside CPU-bound threads?",
	Workloads: []Workload{{Pattern: "convoy.py"}},
	Series: []Series{
		{Strategy: "gil", Variant: "1ms", Flags: []string{"-switch-interval", "1ms"}},
		{Strategy: "gil", Variant: "5ms"},
		{Strategy: "gil", Variant: "20ms", Flags: []string{"-switch-interval", "20ms"}},
		{Strategy: "gil", Variant: "old", Flags: []string{"-gil-variant", "old"}},
		{Strategy: AllStrategies, Except: []string{"gil"}},
		{System: results.SystemCPython},
	},
	Threads: CoresPlus(1),
	Mode:    results.ModeTiming,
	IOBound: true,
	// N is the number of 1 ms sleeps; a run takes N × (1 ms + latency),
	// and the latency under Python 2's GIL can reach a tenth of a second
	// (Target is a mean over the series, for the estimate only).
	Quick:    Size{Target: 0.4, N: "10", Reps: 3},
	Full:     Size{Target: 1.2, N: "40", Reps: 6, Budget: 150 * time.Second},
	Analysis: analysis.Spec{Kind: analysis.KindLatency, Label: "Latency median"},
}
