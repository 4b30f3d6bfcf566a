package plots

import (
	"fmt"
	"strconv"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/stats"
)

// Tables builds every table the records allow, for every host (each
// host's newest run of each experiment), in the order the experiments
// appear.
func Tables(recs []results.Record) []Table {
	return TablesOf(analysis.ByHost(recs))
}

// TablesOf builds the table of every analysed experiment of every host:
// the table its analysis kind makes, under the title its Spec names.
func TablesOf(hosts []*analysis.Host) []Table {
	var out []Table
	for _, h := range hosts {
		for _, r := range h.Results {
			f := tableMakers[r.Spec.Kind]
			if f == nil || r.Empty() {
				continue
			}
			if t := f(r); t != nil {
				t.Experiment, t.Host = r.Experiment, h.Host
				if r.Spec.Table != "" {
					t.Title = r.Spec.Table
				}
				out = append(out, *t)
			}
		}
	}
	return out
}

// tableMakers tabulate one analysed experiment, by kind.
var tableMakers = map[analysis.Kind]func(*analysis.Result) *Table{
	analysis.KindRelative:   relativeKindTable,
	analysis.KindScaling:    scalingTable,
	analysis.KindContention: contentionTable,
	analysis.KindIO:         ioTable,
	analysis.KindLatency:    convoyTable,
	analysis.KindSafety:     safetyTable,
	analysis.KindMemory:     memoryTable,
	analysis.KindNoise:      noiseTable,
}

// TablesFor keeps the tables of one experiment.
func TablesFor(tables []Table, experiment string) []Table {
	var out []Table
	for _, t := range tables {
		if t.Experiment == experiment {
			out = append(out, t)
		}
	}
	return out
}

func relativeTable(rel *analysis.Relative, experiment, title, unit string) *Table {
	t := &Table{Experiment: experiment, Title: title,
		Header: []string{"workload", rel.Baseline + " (s)"}}
	for _, s := range rel.Series {
		t.Header = append(t.Header, s+" "+unit)
	}
	for _, w := range rel.Workloads {
		row := []string{w, est(rel.Time[rel.Baseline][w], "%.3f")}
		for _, s := range rel.Series {
			row = append(row, est(rel.Ratio[s][w], "%.3f"))
		}
		t.Rows = append(t.Rows, row)
	}
	row := []string{"**geometric mean**", ""}
	for _, s := range rel.Series {
		row = append(row, est(rel.GeoMean[s], "%.3f"))
	}
	t.Rows = append(t.Rows, row)
	t.Notes = []string{"Ratios are medians of per-repetition ratios, " + bracketNote +
		"; times are the programs' own (start-up excluded)."}
	return t
}

func relativeKindTable(r *analysis.Result) *Table {
	rel := r.Relative
	if results.IsCPython(rel.Baseline) {
		return relativeTable(rel, r.Experiment, "rcvm's single-thread time relative to "+rel.Baseline, "×"+rel.Baseline)
	}
	return relativeTable(rel, r.Experiment, "Single-thread time relative to "+baselineName(rel.Baseline), "×"+rel.Baseline)
}

func scalingTable(r *analysis.Result) *Table {
	sc := r.Scaling
	maxT := sc.Threads[len(sc.Threads)-1]
	cores := min(sc.Cores, maxT)
	// Efficiency at as many threads as cores is the figure the scaling
	// goals name; the largest thread count is shown too when it is larger.
	header := []string{"workload", "series", "1 thread (s)",
		fmt.Sprintf("speedup at %d", cores), fmt.Sprintf("efficiency at %d", cores)}
	if maxT != cores {
		header = append(header, fmt.Sprintf("speedup at %d", maxT), fmt.Sprintf("efficiency at %d", maxT))
	}
	header = append(header, fmt.Sprintf("cores busy at %d", maxT))
	t := &Table{Experiment: "scaling", Title: "Speedup and efficiency (same work per thread)", Header: header}
	for _, w := range sc.Workloads {
		for _, s := range sc.Series {
			c := sc.Curve(w, s)
			if c == nil {
				continue
			}
			one, _ := c.Point(1)
			atCores, _ := c.Point(cores)
			last := c.Last()
			row := []string{w, s, est(one.Work, "%.3f"), est(atCores.Speedup, "%.2f"), num(atCores.Efficiency, "%.2f")}
			if maxT != cores {
				row = append(row, est(last.Speedup, "%.2f"), num(last.Efficiency, "%.2f"))
			}
			t.Rows = append(t.Rows, append(row, num(last.Utilisation, "%.2f")))
		}
	}
	t.Notes = []string{fmt.Sprintf("Speedup = threads × time(1) / time(threads); ideal = min(threads, %d cores). "+
		"Efficiency = speedup / ideal. Cores busy = CPU time / wall time of the process(es).", sc.Cores)}
	return t
}

