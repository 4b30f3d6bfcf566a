package gen

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/rcvm/rcvm/experiments/results"
)

// The summary blocks: the abstract's key figures and what failed.

func (in *input) failures() string {
	// One line per configuration and message, with the repetitions it hit:
	// a strategy that fails every run of a configuration says so once.
	type failure struct{ line, msg string }
	var order []failure
	reps := map[failure][]string{}
	for _, r := range in.recs {
		msg, rep := "", ""
		switch {
		case r.Type == results.TypeError:
			msg = briefError(r.Error)
		case r.Type == results.TypeMeasurement && r.Error != "":
			msg, rep = briefError(r.Error), strconv.Itoa(r.Rep+1)
		default:
			continue
		}
		workload := strings.Join(append([]string{r.Config.Workload}, r.Config.Args...), " ")
		f := failure{line: fmt.Sprintf("%s, %s on %s (%s, %d threads)", r.Experiment, r.Config.Series(),
			workload, r.Host.Key(), r.Config.Threads), msg: strings.ReplaceAll(msg, "|", "\\|")}
		if _, seen := reps[f]; !seen {
			order = append(order, f)
			reps[f] = nil
		}
		if rep != "" {
			reps[f] = append(reps[f], rep)
		}
	}
	if len(order) == 0 {
		if len(in.recs) == 0 {
			return fmt.Sprintf(noResults, "all")
		}
		return "Every configuration ran."
	}
	var lines []string
	for _, f := range order {
		where := ""
		if rs := reps[f]; len(rs) == 1 {
			where = "rep " + rs[0] + ": "
		} else if len(rs) > 1 {
			where = "reps " + strings.Join(rs, ", ") + ": "
		}
		lines = append(lines, fmt.Sprintf("- %s: %s%s", f.line, where, f.msg))
	}
	const maxLines = 40
	if len(lines) > maxLines {
		lines = append(lines[:maxLines], fmt.Sprintf("- … and %d more (see the results files)", len(lines)-maxLines))
	}
	return strings.Join(lines, "\n")
}

func (in *input) abstract() string {
	out := in.perHost(func(hg results.HostGroup) string {
		f := in.facts(hg)
		var s []string
		if f.overhead != nil {
			var parts []string
			for _, k := range f.overhead.Series {
				if e, ok := f.overhead.GeoMean[k]; ok && e.Valid() {
					parts = append(parts, fmt.Sprintf("%s %+.1f%%", k, 100*(e.Median-1)))
				}
			}
			if len(parts) > 0 {
				s = append(s, fmt.Sprintf("- Single-thread time against the GIL (geometric mean over %d programs): %s.",
					len(f.overhead.Workloads), strings.Join(parts, ", ")))
			}
		}
		if t := f.parallelThreads(); f.scaling != nil && t >= 2 {
			for _, w := range []string{"sc_private.py", "sc_shared_list.py"} {
				var parts []string
				for _, k := range f.scaling.Series {
					if p, ok := f.speedup(w, k, t); ok {
						parts = append(parts, fmt.Sprintf("%s %.2f", k, p.Speedup.Median))
					}
				}
				if len(parts) > 0 {
					s = append(s, fmt.Sprintf("- Speedup with %d threads on %d cores, %s: %s.", t, hg.Host.Cores, w, strings.Join(parts, ", ")))
				}
			}
		}
		if f.vsCPython != nil {
			if e, ok := f.vsCPython.GeoMean["gil"]; ok && e.Valid() {
				s = append(s, fmt.Sprintf("- rcvm with the GIL takes %.2f× CPython's time on one thread (geometric mean).", e.Median))
			}
		}
		var verdicts []string
		for _, c := range claims(f) {
			verdicts = append(verdicts, c.Verdict)
		}
		s = append(s, fmt.Sprintf("- The seeds' claims: %s.", countVerdicts(verdicts)))
		return strings.Join(s, "\n")
	})
	if out == "" {
		return fmt.Sprintf(noResults, "all")
	}
	return out
}

func countVerdicts(vs []string) string {
	n := map[string]int{}
	for _, v := range vs {
		n[v]++
	}
	var parts []string
	for _, v := range []string{Confirmed, NotConfirmed, Inconclusive, NotMeasured} {
		if n[v] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[v], v))
		}
	}
	return strings.Join(parts, ", ")
}

// briefError condenses a runner error to its status and its last line
// (the exception, for a traceback), leaving out the command line, which
// the results file keeps.
func briefError(msg string) string {
	prefix := ""
	const warm = "failed its warm-up run, left out: "
	if strings.HasPrefix(msg, warm) {
		prefix, msg = "warm-up failed, left out: ", strings.TrimPrefix(msg, warm)
	}
	lines := strings.Split(strings.TrimSpace(msg), "\n")
	first := lines[0]
	// "… W.py THREADS N [ARGS]: STATUS": keep the status.
	if i := strings.LastIndex(first, ".py "); i >= 0 {
		if j := strings.Index(first[i:], ": "); j >= 0 {
			first = first[i+j+2:]
		}
	}
	out := prefix + first
	if last := strings.TrimSpace(lines[len(lines)-1]); len(lines) > 1 && last != "" {
		out += " — " + last
	}
	if len(out) > 240 {
		out = out[:240] + "…"
	}
	return out
}
