package analysis

import (
	"math"
	"sort"
	"strconv"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/stats"
)

// SafetyRow is what checked runs of one series at one thread count found,
// summed over the workloads and runs.
type SafetyRow struct {
	Series  string
	Threads int
	// Runs counts the runs; Crashed those that did not exit cleanly;
	// Broken those that counted any leak, use after free or negative count.
	Runs, Crashed, Broken int
	// Leaked, UseAfterFree and NegativeRefcount are totals over the runs
	// that finished.
	Leaked, UseAfterFree, NegativeRefcount float64
}

// SafetyOf tabulates the safety experiment, rows by series then threads.
func SafetyOf(recs []results.Record, experiment string) []SafetyRow {
	var rows []SafetyRow
	idx := map[string]int{}
	for _, r := range recs {
		if r.Type != results.TypeMeasurement || r.Experiment != experiment || r.Measurement == nil {
			continue
		}
		k := r.Config.Series() + "|" + strconv.Itoa(r.Config.Threads)
		i, ok := idx[k]
		if !ok {
			i = len(rows)
			idx[k] = i
			rows = append(rows, SafetyRow{Series: r.Config.Series(), Threads: r.Config.Threads})
		}
		row := &rows[i]
		row.Runs++
		m := r.Measurement
		if !m.OK() || m.Stats == nil {
			row.Crashed++
			continue
		}
		l, u, n := m.Stats["leaked"], m.Stats["use_after_free"], m.Stats["negative_refcount"]
		row.Leaked += l
		row.UseAfterFree += u
		row.NegativeRefcount += n
		if l+u+n > 0 {
			row.Broken++
		}
	}
	// By series (in order of appearance), then threads.
	order := map[string]int{}
	for _, r := range rows {
		if _, ok := order[r.Series]; !ok {
			order[r.Series] = len(order)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if order[rows[i].Series] != order[rows[j].Series] {
			return order[rows[i].Series] < order[rows[j].Series]
		}
		return rows[i].Threads < rows[j].Threads
	})
	return rows
}

// MemoryRow is one series on one workload at one thread count.
type MemoryRow struct {
	Workload, Series string
	Threads          int
	// HeaderBytes is the VM's reported header size per object (0 for
	// CPython, which reports none).
	HeaderBytes float64
	// PeakHeapBytes (the VM's) and MaxRSSBytes (the process's) are medians.
	PeakHeapBytes, MaxRSSBytes stats.Estimate
	// ObjectsAllocated is the median count of objects the VM allocated.
	ObjectsAllocated float64
}

// MemoryOf tabulates the memory experiment.
func MemoryOf(recs []results.Record, experiment string) []MemoryRow {
	var rows []MemoryRow
	for _, g := range collect(recs, experiment) {
		if len(g.reps) == 0 {
			continue
		}
		row := MemoryRow{Workload: g.cfg.Workload, Series: g.cfg.Series(), Threads: g.cfg.Threads}
		row.MaxRSSBytes = stats.MedianCI(g.values(func(m *results.Measurement) float64 { return float64(m.MaxRSSBytes) }), stats.Level)
		report := func(f func(*results.Report) float64) func(*results.Measurement) float64 {
			return func(m *results.Measurement) float64 {
				if m.Report == nil {
					return nan
				}
				return f(m.Report)
			}
		}
		row.PeakHeapBytes = stats.MedianCI(g.values(report(func(r *results.Report) float64 { return r.PeakHeapBytes })), stats.Level)
		row.HeaderBytes = zeroIfNaN(stats.Median(g.values(report(func(r *results.Report) float64 { return r.HeaderBytes }))))
		row.ObjectsAllocated = zeroIfNaN(stats.Median(g.values(func(m *results.Measurement) float64 {
			if v, ok := m.Stats["objects_allocated"]; ok {
				return v
			}
			if m.Report != nil {
				return m.Report.ObjectsAllocated
			}
			return nan
		})))
		rows = append(rows, row)
	}
	return rows
}

var nan = math.NaN()

func zeroIfNaN(x float64) float64 {
	if x != x {
		return 0
	}
	return x
}

// parseN reads a configuration's N as a number (0 if it is not one).
func parseN(s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0
	}
	return v
}
