// Package resultstest makes synthetic results records for tests of the
// packages that read results (analysis, plots, the paper generator).
package resultstest

import (
	"fmt"
	"strings"

	"github.com/rcvm/rcvm/experiments/results"
)

// Synthetic makes plausible records of every experiment for one host:
// six repetitions of every configuration (the fewest whose range is a
// 95% interval, so that verdicts are decided), with a little drift, no failures.
func Synthetic(cpu string, cores int) []results.Record {
	h := results.Host{CPU: cpu, Cores: cores, Go: "go1.26.8", GOMAXPROCS: cores, Commit: "0123456789ab", Date: "2025-06-01T10:00:00Z"}
	var recs []results.Record
	add := func(exp string, c results.Config, rep int, work float64, f func(m *results.Measurement)) {
		m := &results.Measurement{Rep: rep, WorkSeconds: work, WallSeconds: work + 0.02, CPUSeconds: work, MaxRSSBytes: 20 << 20,
			Report: &results.Report{GCCycles: 3, PeakHeapBytes: 8 << 20, HeaderBytes: 16}}
		if f != nil {
			f(m)
		}
		recs = append(recs, results.Record{Type: results.TypeMeasurement, Experiment: exp, RunID: "r1", Host: h, Config: c, Measurement: m})
	}
	rc := func(w, s string, t int) results.Config {
		return results.Config{Workload: w, System: results.SystemRCVM, Strategy: s, Threads: t, N: "10", Mode: results.ModeTiming}
	}
	cost := map[string]float64{"gil": 1, "atomic": 1.25, "brc": 1.07, "unsafe": 0.97, "mutex": 1.8}
	strategies := []string{"gil", "mutex", "atomic", "brc", "unsafe"}
	for rep := 0; rep < 6; rep++ {
		noise := 1 + 0.01*float64((rep*7)%5)
		for i, w := range []string{"bm_float.py", "bm_nbody.py", "bm_richards.py"} {
			base := 0.3 + 0.1*float64(i)
			for _, s := range strategies {
				add("overhead", rc(w, s, 1), rep, base*cost[s]*noise, nil)
			}
			add("vscpython", rc(w, "gil", 1), rep, base*2.1*noise, nil)
			cp := rc(w, "", 1)
			cp.System = results.SystemCPython
			add("vscpython", cp, rep, base*noise, nil)
		}
		for _, w := range []string{"sc_private.py", "sc_shared_list.py"} {
			for t := 1; t <= 2*cores; t++ {
				par := float64((t + cores - 1) / cores)
				for _, s := range strategies {
					wt := 0.1 * cost[s] * float64(t)
					if s != "gil" {
						wt = 0.1 * cost[s] * par
						if w == "sc_shared_list.py" {
							wt *= 1 + 0.3*float64(t-1)
						}
					}
					busy := float64(min(t, cores))
					if s == "gil" {
						busy = 1
					}
					add("scaling", rc(w, s, t), rep, wt*noise, func(m *results.Measurement) { m.CPUSeconds = wt * noise * busy })
				}
				mp := rc(w, "gil", t)
				mp.System = results.SystemMultiprocessing
				add("scaling", mp, rep, 0.1*par*noise, nil)
			}
		}
		for _, share := range []string{"0", "50", "100"} {
			sh := 0.0
			fmt.Sscan(share, &sh)
			for _, s := range strategies {
				c := rc("contention.py", s, cores)
				c.N, c.Args = "1", []string{share}
				per := map[string]float64{"gil": 10, "mutex": 14, "atomic": 9 + 0.15*sh, "brc": 6 + 0.2*sh, "unsafe": 5}[s]
				add("contention", c, rep, per*1e-9*contentionOpsPerN*noise, nil)
			}
		}
		for _, t := range []int{1, 2, 4, 8, 16} {
			for _, s := range []string{"gil", "atomic"} {
				c := rc("seed_io_threads.py", s, t)
				c.N = "0.2"
				add("io", c, rep, 0.2+0.001*float64(t), nil)
			}
		}
		for t := 1; t <= cores+1; t++ {
			for _, s := range []string{"gil 1ms", "gil 5ms", "atomic"} {
				strat, variant, _ := strings.Cut(s, " ")
				c := rc("convoy.py", strat, t)
				c.Variant = variant
				lat := 0.00008
				if strat == "gil" && t > 1 {
					lat = map[string]float64{"1ms": 0.0012, "5ms": 0.0051}[variant]
				}
				add("convoy", c, rep, 0.3, func(m *results.Measurement) {
					m.Timings = map[string][]float64{"Latency median": {lat * noise}, "Latency max": {lat * 4}}
				})
			}
		}
		for t := 1; t <= 2; t++ {
			for _, s := range []string{"gil", "unsafe"} {
				c := rc("sc_shared_list.py", s, t)
				c.Mode = results.ModeChecked
				add("safety", c, rep, 0.1, func(m *results.Measurement) {
					m.Stats = map[string]float64{"leaked": 0}
					if s == "unsafe" && t > 1 {
						m.Stats = map[string]float64{"leaked": 12, "use_after_free": 2, "negative_refcount": 1}
					}
				})
			}
		}
		for _, s := range strategies {
			c := rc("bm_binary_trees.py", s, 1)
			c.Mode = results.ModeStats
			add("memory", c, rep, 0.3, func(m *results.Measurement) { m.Stats = map[string]float64{"objects_allocated": 1e6} })
		}
	}
	return recs
}

// contentionOpsPerN mirrors analysis.ContentionOpsPerN at N = 1.
const contentionOpsPerN = 1000 * 64 * 6
