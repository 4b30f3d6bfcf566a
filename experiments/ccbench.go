package experiments

import (
	"os"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/runner"
)

// DebianCCBench is where Debian's python3.11-examples installs CPython's
// Tools/ccbench/ccbench.py (the Makefile's deps installs the package).
const DebianCCBench = "/usr/share/doc/python3.11/examples/ccbench/ccbench.py"

// DefaultCCBench returns Debian's ccbench.py if it is installed, else "".
func DefaultCCBench() string {
	if st, err := os.Stat(DebianCCBench); err == nil && !st.IsDir() {
		return DebianCCBench
	}
	return ""
}

// CCBench runs CPython's own concurrency benchmark, unchanged, on every
// strategy and beside CPython: its throughput tests (iterations per second
// of pi digits, regular expressions, sorting, zlib, bz2 and hashing on 1 …
// THREADS threads) and its latency test (how late a thread answers a ping
// beside 0 … THREADS CPU-bound threads: the convoy question asked by
// CPython's own tool). Each run takes about a minute whatever its size
// (ccbench times every test for two seconds), so it is not part of `all`:
// `rcvm experiment ccbench` or `make ccbench` runs it.
var CCBench = Spec{
	Name:      "ccbench",
	Title:     "CPython's ccbench (throughput and switching latency), unchanged, on every strategy and CPython",
	Question:  "How do the strategies fare on the throughput and latency tests of CPython's own concurrency benchmark?",
	Workloads: []Workload{{CCBench: true}},
	Series:    []Series{{Strategy: AllStrategies}, {System: results.SystemCPython}},
	Threads:   Cores(),
	Mode:      results.ModeTiming,
	// N is not used (ccbench times each test for a fixed two seconds);
	// Target is one run's length, for the estimate.
	Quick: Size{Target: 60, N: "1", Reps: 1},
	Full:  Size{Target: 60, N: "1", Reps: 3},
}

// Extra returns the experiments that `rcvm experiment NAME` finds but
// `all` (and so `rcvm paper -run`) does not run: too long for the paper's
// budget, run on their own.
func Extra() []Spec { return []Spec{CCBench} }

// ccbenchWorkload is the planned workload of a ccbench.py.
func ccbenchWorkload(path string) PlannedWorkload {
	return PlannedWorkload{Name: "ccbench.py", Path: path, Protocol: runner.ProtocolCCBench}
}