// gridTable tabulates a Grid: one row per series, one column per x.
func gridTable(g *analysis.Grid, experiment, title, xname, format string, scale float64) *Table {
	t := &Table{Experiment: experiment, Title: title, Header: []string{"series"}}
	for _, x := range g.X {
		t.Header = append(t.Header, xname+" "+strconv.FormatFloat(x, 'g', -1, 64))
	}
	for _, s := range g.Series {
		row := []string{s}
		for _, x := range g.X {
			e, ok := g.At(s, x)
			if !ok {
				row = append(row, "–")
				continue
			}
			e.Median, e.Low, e.High = e.Median*scale, e.Low*scale, e.High*scale
			row = append(row, est(e, format))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func contentionTable(r *analysis.Result) *Table {
	g := r.Grid
	t := gridTable(g, r.Experiment, "Wall time per reference operation per thread (ns) by share of objects shared", "share %", "%.2f", 1)
	t.Notes = []string{fmt.Sprintf("Threads: %s. Operations estimated as N × %d per thread (contention.py's documentation).",
		threadsOf(r.Records, r.Experiment), analysis.ContentionOpsPerN)}
	return t
}

func ioTable(r *analysis.Result) *Table {
	return gridTable(r.Grid, r.Experiment, fmt.Sprintf("Time (s) of threads that each sleep %g s", sizeOf(r.Records, r.Experiment)),
		"threads", "%.3f", 1)
}

func convoyTable(r *analysis.Result) *Table {
	return gridTable(r.Grid, r.Experiment, "Median wake-up delay beyond 1 ms (ms) of a sleeping thread beside CPU-bound threads",
		"threads", "%.3f", 1000)
}

func safetyTable(r *analysis.Result) *Table {
	rows := r.Safety
	t := &Table{Experiment: "safety", Title: "Checked mode: what went wrong, summed over the workloads' runs",
		Header: []string{"strategy", "threads", "runs", "crashed", "runs with errors", "leaked objects", "uses after free", "negative counts"}}
	for _, row := range rows {
		t.Rows = append(t.Rows, []string{row.Series, strconv.Itoa(row.Threads), strconv.Itoa(row.Runs), strconv.Itoa(row.Crashed),
			strconv.Itoa(row.Broken), num(row.Leaked, "%.0f"), num(row.UseAfterFree, "%.0f"), num(row.NegativeRefcount, "%.0f")})
	}
	t.Notes = []string{"Crashed: the run did not exit cleanly, wrote no statistics, or printed a traceback " +
		"(an exception in a thread, after which Python carries on without it)."}
	return t
}

func memoryTable(r *analysis.Result) *Table {
	rows := r.Memory
	t := &Table{Experiment: "memory", Title: "Object header and peak memory",
		Header: []string{"workload", "series", "threads", "header bytes", "objects allocated", "peak heap (MiB)", "peak RSS (MiB)"}}
	for _, r := range rows {
		hdr := "–"
		if r.HeaderBytes > 0 {
			hdr = num(r.HeaderBytes, "%.0f")
		}
		objs := "–"
		if r.ObjectsAllocated > 0 {
			objs = num(r.ObjectsAllocated, "%.0f")
		}
		t.Rows = append(t.Rows, []string{r.Workload, r.Series, strconv.Itoa(r.Threads), hdr, objs, mib(r.PeakHeapBytes), mib(r.MaxRSSBytes)})
	}
	t.Notes = []string{"Header bytes as the VM reports them (-report header_bytes); peak heap is the Go heap's; " +
		"peak RSS is the process's peak resident set (VmHWM, sampled every 5 ms on Linux)."}
	return t
}

// bracketNote explains the intervals in tables.
const bracketNote = "in brackets their 95% confidence interval (with fewer than 6 repetitions, the range, which covers the median with probability 1 − 2/2ⁿ)"

func noiseTable(res *analysis.Result) *Table {
	rows, pairs := res.Noise, res.NoisePairs
	pct := func(e stats.Estimate) string { return num(100*analysis.RelHalfWidth(e), "±%.1f%%") }
	t := &Table{Experiment: "noise", Title: "Half-width of the 95% interval of the median single-thread time, measured four ways",
		Header: []string{"workload", "series", "rounds", "disturbed runs", "wall, every first run", "wall, disturbed runs rerun", "CPU time"}}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.Workload, r.Series, strconv.Itoa(r.Rounds), strconv.Itoa(r.Disturbed), pct(r.Raw), pct(r.Clean), pct(r.CPU)})
	}
	for _, p := range pairs {
		t.Notes = append(t.Notes, fmt.Sprintf("%s: the per-round ratio %s / %s is %s (%s); the two series' log times correlate %s across rounds.",
			p.Workload, p.A, p.B, est(p.Ratio, "%.3f"), pct(p.Ratio), num(p.Correlation, "%.2f")))
	}
	t.Notes = append(t.Notes, "Disturbed: a run whose CPU time fell below 90% of its wall time (it waited for a CPU another process held); "+
		"its round ran it again. Pinned: sched_setaffinity to one CPU before the fork. A correlation near 1 says the noise "+
		"is the round's (the machine's load then), which pairing cancels; near 0 that it is each process's own, which only more runs reduce.")
	return t
}
