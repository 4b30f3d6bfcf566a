package gen

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/rcvm/rcvm/experiments"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/plots"
)

// The method section's blocks: the machines, and what ran on each.

func (in *input) hostsTable() string {
	if len(in.hosts) == 0 {
		return fmt.Sprintf(noResults, "all")
	}
	t := plots.Table{Header: []string{"host", "CPU", "cores", "GOMAXPROCS", "Go", "GOGC", "python3", "commit", "dates"}}
	for _, hg := range in.hosts {
		h := hg.Host
		gogc := h.GOGC
		if gogc == "" {
			gogc = "default (100)"
		}
		procs := map[int]bool{}
		dates := map[string]bool{}
		commits := map[string]bool{}
		for _, r := range hg.Records {
			if r.Measurement != nil && r.Report != nil && r.Report.GOMAXPROCS > 0 {
				procs[r.Report.GOMAXPROCS] = true
			}
			if len(r.Host.Date) >= 10 {
				dates[r.Host.Date[:10]] = true
			}
			commits[r.Host.Commit] = true
		}
		t.Rows = append(t.Rows, []string{h.Key(), h.CPU, strconv.Itoa(h.Cores), joinInts(procs), h.Go, gogc,
			orDash(h.Python), strings.Join(sortedKeys(commits), ", "), strings.Join(sortedKeys(dates), ", ")})
	}
	return strings.TrimSpace(t.Markdown()) + "\n\nGOMAXPROCS is as the VMs reported it in their -report."
}

func (in *input) sizesTable() string {
	if len(in.recs) == 0 {
		return fmt.Sprintf(noResults, "all")
	}
	type key struct{ exp, host string }
	type info struct {
		size             string
		reps             map[int]bool
		threads          map[int]bool
		ns               map[string]string
		measured, failed int
		series           map[string]bool
	}
	agg := map[key]*info{}
	var order []key
	stops := map[key]string{}
	for _, r := range in.recs {
		if r.Type == results.TypePrecision && r.Precision != nil {
			pr := r.Precision
			st := pr.Stopped
			if len(pr.Unmet) > 0 {
				st += fmt.Sprintf("; %d of %d estimates short of target", len(pr.Unmet), pr.Estimates)
			} else if pr.Estimates > 0 {
				st += fmt.Sprintf("; all %d estimates within target", pr.Estimates)
			}
			stops[key{r.Experiment, r.Host.Key()}] = st
		}
		if r.Type != results.TypeMeasurement {
			continue
		}
		k := key{r.Experiment, r.Host.Key()}
		i, ok := agg[k]
		if !ok {
			i = &info{size: r.Size, reps: map[int]bool{}, threads: map[int]bool{}, ns: map[string]string{}, series: map[string]bool{}}
			agg[k] = i
			order = append(order, k)
		}
		i.reps[r.Rep] = true
		i.threads[r.Config.Threads] = true
		i.ns[r.Config.Workload] = r.Config.N
		i.series[r.Config.Series()] = true
		i.measured++
		if !r.Measurement.OK() || r.Error != "" {
			i.failed++
		}
	}
	rank := map[string]int{}
	for i, e := range experimentBlocks {
		rank[e] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rank[order[a].exp] < rank[order[b].exp] })
	t := plots.Table{Header: []string{"experiment", "host", "size", "reps", "threads", "series", "N by workload", "runs", "failed", "rounds stopped"}}
	for _, k := range order {
		i := agg[k]
		var ns []string
		for _, w := range sortedKeys(i.ns) {
			ns = append(ns, strings.TrimSuffix(w, ".py")+"="+i.ns[w])
		}
		t.Rows = append(t.Rows, []string{k.exp, k.host, i.size, strconv.Itoa(len(i.reps)), joinInts(i.threads),
			strings.Join(sortedKeys(i.series), ", "), strings.Join(ns, " "), strconv.Itoa(i.measured), strconv.Itoa(i.failed),
			orDash(stops[k])})
	}
	return strings.TrimSpace(t.Markdown()) + fmt.Sprintf("\n\nReps is the most rounds any configuration ran: after the size's minimum, "+
		"rounds were added for the configurations whose estimates' 95%% intervals were still wider than their target "+
		"(±%.0f%% of a ratio, ±%.2g of a speedup unless the run said otherwise), within each experiment's time budget.",
		100*experiments.DefaultTargetRel, experiments.DefaultTargetAbs)
}

func joinInts(m map[int]bool) string {
	var xs []int
	for x := range m {
		xs = append(xs, x)
	}
	sort.Ints(xs)
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.Itoa(x)
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, ", ")
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

func parseFloat(s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0
	}
	return v
}
