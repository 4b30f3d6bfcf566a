package experiments

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rcvm/rcvm/experiments/analysis"
	"github.com/rcvm/rcvm/experiments/internal/fakercvm"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/runner"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMain(m *testing.M) {
	fakercvm.Main()
	os.Exit(m.Run())
}

// workloadDir makes a workloads directory with empty scripts of the given
// names (the fake rcvm does not read them).
func workloadDir(t *testing.T, names ...string) string {
	dir := t.TempDir()
	for _, n := range names {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte("# fake\n"), 0o644))
	}
	return dir
}

func fakeOptions(t *testing.T, strategies string, env ...string) *Options {
	exe, err := os.Executable()
	require.NoError(t, err)
	return &Options{
		OutDir: t.TempDir(),
		Tools:  runner.Tools{RCVM: exe, Python: exe, Env: append(fakercvm.Env(strategies, "200us"), env...)},
		Host:   results.Host{CPU: "Test CPU", Cores: 2, Go: "go1.26", Commit: "abc", Date: "2025-01-01T00:00:00Z"},
		Cores:  2,
	}
}

func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range All() {
		t.Run(s.Name, func(t *testing.T) {
			require.False(t, seen[s.Name], "names are unique")
			seen[s.Name] = true
			assert.NotEmpty(t, s.Title)
			assert.NotEmpty(t, s.Question)
			assert.NotEmpty(t, s.Workloads)
			assert.NotEmpty(t, s.Series)
			assert.Contains(t, []string{results.ModeTiming, results.ModeStats, results.ModeChecked}, s.Mode)
			for _, size := range []Size{s.Quick, s.Full} {
				assert.Positive(t, size.Reps)
				assert.Positive(t, size.Target)
			}
			assert.LessOrEqual(t, s.Quick.Target, s.Full.Target, "quick is not bigger than full")
			if b, ok := analysis.Builtin[s.Name]; ok {
				assert.Equal(t, b, s.Analysis, "old results files are read as the spec says")
			}
		})
	}
	for _, want := range []string{"overhead", "scaling", "contention", "io", "convoy", "safety", "memory", "vscpython"} {
		assert.True(t, seen[want], want)
	}
	got, err := Lookup("io", "all", "io")
	require.NoError(t, err)
	assert.Len(t, got, len(All()), "all, without repeats")
	_, err = Lookup("nope")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `no experiment "nope" (known: ccbench, contention, convoy,`)
}

// TestRegister: a researcher's experiment is found by name and by all,
// after the built-in ones; a taken name is refused.
func TestRegister(t *testing.T) {
	mine := Spec{Name: "mine-test", Title: "t", Question: "q", Workloads: []Workload{{Pattern: "bm_*.py"}},
		Series: []Series{{Strategy: "gil"}}, Mode: results.ModeTiming, Quick: Size{Target: 0.01, Reps: 1}, Full: Size{Target: 0.01, Reps: 1},
		Analysis: analysis.Spec{Kind: analysis.KindRelative, Baseline: "gil", Figure: "Mine"}}
	Register(mine)
	got, err := Lookup("mine-test")
	require.NoError(t, err)
	assert.Equal(t, "Mine", got[0].Analysis.Figure)
	all := All()
	assert.Equal(t, "mine-test", all[len(all)-1].Name)
	assert.Panics(t, func() { Register(mine) })
	assert.Panics(t, func() { Register(Spec{Name: "all"}) })
}

func TestThreads(t *testing.T) {
	tests := []struct {
		name string
		th   Threads
		want []int
	}{
		{"fixed", Fixed(1, 4), []int{1, 4}},
		{"upto", UpTo(2), []int{1, 2, 3, 4}},
		{"doubling", Doubling(2), []int{1, 2, 4}},
		{"coresplus", CoresPlus(1), []int{1, 2, 3}},
		{"cores", Cores(), []int{2}},
		{"oneandcores", OneAndCores(), []int{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.th(2))
		})
	}
	assert.Equal(t, []int{1, 2, 3, 4, 6}, Doubling(2)(3), "the core count is always measured")
	assert.Equal(t, []int{1}, OneAndCores()(1))
}

