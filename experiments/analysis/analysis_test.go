package analysis

import (
	"testing"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rec makes a measurement record.
func rec(exp string, c results.Config, rep int, work float64) results.Record {
	return results.Record{Type: results.TypeMeasurement, Experiment: exp, Config: c,
		Measurement: &results.Measurement{Rep: rep, WorkSeconds: work, WallSeconds: work + 0.01, CPUSeconds: work}}
}

func cfg(workload, strategy string, threads int) results.Config {
	return results.Config{Workload: workload, System: results.SystemRCVM, Strategy: strategy, Threads: threads, N: "10"}
}

func TestCompareTo(t *testing.T) {
	var recs []results.Record
	for rep := 0; rep < 5; rep++ {
		drift := 1 + 0.1*float64(rep) // paired ratios cancel it
		recs = append(recs,
			rec("overhead", cfg("a.py", "gil", 1), rep, 1*drift),
			rec("overhead", cfg("a.py", "atomic", 1), rep, 1.2*drift),
			rec("overhead", cfg("b.py", "gil", 1), rep, 2*drift),
			rec("overhead", cfg("b.py", "atomic", 1), rep, 2*1.5*drift),
			rec("overhead", cfg("b.py", "atomic", 2), rep, 9), // not single-thread
		)
	}
	failed := rec("overhead", cfg("a.py", "atomic", 1), 5, 100)
	failed.ExitCode = 1
	recs = append(recs, failed)

	rel := CompareTo(recs, "overhead", "gil")
	require.NotNil(t, rel)
	assert.Equal(t, []string{"a.py", "b.py"}, rel.Workloads)
	assert.Equal(t, []string{"atomic"}, rel.Series)
	a := rel.Ratio["atomic"]["a.py"]
	assert.InDelta(t, 1.2, a.Median, 1e-9)
	assert.InDelta(t, 1.2, a.Low, 1e-9, "no spread once drift cancels")
	assert.Equal(t, 5, a.N, "the failed run is left out")
	assert.InDelta(t, 1.5, rel.Ratio["atomic"]["b.py"].Median, 1e-9)
	assert.InDelta(t, 1.3416407865, rel.GeoMean["atomic"].Median, 1e-9) // sqrt(1.2 × 1.5)
	assert.InDelta(t, 1.2, rel.Time["gil"]["a.py"].Median, 1e-9)

	assert.Nil(t, CompareTo(recs, "overhead", "brc"))
}

func TestScalingOf(t *testing.T) {
	var recs []results.Record
	for rep := 0; rep < 3; rep++ {
		for _, th := range []int{1, 2, 4} {
			recs = append(recs,
				rec("scaling", cfg("s.py", "gil", th), rep, float64(th)),              // no speedup
				rec("scaling", cfg("s.py", "atomic", th), rep, float64((th+1)/2)*1.1), // two at a time
				rec("scaling", results.Config{Workload: "s.py", System: results.SystemMultiprocessing, Strategy: "gil", Threads: th}, rep, 1),
			)
		}
	}
	sc := ScalingOf(recs, "scaling", 2)
	require.NotNil(t, sc)
	assert.Equal(t, []int{1, 2, 4}, sc.Threads)
	assert.Equal(t, []string{"gil", "atomic", "multiprocessing"}, sc.Series)
	gil := sc.Curve("s.py", "gil")
	require.NotNil(t, gil)
	p, ok := gil.Point(4)
	require.True(t, ok)
	assert.InDelta(t, 1, p.Speedup.Median, 1e-9)
	assert.InDelta(t, 0.5, p.Efficiency, 1e-9)
	at := sc.Curve("s.py", "atomic").Last()
	assert.InDelta(t, 2, at.Speedup.Median, 1e-9)
	assert.InDelta(t, 1, at.Efficiency, 1e-9)
	mp, _ := sc.Curve("s.py", "multiprocessing").Point(2)
	assert.InDelta(t, 2, mp.Speedup.Median, 1e-9)
	assert.Nil(t, sc.Curve("x.py", "gil"))
	assert.Nil(t, ScalingOf(recs, "nothing", 2))
}

func TestGrids(t *testing.T) {
	var recs []results.Record
	for rep := 0; rep < 3; rep++ {
		for _, th := range []int{1, 16} {
			recs = append(recs, rec("io", cfg("seed_io_threads.py", "gil", th), rep, 0.2))
			c := cfg("convoy.py", "gil", th)
			r := rec("convoy", c, rep, 1)
			r.Timings = map[string][]float64{"Latency median": {0.001 * float64(th)}}
			recs = append(recs, r)
		}
		for _, share := range []string{"0", "100"} {
			c := cfg("contention.py", "atomic", 2)
			c.N, c.Args = "2", []string{share}
			w := 0.000768 // 1 ns per op: N = 2 is 768,000 operations
			if share == "100" {
				w *= 3
			}
			recs = append(recs, rec("contention", c, rep, w))
		}
	}
	io := IOOf(recs, "io")
	require.NotNil(t, io)
	assert.Equal(t, []float64{1, 16}, io.X)
	e, ok := io.At("gil", 16)
	require.True(t, ok)
	assert.InDelta(t, 0.2, e.Median, 1e-12)
	_, ok = io.At("brc", 16)
	assert.False(t, ok)

	cv := ConvoyOf(recs, "convoy", "Latency median")
	e, _ = cv.At("gil", 16)
	assert.InDelta(t, 0.016, e.Median, 1e-12)
	assert.Nil(t, ConvoyOf(recs, "convoy", "Latency p99"))

	ct := ContentionOf(recs, "contention")
	require.NotNil(t, ct)
	assert.Equal(t, []float64{0, 100}, ct.X)
	e, _ = ct.At("atomic", 100)
	assert.InDelta(t, 3, e.Median, 1e-9)
}

func TestSafetyAndMemory(t *testing.T) {
	var recs []results.Record
	for rep := 0; rep < 2; rep++ {
		ok := rec("safety", cfg("w.py", "unsafe", 2), rep, 1)
		ok.Stats = map[string]float64{"leaked": 3, "use_after_free": 1, "negative_refcount": 0}
		safe := rec("safety", cfg("w.py", "gil", 2), rep, 1)
		safe.Stats = map[string]float64{"leaked": 0}
		recs = append(recs, ok, safe)
		m := rec("memory", cfg("bm_binary_trees.py", "brc", 1), rep, 1)
		m.MaxRSSBytes = int64(10+rep) << 20
		m.Report = &results.Report{HeaderBytes: 32, PeakHeapBytes: 5e6}
		m.Stats = map[string]float64{"objects_allocated": 1000}
		recs = append(recs, m)
	}
	crash := rec("safety", cfg("w.py", "unsafe", 2), 2, 1)
	crash.ExitCode = -1
	recs = append(recs, crash)

	rows := SafetyOf(recs, "safety")
	require.Len(t, rows, 2)
	assert.Equal(t, SafetyRow{Series: "unsafe", Threads: 2, Runs: 3, Crashed: 1, Broken: 2, Leaked: 6, UseAfterFree: 2}, rows[0])
	assert.Equal(t, SafetyRow{Series: "gil", Threads: 2, Runs: 2}, rows[1])

	mem := MemoryOf(recs, "memory")
	require.Len(t, mem, 1)
	assert.Equal(t, 32.0, mem[0].HeaderBytes)
	assert.Equal(t, 5e6, mem[0].PeakHeapBytes.Median)
	assert.Equal(t, 10.5*(1<<20), mem[0].MaxRSSBytes.Median)
	assert.Equal(t, 1000.0, mem[0].ObjectsAllocated)
}

// TestDisturbedGivesWay: a run marked disturbed is replaced by its
// round's rerun, and never replaces a clean run.
func TestDisturbedGivesWay(t *testing.T) {
	var recs []results.Record
	for rep := 0; rep < 6; rep++ {
		recs = append(recs, rec("overhead", cfg("a.py", "gil", 1), rep, 1))
		bad := rec("overhead", cfg("a.py", "brc", 1), rep, 3)
		bad.Disturbed = true
		recs = append(recs, bad, rec("overhead", cfg("a.py", "brc", 1), rep, 1.1))
		if rep == 0 {
			late := rec("overhead", cfg("a.py", "brc", 1), rep, 5)
			late.Disturbed = true
			recs = append(recs, late)
		}
	}
	rel := CompareTo(recs, "overhead", "gil")
	require.NotNil(t, rel)
	e := rel.Ratio["brc"]["a.py"]
	assert.InDelta(t, 1.1, e.Median, 1e-9)
	assert.InDelta(t, 1.1, e.High, 1e-9, "no disturbed run counts")
}

// TestNoiseOf: a round-level drift shared by two series correlates their
// times and cancels in their ratio; a disturbed first run widens the raw
// interval but not the rerun one.
func TestNoiseOf(t *testing.T) {
	var recs []results.Record
	pinned := cfg("a.py", "gil", 1)
	pinned.Variant, pinned.Pin = "pinned", true
	for rep := 0; rep < 8; rep++ {
		drift := 1 + 0.05*float64(rep%4)
		if rep == 3 {
			bad := rec("noise", cfg("a.py", "gil", 1), rep, 3)
			bad.Disturbed = true
			recs = append(recs, bad)
		}
		recs = append(recs, rec("noise", cfg("a.py", "gil", 1), rep, drift), rec("noise", pinned, rep, 0.99*drift))
	}
	rows, pairs := NoiseOf(recs, "noise")
	require.Len(t, rows, 2)
	assert.Equal(t, "gil", rows[0].Series)
	assert.Equal(t, 8, rows[0].Rounds)
	assert.Equal(t, 1, rows[0].Disturbed)
	assert.Greater(t, RelHalfWidth(rows[0].Raw), RelHalfWidth(rows[0].Clean))
	require.Len(t, pairs, 1)
	assert.Equal(t, "gil pinned", pairs[0].A)
	assert.InDelta(t, 0.99, pairs[0].Ratio.Median, 1e-9)
	assert.InDelta(t, 0, RelHalfWidth(pairs[0].Ratio), 1e-9, "the drift cancels")
	assert.InDelta(t, 1, pairs[0].Correlation, 1e-9)
}
