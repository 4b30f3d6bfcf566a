package gen

import (
	"fmt"
	"strings"

	"github.com/rcvm/rcvm/experiments/analysis"
)

// Finding is the verdict of a figure the project reports without a target.
const Finding = "finding"

// goalChecks are the project's own speed and scaling goals (the core and
// strategies issues), checked on one host's results the way the seeds'
// claims are: each with the measurement, the rule and the computed verdict.
var goalChecks = []claimCheck{
	{
		text: "rcvm with the GIL runs single-threaded programs at least as fast as CPython 3.11.",
		test: "vscpython: geometric mean over the suite of rcvm's time relative to python3's",
		rule: "at most 1.0",
		check: func(f *facts) (string, string) {
			if f.vsCPython == nil {
				return "no vscpython data", NotMeasured
			}
			e, ok := f.vsCPython.GeoMean["gil"]
			if !ok || !e.Valid() {
				return "no rcvm series measured", NotMeasured
			}
			return fmt.Sprintf("%s× CPython's time", fmtEst(e, "%.2f")), f.judge(e, func(x float64) bool { return x <= 1.0 })
		},
	},
	{
		text: "On one thread, brc costs at most 5% over the GIL (PEP 703 reported 5–6%).",
		test: "overhead: geometric mean over the suite of brc's time relative to the GIL's",
		rule: "at most 1.05",
		check: func(f *facts) (string, string) {
			return overheadRule(f, "brc", func(x float64) bool { return x <= 1.05 })
		},
	},
	{
		text: "On one thread, what atomic and mutex cost over the GIL.",
		test: "overhead: geometric means relative to the GIL",
		rule: "none: reported",
		check: func(f *facts) (string, string) {
			if f.overhead == nil {
				return "no overhead data", NotMeasured
			}
			var parts []string
			for _, s := range []string{"atomic", "mutex", "unsafe"} {
				if e, ok := f.overhead.GeoMean[s]; ok && e.Valid() {
					parts = append(parts, fmt.Sprintf("%s %s×", s, fmtEst(e, "%.2f")))
				}
			}
			if len(parts) == 0 {
				return "not measured", NotMeasured
			}
			return strings.Join(parts, ", "), Finding
		},
	},
	{
		text: "Two threads of independent CPU work: brc reaches a parallel efficiency of at least 0.85.",
		test: "scaling: efficiency at as many threads as cores on thread-private work (sc_private.py, seed_cpu_threads.py)",
		rule: "at least 0.85 on each",
		check: func(f *facts) (string, string) {
			return efficiencyGoal(f, "brc", func(e float64) bool { return e >= 0.85 })
		},
	},
	{
		text: "Two threads of independent CPU work: atomic reaches a parallel efficiency of at least 0.85.",
		test: "scaling: as above, for atomic",
		rule: "at least 0.85 on each",
		check: func(f *facts) (string, string) {
			return efficiencyGoal(f, "atomic", func(e float64) bool { return e >= 0.85 })
		},
	},
	{
		text: "Under the GIL the same work stays near an efficiency of 0.5 (one core).",
		test: "scaling: as above, for the GIL",
		rule: "at most 0.6 on each",
		check: func(f *facts) (string, string) {
			return efficiencyGoal(f, "gil", func(e float64) bool { return e <= 0.6 })
		},
	},
	{
		text: "On one thread, rcvm with brc is at least as fast as free-threaded CPython 3.13t (PEP 703's own implementation).",
		test: "vscpython: geometric mean over the suite of brc's time relative to the free-threaded CPython peer's",
		rule: "at most 1.0",
		check: func(f *facts) (string, string) {
			if f.freeThreaded == "" || f.vsFreeThreaded == nil {
				return noFreeThreaded, NotMeasured
			}
			e, ok := f.vsFreeThreaded.GeoMean["brc"]
			if !ok || !e.Valid() {
				return "no data: brc was not measured in vscpython", NotMeasured
			}
			return fmt.Sprintf("%s× %s's time", fmtEst(e, "%.2f"), f.freeThreaded), f.judge(e, func(x float64) bool { return x <= 1.0 })
		},
	},
	{
		text: "With as many threads as cores, brc scales at least as well as free-threaded CPython 3.13t on every scaling workload.",
		test: "scaling: brc's speedup over the free-threaded CPython peer's at as many threads as cores, per round, on each workload",
		rule: "ratio at least 1.0 on each",
		check: func(f *facts) (string, string) {
			t := f.parallelThreads()
			if f.freeThreaded == "" || f.scaling == nil {
				return noFreeThreaded, NotMeasured
			}
			if t < 2 {
				return "needs scaling results on 2+ cores", NotMeasured
			}
			var parts, verdicts []string
			for _, w := range f.scaling.Workloads {
				f.speedup(w, "brc", t) // notes a starved baseline
				f.speedup(w, f.freeThreaded, t)
				r := analysis.SpeedupRatio(f.records, "scaling", w, "brc", f.freeThreaded, t)
				if !r.Valid() {
					continue
				}
				parts = append(parts, fmt.Sprintf("%s %s", w, fmtEst(r, "%.2f")))
				verdicts = append(verdicts, f.judge(r, func(x float64) bool { return x >= 1.0 }))
			}
			if len(verdicts) == 0 {
				return "no data: brc and " + f.freeThreaded + " not both measured at 1 and " + fmt.Sprint(t) + " threads", NotMeasured
			}
			return fmt.Sprintf("at %d threads, brc / %s: %s", t, f.freeThreaded, strings.Join(parts, "; ")), allOf(verdicts)
		},
	},
}