func TestSearch(t *testing.T) {
	factorial := func(n int) float64 {
		f := 1.0
		for i := 2; i <= n; i++ {
			f *= float64(i)
		}
		return f
	}
	tests := []struct {
		name   string
		time   func(n int) float64
		target float64
		want   string
	}{
		{"linear with start-up", func(n int) float64 { return 0.02 + 0.001*float64(n) }, 0.5, "480"},
		{"factorial", func(n int) float64 { return 1e-6 * factorial(n) }, 0.5, "9"},
		{"slightly slow at 1", func(int) float64 { return 0.8 }, 0.5, "1"},
		{"too slow whatever N", func(int) float64 { return 2 }, 0.5, "1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			limit := 3*tt.target + 1
			cal, err := search(func(n string) (float64, bool, error) {
				i, err := strconv.Atoi(n)
				if err != nil {
					i = 0 // a fraction: as slow as the smallest whole size
				}
				v := tt.time(max(i, 1))
				if v > limit {
					return limit, true, nil
				}
				return v, false, nil
			}, tt.target)
			require.NoError(t, err)
			assert.Equal(t, tt.want, cal.N)
			assert.Less(t, cal.Runs, 45)
		})
	}
}

// TestSearchCoarseFraction: where a whole step of N is a large share of
// the target (the seeds count millions: 0.3 s per unit here, so 1 is 40%
// short of 0.5 s and 2 is over it), a workload that takes a fraction gets
// the interpolated one; one that refuses it keeps the whole N.
func TestSearchCoarseFraction(t *testing.T) {
	for _, fraction := range []bool{true, false} {
		cal, err := search(func(n string) (float64, bool, error) {
			v, err := strconv.ParseFloat(n, 64)
			require.NoError(t, err)
			if v != float64(int(v)) && !fraction {
				return 0, false, fmt.Errorf("ValueError: invalid literal for int()")
			}
			return 0.3 * v, false, nil
		}, 0.5)
		require.NoError(t, err)
		if fraction {
			assert.Equal(t, "1.67", cal.N)
			assert.InDelta(t, 0.5, cal.Seconds, 0.01)
		} else {
			assert.Equal(t, "1", cal.N)
		}
	}
}

func TestSearchIgnoredN(t *testing.T) {
	_, err := search(func(string) (float64, bool, error) { return 0.01, false, nil }, 0.5)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "does not grow with N")
}

func TestSearchFractions(t *testing.T) {
	tests := []struct {
		name     string
		fraction bool // the workload takes a fractional N
		want     string
	}{
		{"fractional N", true, "0.125"},
		{"whole N only", false, "1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cal, err := search(func(n string) (float64, bool, error) {
				v, err := strconv.ParseFloat(n, 64)
				require.NoError(t, err)
				if v < 1 && !tt.fraction {
					return 0, false, fmt.Errorf("ValueError: invalid literal for int()")
				}
				return 4 * v, false, nil // 4 s at N = 1
			}, 0.5)
			require.NoError(t, err)
			assert.Equal(t, tt.want, cal.N)
		})
	}
}

