package results

// Kind names how an experiment's records are analysed (package analysis
// lists the kinds), and so which figure and table show them.
type Kind string

// Analysis says how to analyse one experiment: its Kind, the baseline
// series of a relative analysis ("gil", "CPython"), the timing label of a
// latency one ("Latency median"), and the titles of its figure and table
// (empty: the kind's own). Every record of an experiment carries it, so
// that a results file says how it is read, and an experiment defined in a
// researcher's own module gets its figure, table and paper block without
// any list in rcvm naming it.
type Analysis struct {
	Kind     Kind   `json:"kind"`
	Baseline string `json:"baseline,omitempty"`
	Label    string `json:"label,omitempty"`
	Figure   string `json:"figure,omitempty"`
	Table    string `json:"table,omitempty"`
}
