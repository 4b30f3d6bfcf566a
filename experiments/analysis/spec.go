package analysis

import "github.com/rcvm/rcvm/experiments/results"

// Kind names how an experiment's records are analysed, and so which
// figure and table show them.
type Kind = results.Kind

// The kinds of analysis.
const (
	// KindRelative: single-thread time of every series relative to a
	// baseline series, per workload and as a geometric mean (Relative).
	KindRelative Kind = "relative"
	// KindScaling: speedup and efficiency by thread count (Scaling).
	KindScaling Kind = "scaling"
	// KindIO: work time by series and thread count (Grid).
	KindIO Kind = "io"
	// KindLatency: a timing line's value by series and thread count (Grid).
	KindLatency Kind = "latency"
	// KindContention: time per reference operation by series and share
	// (Grid).
	KindContention Kind = "contention"
	// KindSafety: what checked runs found (SafetyRow).
	KindSafety Kind = "safety"
	// KindMemory: headers and peak memory (MemoryRow).
	KindMemory Kind = "memory"
	// KindNoise: what each measure against noise gains (NoiseOf).
	KindNoise Kind = "noise"
)

// Spec says how to analyse one experiment (see results.Analysis).
type Spec = results.Analysis

// Builtin is how the built-in experiments are analysed: what results
// files written before records carried their analysis are read with (the
// experiments' own Specs say the same, which a test checks).
var Builtin = map[string]Spec{
	"overhead":   {Kind: KindRelative, Baseline: "gil"},
	"vscpython":  {Kind: KindRelative, Baseline: "CPython"},
	"scaling":    {Kind: KindScaling},
	"io":         {Kind: KindIO},
	"convoy":     {Kind: KindLatency, Label: "Latency median"},
	"contention": {Kind: KindContention},
	"safety":     {Kind: KindSafety},
	"memory":     {Kind: KindMemory},
	"noise":      {Kind: KindNoise},
}