func TestPrepare(t *testing.T) {
	dir := workloadDir(t, "bm_a.py", "bm_b.py", "contention.py")
	spec := Spec{Name: "t", Workloads: []Workload{{Pattern: "bm_*.py"}}, Mode: results.ModeTiming,
		Series: []Series{{Strategy: AllStrategies, Except: []string{"unsafe"}}, {System: results.SystemCPython},
			{System: results.SystemMultiprocessing}, {Strategy: "brc", Variant: "x"}},
		Threads: UpTo(1), Quick: Size{Target: 0.01, Reps: 2}, Full: Size{Target: 0.02, Reps: 3}}
	tests := []struct {
		name       string
		spec       func(s Spec) Spec
		opts       func(o *Options)
		wantSeries []string
		wantNotes  string
		wantErr    string
	}{
		{name: "all", wantSeries: []string{"gil", "atomic", "CPython", "multiprocessing"}, wantNotes: `no strategy "brc"`},
		{name: "only", opts: func(o *Options) { o.Only = []string{"atomic"} }, wantSeries: []string{"atomic", "CPython", "multiprocessing"}},
		{name: "no baselines", opts: func(o *Options) { o.Baselines = []string{} }, wantSeries: []string{"gil", "atomic"}},
		{name: "no python", opts: func(o *Options) { o.Tools.Python = "" }, wantSeries: []string{"gil", "atomic", "multiprocessing"},
			wantNotes: "no python3"},
		{name: "unknown strategy", opts: func(o *Options) { o.Only = []string{"zzz"} }, wantErr: `unknown strategy "zzz" (this rcvm has: gil, atomic, unsafe)`},
		{name: "nothing left", opts: func(o *Options) { o.Only = []string{"unsafe"}; o.Baselines = []string{} }, wantErr: "nothing to run"},
		{name: "missing workload", spec: func(s Spec) Spec { s.Workloads = []Workload{{Pattern: "nope.py"}}; return s },
			wantErr: `no workload matches "nope.py"`},
		{name: "missing dir", opts: func(o *Options) { o.WorkloadDir += "/nope" }, wantErr: "no workloads directory"},
		{name: "peers", opts: func(o *Options) {
			o.Tools.Peers = []runner.Peer{{Name: "3.11", GIL: true}, {Name: "3.13t", FreeThreaded: true}}
		}, wantSeries: []string{"gil", "atomic", "CPython 3.11", "CPython 3.13t", "multiprocessing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := fakeOptions(t, "gil,atomic,unsafe")
			o.WorkloadDir = dir
			if tt.opts != nil {
				tt.opts(o)
			}
			s := spec
			if tt.spec != nil {
				s = tt.spec(s)
			}
			p, err := Prepare(context.Background(), s, o)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			var got []string
			for _, c := range p.Series {
				got = append(got, c.Series())
			}
			assert.Equal(t, tt.wantSeries, got)
			assert.Contains(t, strings.Join(p.Notes, "\n"), tt.wantNotes)
			assert.Equal(t, []int{1, 2}, p.Threads)
			assert.Len(t, p.Workloads, 2)
			assert.Equal(t, "full", p.SizeName)
			assert.Positive(t, p.Estimate(nil))
			assert.Equal(t, 2*2*len(got)*3, p.Runs(), "workloads × threads × series × reps")
		})
	}
}

func TestPrepareOverrides(t *testing.T) {
	o := fakeOptions(t, "gil")
	o.WorkloadDir = workloadDir(t, "contention.py")
	o.Quick, o.Threads, o.Reps = true, []int{3}, 5
	p, err := Prepare(context.Background(), Contention, o)
	require.NoError(t, err)
	assert.Equal(t, "custom", p.SizeName)
	assert.Equal(t, []int{3}, p.Threads)
	assert.Equal(t, 5, p.Size.Reps)
	require.Len(t, p.Workloads, 3, "one per swept share")
	assert.Equal(t, []string{"50"}, p.Workloads[1].Args)
}

