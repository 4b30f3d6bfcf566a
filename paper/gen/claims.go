package gen

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/stats"
)

// Verdicts.
const (
	Confirmed    = "confirmed"
	NotConfirmed = "not confirmed"
	// Inconclusive is the verdict when the 95% interval straddles the
	// rule's threshold: the median alone would decide on noise.
	Inconclusive = "inconclusive"
	NotMeasured  = "not measured"
)

// Claim is one of the seed programs' claims, checked on one host.
type Claim struct {
	// Text is the claim; Test the measurement that tests it and Rule the
	// threshold that decides.
	Text, Test, Rule string
	// Result is what was measured; Verdict one of the verdict constants.
	Result, Verdict string
}

// claimCheck computes a claim's result and verdict from a host's facts.
type claimCheck struct {
	text, test, rule string
	check            func(f *facts) (result, verdict string)
}

// claims checks the seeds' claims on one host's facts.
func claims(f *facts) []Claim { return runChecks(claimChecks, f) }

// runChecks computes every check's result and verdict on one host's facts.
func runChecks(checks []claimCheck, f *facts) []Claim {
	out := make([]Claim, len(checks))
	for i, c := range checks {
		f.hints, f.starved = nil, nil
		res, v := c.check(f)
		if len(f.starved) > 0 && (v == Confirmed || v == NotConfirmed) {
			// Decided on wall times another process stretched: not
			// decided at all.
			v, f.hints = Inconclusive, append([]string{f.starved[0] + ": run it again on a quieter machine"}, f.hints...)
		}
		if v == Inconclusive && len(f.hints) > 0 {
			res += " — " + strings.Join(f.hints, "; ")
		}
		out[i] = Claim{Text: c.text, Test: c.test, Rule: c.rule, Result: res, Verdict: v}
	}
	return out
}

