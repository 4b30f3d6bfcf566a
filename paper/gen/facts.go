package gen

import (
	"fmt"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/results"
)

// facts are the analyses of one host's records that the claims, anchors
// and the abstract draw on; any of them may be nil when its experiment has
// not been run there.
type facts struct {
	host       results.Host
	overhead   *analysis.Relative
	vsCPython  *analysis.Relative
	scaling    *analysis.Scaling
	io         *analysis.Grid
	contention *analysis.Grid
	convoy     *analysis.Grid
	safety     []analysis.SafetyRow
	ioSleep    float64
	// records are the host's records, for the paired analyses that are
	// computed only where a claim needs them.
	records    []results.Record
	ioWorkload string
	// freeThreaded is the first free-threaded CPython peer measured in
	// scaling or vscpython ("" if none), and vsFreeThreaded vscpython
	// relative to it.
	freeThreaded   string
	vsFreeThreaded *analysis.Relative
	// hints collect, during one check, how many more rounds would decide
	// its inconclusive estimates.
	hints []string
	// starved collect, during one check, the speedups whose one-thread
	// runs did not get a CPU to themselves (see minBusy): such a check
	// cannot decide.
	starved []string
}

// minBusy is the least CPU time / wall time of the one-thread runs a
// speedup rests on for it to decide anything. A CPU-bound run on one
// thread keeps a CPU busy all its time on a quiet machine (0.99–1.01 on
// the 2-core development machine); on a machine loaded from outside it
// waits for one (0.27–0.45 measured on a shared 2-core machine during
// other builds), and its wall time, and so time(1 thread) in every
// speedup, is the other processes' as much as its own: a GIL then
// "sped up" 1.7× at 2 threads. Start-up's own waiting stays well above
// three quarters.
const minBusy = 0.75

// factsOf reads one host's analysed experiments (analysis.Of: each
// experiment analysed once, shared with the figures and tables).
func factsOf(h *analysis.Host) *facts {
	f := &facts{host: h.Host}
	if r := h.Get("overhead"); r != nil {
		f.overhead = r.Relative
	}
	if r := h.Get("vscpython"); r != nil {
		f.vsCPython = r.Relative
	}
	if r := h.Get("scaling"); r != nil {
		f.scaling = r.Scaling
	}
	if r := h.Get("io"); r != nil {
		f.io = r.Grid
	}
	if r := h.Get("contention"); r != nil {
		f.contention = r.Grid
	}
	if r := h.Get("convoy"); r != nil {
		f.convoy = r.Grid
	}
	if r := h.Get("safety"); r != nil {
		f.safety = r.Safety
	}
	hg := results.HostGroup{Host: h.Host, Records: h.Records}
	f.records = hg.Records
	for _, r := range hg.Records {
		if r.Experiment == "io" && r.Type == results.TypeMeasurement {
			f.ioSleep = parseFloat(r.Config.N)
			f.ioWorkload = r.Config.Workload
			break
		}
	}
	var series []string
	if f.scaling != nil {
		series = append(series, f.scaling.Series...)
	}
	if f.vsCPython != nil {
		series = append(series, f.vsCPython.Baseline)
		series = append(series, f.vsCPython.Series...)
	}
	if f.freeThreaded = results.FreeThreadedPeer(series); f.freeThreaded != "" {
		f.vsFreeThreaded = analysis.CompareTo(hg.Records, "vscpython", f.freeThreaded)
	}
	return f
}

// cpython is the CPython peer with a GIL among the series (the one the
// seeds' claims compare with), or "CPython" if there is none.
func (f *facts) cpython(series []string) string {
	if s := results.ResolveSeries(results.CPythonSeries, series); s != "" {
		return s
	}
	return results.CPythonSeries
}

// cpuWorkload is the scaling workload the CPU-bound claims are tested on:
// the seeds' own counting loop if it was measured, else private objects.
func (f *facts) cpuWorkload() string {
	if f.scaling == nil {
		return ""
	}
	for _, w := range []string{"seed_cpu_threads.py", "sc_private.py"} {
		for _, have := range f.scaling.Workloads {
			if have == w {
				return w
			}
		}
	}
	return f.scaling.Workloads[0]
}

// parallelThreads is the thread count at which parallel speedup is judged:
// the cores, or the largest count measured if that is fewer.
func (f *facts) parallelThreads() int {
	if f.scaling == nil {
		return 0
	}
	t := f.host.Cores
	if last := f.scaling.Threads[len(f.scaling.Threads)-1]; last < t {
		t = last
	}
	return t
}

// speedup returns the speedup of a series on a workload at t threads.
func (f *facts) speedup(workload, series string, t int) (analysis.ScalingPoint, bool) {
	c := f.scaling.Curve(workload, series)
	if c == nil {
		return analysis.ScalingPoint{}, false
	}
	p, ok := c.Point(t)
	if one, found := c.Point(1); found && one.Utilisation > 0 && one.Utilisation < minBusy {
		f.starved = append(f.starved, fmt.Sprintf("%s's one-thread runs on %s kept a CPU busy only %.0f%% of their time (load from outside)",
			series, workload, 100*one.Utilisation))
	}
	return p, ok && p.Speedup.Valid()
}
