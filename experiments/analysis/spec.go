package analysis

// Kind names how an experiment's records are analysed, and so which
// figure and table show them.
type Kind string

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

// Spec says how to analyse one experiment: its Kind, the baseline series
// of a relative analysis ("gil", "CPython"), the timing label of a latency
// one ("Latency median"). An experiment's Spec carries one, so that an
// experiment defined in a researcher's own module is analysed, drawn and
// tabulated like the built-in ones.
type Spec struct {
	Kind     Kind
	Baseline string
	Label    string
}
