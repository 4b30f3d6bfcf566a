package gen

import (
	"fmt"
	"sort"
	"strings"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/stats"
	"github.com/rcvm/rcvm/plots"
)

// ccbench is the block of CPython's ccbench (the ccbench experiment): per
// host, a row per test, task and thread count, a column per series, each
// cell the median over the runs of what ccbench printed.
func (in *input) ccbench() string {
	out := in.perHost(func(hg results.HostGroup) string {
		values := map[string]map[string][]float64{} // label → series → values
		var labels, series []string
		failed := map[string]bool{} // series with a failure and no figures
		for _, r := range hg.Records {
			if r.Experiment != "ccbench" {
				continue
			}
			s := r.Config.Series()
			if r.Type == results.TypeError || (r.Type == results.TypeMeasurement && r.Error != "") {
				series = appendNew(series, s)
				failed[s] = true
				continue
			}
			if r.Type != results.TypeMeasurement || r.Measurement == nil {
				continue
			}
			series = appendNew(series, s)
			for label, vs := range r.Measurement.Timings {
				if strings.HasSuffix(label, " std dev") {
					continue
				}
				if values[label] == nil {
					values[label] = map[string][]float64{}
					labels = append(labels, label)
				}
				values[label][s] = append(values[label][s], vs...)
			}
		}
		if len(labels) == 0 {
			return ""
		}
		sort.Slice(labels, func(i, j int) bool { return ccbenchLess(labels[i], labels[j]) })
		t := plots.Table{Header: append([]string{"test", "task", "threads"}, series...)}
		for _, label := range labels {
			test, task, threads := splitCCBench(label)
			row := []string{test, task, threads}
			for _, s := range series {
				vs := values[label][s]
				switch {
				case len(vs) == 0 && failed[s]:
					row = append(row, "failed")
				case len(vs) == 0:
					row = append(row, "–")
				case test == "latency":
					row = append(row, fmt.Sprintf("%.0f ms", 1000*stats.Median(vs)))
				default:
					row = append(row, fmt.Sprintf("%.0f/s", stats.Median(vs)))
				}
			}
			t.Rows = append(t.Rows, row)
		}
		return "*Table: ccbench, unchanged: throughput in iterations per second with 1 … THREADS threads " +
			"(higher is better), and how late a thread answers a ping beside 0 … THREADS CPU-bound threads " +
			"(lower is better); medians over the runs; \"failed\": the series could not run it (section 4.12 says why) — " + hg.Host.Key() + ".*\n\n" + strings.TrimSpace(t.Markdown())
	})
	if out == "" {
		return "_No results yet: run `make ccbench` (or `rcvm experiment ccbench -out paper/results` and `rcvm paper`)._"
	}
	return out
}

// splitCCBench splits a timing label ("Throughput Pi calculation (Python)
// threads=2") into its test, task and thread count.
func splitCCBench(label string) (test, task, threads string) {
	test, rest, _ := strings.Cut(label, " ")
	if i := strings.LastIndex(rest, " threads="); i >= 0 {
		task, threads = rest[:i], rest[i+len(" threads="):]
	} else {
		task = rest
	}
	return strings.ToLower(test), task, threads
}

// ccbenchLess sorts throughput before latency, then by task, then by
// thread count.
func ccbenchLess(a, b string) bool {
	ta, ka, na := splitCCBench(a)
	tb, kb, nb := splitCCBench(b)
	if ta != tb {
		return ta == "throughput"
	}
	if ka != kb {
		return ka < kb
	}
	var x, y float64
	_, errA := fmt.Sscan(na, &x)
	_, errB := fmt.Sscan(nb, &y)
	if errA == nil && errB == nil && x != y {
		return x < y
	}
	return na < nb
}