var claimChecks = []claimCheck{
	{
		text: "Threads do not speed up CPU-bound code under the GIL.",
		test: "scaling: the GIL's speedup with as many threads as cores, same work per thread (seed_cpu_threads.py)",
		rule: "speedup below 1.2",
		check: func(f *facts) (string, string) {
			w, t := f.cpuWorkload(), f.parallelThreads()
			if t < 2 {
				return "needs scaling results on 2+ cores", NotMeasured
			}
			p, ok := f.speedup(w, "gil", t)
			if !ok {
				return "no GIL scaling data", NotMeasured
			}
			res := fmt.Sprintf("%s at %d threads: speedup %s%s", w, t, fmtEst(p.Speedup, "%.2f"), cpythonSpeedup(f, w, t))
			return res, f.judge(p.Speedup, func(x float64) bool { return x < 1.2 })
		},
	},
	{
		text: "Many threads still use about one core.",
		test: "scaling: CPU time / wall time of the GIL at the most threads measured",
		rule: "at most 1.25 cores busy",
		check: func(f *facts) (string, string) {
			w := f.cpuWorkload()
			if w == "" {
				return "no scaling data", NotMeasured
			}
			c := f.scaling.Curve(w, "gil")
			if c == nil {
				return "no GIL scaling data", NotMeasured
			}
			last := c.Last()
			res := fmt.Sprintf("%s at %d threads: %s cores busy of %d", w, last.Threads, fmtEst(last.UtilisationCI, "%.2f"), f.host.Cores)
			if cp := f.scaling.Curve(w, f.cpython(f.scaling.Series)); cp != nil {
				res += fmt.Sprintf(" (CPython: %.2f)", cp.Last().Utilisation)
			}
			return res, f.judge(last.UtilisationCI, func(x float64) bool { return x <= 1.25 })
		},
	},
	{
		text: "Threads do overlap waiting (I/O).",
		test: "io: time of the most threads, each sleeping N s, over the time of one thread, under the GIL",
		rule: "below 1.5 (no overlap would give the thread count)",
		check: func(f *facts) (string, string) {
			if f.io == nil || len(f.io.X) < 2 {
				return "no io data", NotMeasured
			}
			one, ok1 := f.io.At("gil", f.io.X[0])
			maxT := f.io.X[len(f.io.X)-1]
			many, ok2 := f.io.At("gil", maxT)
			if !ok1 || !ok2 {
				return "no GIL io data", NotMeasured
			}
			ratio := analysis.ThreadRatio(f.records, "io", f.ioWorkload, "gil", int(maxT), int(f.io.X[0]))
			res := fmt.Sprintf("%g threads × %g s: %.3f s (1 thread: %.3f s), ratio %s", maxT, f.ioSleep, many.Median, one.Median, fmtEst(ratio, "%.2f"))
			if cp, ok := f.io.At(f.cpython(f.io.Series), maxT); ok {
				res += fmt.Sprintf("; CPython %.3f s", cp.Median)
			}
			return res, f.judge(ratio, func(x float64) bool { return x < 1.5 })
		},
	},
	{
		text: "Multiprocessing sidesteps the GIL.",
		test: "scaling: speedup of as many rcvm processes as cores, each with one thread's work",
		rule: "speedup at least 0.75 × cores",
		check: func(f *facts) (string, string) {
			return parallelClaim(f, "multiprocessing")
		},
	},
	{
		text: "Fine-grained locking of reference counts would be slow on one thread.",
		test: "overhead: geometric-mean single-thread time of the per-object mutex strategy relative to the GIL",
		rule: "at least 1.2× (20% slower)",
		check: func(f *facts) (string, string) {
			return overheadRule(f, "mutex", func(x float64) bool { return x >= 1.2 })
		},
	},
	{
		text: "The GIL makes single-threaded code faster than the alternatives.",
		test: "overhead: geometric-mean single-thread time of every other safe strategy relative to the GIL",
		rule: "every safe alternative slower, its 95% interval above 1",
		check: func(f *facts) (string, string) {
			if f.overhead == nil {
				return "no overhead data", NotMeasured
			}
			var parts, faster, verdicts []string
			for _, s := range f.overhead.Series {
				if s == "unsafe" || results.IsCPython(s) {
					continue
				}
				e, ok := f.overhead.GeoMean[s]
				if !ok || !e.Valid() {
					continue
				}
				parts = append(parts, fmt.Sprintf("%s %s×", s, fmtEst(e, "%.2f")))
				v := f.judge(e, func(x float64) bool { return x > 1 })
				if v != Confirmed {
					faster = append(faster, s)
				}
				verdicts = append(verdicts, v)
			}
			if len(parts) == 0 {
				return "no safe alternative measured", NotMeasured
			}
			res := strings.Join(parts, ", ")
			if len(faster) > 0 {
				res += "; not clearly slower: " + strings.Join(faster, ", ")
			}
			return res, allOf(verdicts)
		},
	},
	{
		text: "Subinterpreters, each with their own GIL, run in parallel.",
		test: "scaling: speedup of as many isolated interpreters as cores in one process (rcvm run -interpreters)",
		rule: "speedup at least 0.75 × cores",
		check: func(f *facts) (string, string) {
			return parallelClaim(f, "subinterpreters")
		},
	},
}

// parallelClaim judges whether a baseline runs in parallel.
func parallelClaim(f *facts, series string) (string, string) {
	w, t := f.cpuWorkload(), f.parallelThreads()
	if t < 2 {
		return "needs scaling results on 2+ cores", NotMeasured
	}
	p, ok := f.speedup(w, series, t)
	if !ok {
		return "no " + series + " scaling data", NotMeasured
	}
	res := fmt.Sprintf("%s with %d: speedup %s (ideal %d)", w, t, fmtEst(p.Speedup, "%.2f"), t)
	if g, ok := f.speedup(w, "gil", t); ok {
		res += fmt.Sprintf("; GIL threads: %.2f", g.Speedup.Median)
	}
	return res, f.judge(p.Speedup, func(x float64) bool { return x >= 0.75*float64(t) })
}

func cpythonSpeedup(f *facts, w string, t int) string {
	if p, ok := f.speedup(w, f.cpython(f.scaling.Series), t); ok {
		return fmt.Sprintf(" (CPython: %.2f)", p.Speedup.Median)
	}
	return ""
}