// noFreeThreaded is the result of a goal that needs a free-threaded
// CPython peer when none was measured.
const noFreeThreaded = "no data: no free-threaded CPython peer was measured (make peers; -python python3.11,PATH/python3.13t)"

// goals checks the project's goals on one host's facts.
func goals(f *facts) []Claim { return runChecks(goalChecks, f) }

// overheadRule judges a rule on a strategy's single-thread geometric mean
// relative to the GIL.
func overheadRule(f *facts, series string, ok func(float64) bool) (string, string) {
	if f.overhead == nil {
		return "no overhead data", NotMeasured
	}
	e, found := f.overhead.GeoMean[series]
	if !found || !e.Valid() {
		return "no " + series + " strategy measured", NotMeasured
	}
	return fmt.Sprintf("%s: %s× the GIL's time", series, fmtEst(e, "%.2f")), f.judge(e, ok)
}

// privateWorkloads are the scaling workloads whose threads share no
// mutable object.
var privateWorkloads = []string{"sc_private.py", "seed_cpu_threads.py"}

// efficiencyGoal judges a series' efficiency at as many threads as cores on
// the private workloads: every workload must meet the rule (ok takes an
// efficiency), each judged on its speedup's interval.
func efficiencyGoal(f *facts, series string, ok func(float64) bool) (string, string) {
	t := f.parallelThreads()
	if t < 2 {
		return "needs scaling results on 2+ cores", NotMeasured
	}
	ideal := float64(min(t, f.host.Cores))
	var parts, verdicts []string
	for _, w := range privateWorkloads {
		p, found := f.speedup(w, series, t)
		if !found {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s %.2f (speedup %s)", w, p.Efficiency, fmtEst(p.Speedup, "%.2f")))
		verdicts = append(verdicts, f.judge(p.Speedup, func(x float64) bool { return ok(x / ideal) }))
	}
	if len(verdicts) == 0 {
		return "no " + series + " scaling data", NotMeasured
	}
	return fmt.Sprintf("at %d threads: %s", t, strings.Join(parts, "; ")), allOf(verdicts)
}

// allOf combines the verdicts of a rule that must hold everywhere.
func allOf(vs []string) string {
	out := Confirmed
	for _, v := range vs {
		switch v {
		case NotConfirmed:
			return NotConfirmed
		case Inconclusive:
			out = Inconclusive
		}
	}
	return out
}