func TestRun(t *testing.T) {
	o := fakeOptions(t, "gil,atomic,unsafe", fakercvm.EnvFail+"=unsafe")
	o.WorkloadDir = workloadDir(t, "bm_a.py", "bm_b.py")
	spec := Spec{Name: "mini", Workloads: []Workload{{Pattern: "bm_*.py"}}, Mode: results.ModeTiming,
		Series:  []Series{{Strategy: AllStrategies}, {System: results.SystemCPython}},
		Threads: Fixed(1, 2), Quick: Size{Target: 0.01, Reps: 3, Warmup: 1}}
	o.Quick = true
	var log bytes.Buffer
	o.Progress = NewProgress(&log, time.Second)
	p, err := Prepare(context.Background(), spec, o)
	require.NoError(t, err)
	out, err := p.Run(context.Background(), o)
	require.NoError(t, err)

	assert.Equal(t, ResultsPath(o.OutDir, "mini", o.Host), out.Path)
	// 2 workloads × 2 threads × 3 series (unsafe dropped) × 3 reps.
	assert.Equal(t, 36, out.Measured)
	assert.Zero(t, out.Failed)
	assert.Equal(t, 2, out.Errors, "unsafe fails its warm-up on each workload")
	assert.Contains(t, log.String(), "failed its warm-up run, left out")
	assert.Contains(t, log.String(), "calibrating bm_a.py")

	recs, err := results.ReadFile(out.Path)
	require.NoError(t, err)
	assert.Equal(t, out.Records, recs)
	sums := results.Filter(recs, "mini", results.TypeSummary)
	require.Len(t, sums, 12)
	for _, s := range sums {
		assert.Equal(t, 3, s.Runs)
		assert.Equal(t, 3, s.Wall.N)
		assert.NotEqual(t, "unsafe", s.Config.Strategy)
	}
	ms := results.Filter(recs, "mini", results.TypeMeasurement)
	// The first round runs every configuration before any runs again.
	assert.Equal(t, 0, ms[11].Rep)
	assert.Equal(t, 1, ms[12].Rep)
	ns := map[string]string{}
	for _, m := range ms {
		if prev, ok := ns[m.Config.Workload]; ok {
			assert.Equal(t, prev, m.Config.N, "one N per workload")
		}
		ns[m.Config.Workload] = m.Config.N
		assert.Equal(t, "quick", m.Size)
		assert.Equal(t, "Test CPU", m.Host.CPU)
	}

	// A second experiment reuses the calibration.
	assert.True(t, o.Calibrator.has(p.Workloads[0], 0.01))
}

// TestRunAdaptive runs an adaptive experiment on the fake rcvm, whose
// times are exact: three rounds leave no 95% interval, so the rule adds
// rounds until six, then every ratio is within target and it stops, and
// says so in a precision record.
func TestRunAdaptive(t *testing.T) {
	o := fakeOptions(t, "gil,atomic")
	o.WorkloadDir = workloadDir(t, "bm_a.py")
	spec := Spec{Name: "adaptive", Workloads: []Workload{{Pattern: "bm_*.py"}}, Mode: results.ModeTiming,
		Series: []Series{{Strategy: AllStrategies}}, Threads: Fixed(1),
		Quick:    Size{Target: 0.01, Reps: 3, Budget: time.Minute},
		Analysis: analysis.Spec{Kind: analysis.KindRelative, Baseline: "gil"}}
	o.Quick = true
	p, err := Prepare(context.Background(), spec, o)
	require.NoError(t, err)
	assert.Equal(t, time.Minute, p.Longest(o.Calibrator))
	out, err := p.Run(context.Background(), o)
	require.NoError(t, err)
	assert.Equal(t, 12, out.Measured, "2 series × 6 rounds")
	prec := results.Filter(out.Records, "adaptive", results.TypePrecision)
	require.Len(t, prec, 1)
	pr := prec[0].Precision
	assert.Equal(t, 6, pr.Rounds)
	assert.Equal(t, 3, pr.MinRounds)
	assert.Equal(t, StopReached, pr.Stopped)
	assert.Equal(t, 2, pr.Estimates, "atomic/gil on bm_a.py and its geometric mean")
	assert.Empty(t, pr.Unmet)

	// -reps fixes the rounds.
	o.Reps = 3
	p, err = Prepare(context.Background(), spec, o)
	require.NoError(t, err)
	out, err = p.Run(context.Background(), o)
	require.NoError(t, err)
	assert.Equal(t, 6, out.Measured)
	pr = results.Filter(out.Records, "adaptive", results.TypePrecision)[0].Precision
	assert.Equal(t, StopFixed, pr.Stopped)
	assert.Len(t, pr.Unmet, 2, "three runs give no 95% interval")
}