// Judge decides a threshold rule on an estimate: confirmed when the whole
// 95% interval meets it, not confirmed when none of it does, inconclusive
// when the interval straddles the threshold, and inconclusive too when the
// interval does not reach 95% coverage (fewer than six repetitions: the
// range of so few runs misses the median too often for a verdict). ok is
// the rule on one value, and is asked only at the interval's ends, so a
// rule must be monotonic (a threshold), as every claim's is. This is the
// one verdict function: the paper's tables and `rcvm experiment`'s summary
// both come from it.
func Judge(e stats.Estimate, ok func(float64) bool) string {
	if !e.Valid() {
		return NotMeasured
	}
	if e.N < 2 || e.Confidence < stats.Level {
		return Inconclusive
	}
	lo, hi := ok(e.Low), ok(e.High)
	switch {
	case lo && hi:
		return Confirmed
	case !lo && !hi:
		return NotConfirmed
	}
	return Inconclusive
}

// judge is Judge, for the checks; an inconclusive verdict leaves a hint
// of how many more rounds would decide it, which the result then carries.
func (f *facts) judge(e stats.Estimate, ok func(float64) bool) string {
	v := Judge(e, ok)
	if v == Inconclusive {
		if h := moreRounds(e, ok); h != "" {
			f.hints = append(f.hints, h)
		}
	}
	return v
}

// moreRounds says how many more rounds would likely decide an
// inconclusive estimate: at least six in all for a 95% interval, and, if
// the median stays where it is and the interval narrows as 1/√n, enough
// for the interval's half-width to fit between the median and the rule's
// threshold (found by bisection: the rule is monotonic). Empty when the
// median sits on the threshold, where no number of rounds decides.
func moreRounds(e stats.Estimate, ok func(float64) bool) string {
	if !e.Valid() {
		return ""
	}
	if e.N < 6 {
		return fmt.Sprintf("at least %d more rounds for a 95%% interval", 6-e.N)
	}
	lo, hi := e.Low, e.High
	if ok(lo) == ok(hi) {
		return ""
	}
	for range 60 {
		mid := (lo + hi) / 2
		if ok(mid) == ok(e.Low) {
			lo = mid
		} else {
			hi = mid
		}
	}
	threshold := (lo + hi) / 2
	d := math.Abs(e.Median - threshold)
	// The side of the interval the threshold is on is what must shrink.
	half := e.High - e.Median
	if threshold < e.Median {
		half = e.Median - e.Low
	}
	if d < 1e-9*math.Max(1, math.Abs(e.Median)) {
		return "the median sits on the threshold"
	}
	need := int(math.Ceil(float64(e.N) * (half / d) * (half / d)))
	if need > 100*e.N {
		return fmt.Sprintf("over %d more rounds (the median is close to the threshold)", 100*e.N)
	}
	if more := need - e.N; more > 1 {
		return fmt.Sprintf("about %d more rounds to decide, if the median holds", more)
	}
	return "about one more round to decide, if the median holds"
}

// fmtEst formats a median with its interval.
func fmtEst(e stats.Estimate, format string) string {
	if !e.Valid() {
		return "–"
	}
	lo, hi := fmt.Sprintf(format, e.Low), fmt.Sprintf(format, e.High)
	if e.N < 2 || lo == hi {
		// An interval that prints as a point says nothing.
		return fmt.Sprintf(format, e.Median)
	}
	return fmt.Sprintf(format+" [%s–%s]", e.Median, lo, hi)
}

// sortedKeys returns a map's keys, sorted.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// HostVerdicts are the seeds' claims and the project's goals checked on
// one host's results.
type HostVerdicts struct {
	Host          results.Host
	Claims, Goals []Claim
}

// Verdicts checks the seeds' claims and the project's goals on every host
// of recs (each host's newest run of each experiment), exactly as the
// paper's claims and goals tables do: `rcvm experiment` prints them after
// its tables, so that a quick run and the paper never disagree on how a
// verdict is reached.
func Verdicts(recs []results.Record) []HostVerdicts {
	var out []HostVerdicts
	for _, h := range analysis.ByHost(recs) {
		f := factsOf(h)
		out = append(out, HostVerdicts{Host: h.Host, Claims: claims(f), Goals: goals(f)})
	}
	return out
}
