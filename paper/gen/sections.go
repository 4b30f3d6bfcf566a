package gen

import (
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/plots"
)

// noResults is what a block says when its experiment has not been run.
const noResults = "_No results yet: run `make paper` (or `rcvm experiment %s -out paper/results` and `rcvm paper`)._"

// input is what the blocks are built from.
type input struct {
	recs     []results.Record // latest run per experiment and host
	hosts    []results.HostGroup
	figures  []plots.Figure
	tables   []plots.Table
	paperDir string
}

// experimentBlocks are the blocks that show one experiment's figures and
// tables, by experiment name.
var experimentBlocks = []string{"overhead", "scaling", "contention", "io", "convoy", "safety", "memory", "vscpython"}

// blocks builds every generated block.
func (in *input) blocks() map[string]string {
	b := map[string]string{
		"abstract": in.abstract(),
		"hosts":    in.hostsTable(),
		"sizes":    in.sizesTable(),
		"claims":   in.claimsTables(),
		"anchors":  in.anchorsTables(),
		"failures": in.failures(),
	}
	for _, e := range experimentBlocks {
		b[e] = in.experiment(e)
	}
	return b
}

// perHost writes one section per host, with a heading when there are
// several hosts.
func (in *input) perHost(body func(hg results.HostGroup) string) string {
	var parts []string
	for _, hg := range in.hosts {
		s := body(hg)
		if s == "" {
			continue
		}
		if len(in.hosts) > 1 {
			s = fmt.Sprintf("**Host: %s**\n\n%s", hg.Host.Key(), s)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "\n\n")
}

func (in *input) experiment(name string) string {
	out := in.perHost(func(hg results.HostGroup) string {
		var parts []string
		for _, f := range in.figures {
			if f.Experiment == name && f.Host.Key() == hg.Host.Key() {
				parts = append(parts, fmt.Sprintf("![%s](%s)\n\n*%s — %s. [SVG](%s)*",
					f.Title, in.rel(f.PNG), f.Title, hg.Host.Key(), in.rel(f.SVG)))
			}
		}
		for _, t := range plots.TablesFor(in.tables, name) {
			if t.Host.Key() == hg.Host.Key() {
				parts = append(parts, fmt.Sprintf("*Table: %s — %s.*\n\n%s", t.Title, hg.Host.Key(), strings.TrimSpace(t.Markdown())))
			}
		}
		return strings.Join(parts, "\n\n")
	})
	if out == "" {
		return fmt.Sprintf(noResults, name)
	}
	return out
}

// rel makes a path relative to the paper's directory, with forward slashes.
func (in *input) rel(p string) string {
	if r, err := filepath.Rel(in.paperDir, p); err == nil {
		p = r
	}
	return filepath.ToSlash(p)
}

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
	for _, r := range in.recs {
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
	t := plots.Table{Header: []string{"experiment", "host", "size", "reps", "threads", "series", "N by workload", "runs", "failed"}}
	for _, k := range order {
		i := agg[k]
		var ns []string
		for _, w := range sortedKeys(i.ns) {
			ns = append(ns, strings.TrimSuffix(w, ".py")+"="+i.ns[w])
		}
		t.Rows = append(t.Rows, []string{k.exp, k.host, i.size, strconv.Itoa(len(i.reps)), joinInts(i.threads),
			strings.Join(sortedKeys(i.series), ", "), strings.Join(ns, " "), strconv.Itoa(i.measured), strconv.Itoa(i.failed)})
	}
	return strings.TrimSpace(t.Markdown())
}

func (in *input) claimsTables() string {
	out := in.perHost(func(hg results.HostGroup) string {
		t := plots.Table{Header: []string{"#", "claim (seed programs)", "measurement that tests it", "rule", "result", "verdict"}}
		for i, c := range claims(factsOf(hg)) {
			t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), c.Text, c.Test, c.Rule, c.Result, "**" + c.Verdict + "**"})
		}
		return strings.TrimSpace(t.Markdown())
	})
	if out == "" {
		return fmt.Sprintf(noResults, "all")
	}
	return out
}

func (in *input) anchorsTables() string {
	out := in.perHost(func(hg results.HostGroup) string {
		t := plots.Table{Header: []string{"figure", "source", "published", "rcvm", "rcvm / published", "why they differ"}}
		for _, a := range anchors(factsOf(hg)) {
			ratio := "–"
			if !math.IsNaN(a.Ratio) {
				ratio = fmt.Sprintf("%.2f", a.Ratio)
			}
			t.Rows = append(t.Rows, []string{a.Figure, a.Source, a.Published, a.RCVM, ratio, a.Note})
		}
		return strings.TrimSpace(t.Markdown())
	})
	if out == "" {
		return fmt.Sprintf(noResults, "all")
	}
	return out
}

func (in *input) failures() string {
	var lines []string
	for _, r := range in.recs {
		msg := ""
		switch {
		case r.Type == results.TypeError:
			msg = r.Error
		case r.Type == results.TypeMeasurement && r.Error != "":
			msg = fmt.Sprintf("rep %d: %s", r.Rep, r.Error)
		default:
			continue
		}
		first, _, _ := strings.Cut(msg, "\n")
		if len(first) > 200 {
			first = first[:200] + "…"
		}
		lines = append(lines, fmt.Sprintf("- %s, %s on %s (%s, %d threads): %s", r.Experiment, r.Config.Series(),
			r.Config.Workload, r.Host.Key(), r.Config.Threads, strings.ReplaceAll(first, "|", "\\|")))
	}
	if len(lines) == 0 {
		if len(in.recs) == 0 {
			return fmt.Sprintf(noResults, "all")
		}
		return "Every configuration ran."
	}
	const maxLines = 40
	if len(lines) > maxLines {
		lines = append(lines[:maxLines], fmt.Sprintf("- … and %d more (see the results files)", len(lines)-maxLines))
	}
	return strings.Join(lines, "\n")
}

func (in *input) abstract() string {
	out := in.perHost(func(hg results.HostGroup) string {
		f := factsOf(hg)
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
	for _, v := range []string{Confirmed, NotConfirmed, NotMeasured} {
		if n[v] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[v], v))
		}
	}
	return strings.Join(parts, ", ")
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