// TestRunDisturbed: the fake rcvm sleeps, so its CPU time is far below
// its wall time, as a run that waited for a CPU: every single-threaded
// run counts as disturbed, is recorded as such and run again in its
// round; multi-threaded runs are not judged.
func TestRunDisturbed(t *testing.T) {
	o := fakeOptions(t, "gil")
	o.WorkloadDir = workloadDir(t, "bm_a.py")
	o.DisturbedBelow = DisturbedUtilisation
	spec := Spec{Name: "disturbed", Workloads: []Workload{{Pattern: "bm_*.py"}}, Mode: results.ModeTiming,
		Series: []Series{{Strategy: "gil"}}, Threads: Fixed(1, 2), Quick: Size{Target: 0.04, Reps: 2, N: "200"}}
	o.Quick = true
	p, err := Prepare(context.Background(), spec, o)
	require.NoError(t, err)
	out, err := p.Run(context.Background(), o)
	require.NoError(t, err)
	assert.Equal(t, 2, out.Disturbed, "the 1-thread run of each round")
	var one []results.Record
	for _, r := range results.Filter(out.Records, "disturbed", results.TypeMeasurement) {
		if r.Config.Threads == 1 {
			one = append(one, r)
		} else {
			assert.False(t, r.Disturbed)
		}
	}
	require.Len(t, one, 4, "each round's run and its rerun")
	assert.True(t, one[0].Disturbed)
	assert.Equal(t, one[0].Rep, one[1].Rep, "the rerun takes the same round")
	for _, s := range results.Filter(out.Records, "disturbed", results.TypeSummary) {
		if s.Config.Threads == 1 {
			assert.Equal(t, 2, s.DisturbedRuns)
			assert.Equal(t, 2, s.Runs)
			assert.Equal(t, 2, s.Work.N, "the reruns count")
		}
	}
}

func TestRunDropsRepeatedFailures(t *testing.T) {
	counter := filepath.Join(t.TempDir(), "count")
	o := fakeOptions(t, "gil", fakercvm.EnvFailAfter+"="+counter+":2")
	o.WorkloadDir = workloadDir(t, "bm_a.py")
	spec := Spec{Name: "drop", Workloads: []Workload{{Pattern: "bm_a.py"}}, Mode: results.ModeTiming,
		Series: []Series{{Strategy: "gil"}}, Threads: Fixed(1), Full: Size{N: "1", Target: 0.01, Reps: 5}}
	p, err := Prepare(context.Background(), spec, o)
	require.NoError(t, err)
	out, err := p.Run(context.Background(), o)
	require.NoError(t, err)
	// Warm-up and rep 1 succeed, reps 2 and 3 fail, reps 4 and 5 are not run.
	assert.Zero(t, out.Errors)
	assert.Equal(t, 3, out.Measured)
	assert.Equal(t, 2, out.Failed)
	sums := results.Filter(out.Records, "drop", results.TypeSummary)
	require.Len(t, sums, 1)
	assert.Equal(t, 3, sums[0].Runs)
	assert.Equal(t, 2, sums[0].Failures)
	assert.Equal(t, 1, sums[0].Wall.N)
	assert.Contains(t, results.Filter(out.Records, "drop", results.TypeMeasurement)[1].Error, "fake failure")
}

func TestProgressLines(t *testing.T) {
	var b bytes.Buffer
	p := NewProgress(&b, 4*time.Second)
	p.Start("x")
	p.Done("step one", "1.000 s", time.Second)
	p.Note("a note")
	p.Done("step two", "FAILED", 3*time.Second)
	p.Finish()
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	require.Len(t, lines, 3)
	assert.Regexp(t, `^\[ 25%\] step one: 1\.000 s \(\d+s left\)$`, lines[0])
	assert.Equal(t, "a note", lines[1])
	assert.Equal(t, "[100%] step two: FAILED", lines[2])
}

func TestProgressBar(t *testing.T) {
	var b bytes.Buffer
	p := newBar(&b, 2*time.Second)
	p.Start("overhead bm_float.py gil")
	p.Done("", "", 5*time.Second) // an overrun must not finish the bar early
	p.Note("a note")
	p.Finish()
	assert.Contains(t, b.String(), "a note\n", "notes print between renderings")
	assert.Equal(t, int64(1999), p.cur, "held one step short of the end until Finish")
}
