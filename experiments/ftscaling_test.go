package experiments

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/runner"
)

// ftSynthetic has ftscalingbench.py's structure (a registry filled by a
// decorator, a command line taking -t, --scale and names), with made-up
// workloads; the real file is in CPython's tree, never in this one.
const ftSynthetic = `import sys
WORK_SCALE = 100
ALL_BENCHMARKS = {}

def register_benchmark(func):
    ALL_BENCHMARKS[func.__name__] = func
    return func

@register_benchmark
def spin():
    for i in range(1000 * WORK_SCALE):
        pass

def helper():
    pass

@register_benchmark
def make_lists():
    for i in range(100 * WORK_SCALE):
        [i]
`

func ftFile(t *testing.T) string {
	path := filepath.Join(t.TempDir(), "ftscalingbench.py")
	require.NoError(t, os.WriteFile(path, []byte(ftSynthetic), 0o644))
	return path
}

func TestFTScalingBench(t *testing.T) {
	path := ftFile(t)
	names, err := FTScalingBench(path)
	require.NoError(t, err)
	assert.Equal(t, []string{"spin", "make_lists"}, names)
	assert.True(t, IsFTScalingBench(path))

	other := filepath.Join(t.TempDir(), "sc_private.py")
	require.NoError(t, os.WriteFile(other, []byte("def spin():\n    pass\n"), 0o644))
	assert.False(t, IsFTScalingBench(other))
	_, err = FTScalingBench(other)
	assert.ErrorContains(t, err, "not ftscalingbench.py")
	assert.False(t, IsFTScalingBench(filepath.Dir(path)), "a directory is not the file")
}

// TestRunFTScaling runs a scaling-like experiment on rcvm's sc_* workloads
// and an ftscalingbench.py's, side by side, on the fake rcvm: every
// ftscalingbench workload is its own, at every thread count and series.
func TestRunFTScaling(t *testing.T) {
	o := fakeOptions(t, "gil,brc")
	o.WorkloadDir = workloadDir(t, "sc_a.py")
	o.FTScalingBench = []string{ftFile(t)}
	spec := Spec{Name: "ft-test", Workloads: []Workload{{Pattern: "sc_*.py", FTScalingBench: true}},
		Series:  []Series{{Strategy: AllStrategies}, {System: results.SystemCPython}, {System: results.SystemMultiprocessing}},
		Threads: Fixed(1, 2), Mode: results.ModeTiming, Quick: Size{Target: 0.01, Reps: 2}}
	o.Quick = true
	p, err := Prepare(context.Background(), spec, o)
	require.NoError(t, err)
	var names []string
	for _, w := range p.Workloads {
		names = append(names, w.Name)
	}
	assert.Equal(t, []string{"sc_a.py", "spin", "make_lists"}, names)
	assert.Equal(t, runner.ProtocolFTScaling, p.Workloads[2].Protocol)

	out, err := p.Run(context.Background(), o)
	require.NoError(t, err)
	assert.Zero(t, out.Errors)
	assert.Zero(t, out.Failed)
	// 3 workloads × 2 thread counts × 4 series × 2 reps.
	assert.Equal(t, 48, out.Measured)
	for _, r := range results.Filter(out.Records, "ft-test", results.TypeMeasurement) {
		assert.Positive(t, r.Measurement.WorkSeconds, r.Config.String())
	}
}

// TestFTScalingCommandLines: a workload runs as ftscalingbench's parallel
// part on THREADS threads at --scale N, by its name.
func TestFTScalingCommandLines(t *testing.T) {
	tools := runner.Tools{RCVM: "rcvm", Python: "python3"}
	c := results.Config{Workload: "spin", System: results.SystemRCVM, Strategy: "brc", Threads: 4, N: "30",
		Mode: results.ModeTiming}
	job := runner.Job{Config: c, Script: "/t/ftscalingbench.py", Dir: "/d", Protocol: runner.ProtocolFTScaling}
	got, err := tools.CommandLines(job)
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"rcvm", "run", "-strategy", "brc", "-report", "/d/report-0.json",
		"/t/ftscalingbench.py", "--parallel-only", "-t", "4", "--scale", "30", "spin"}}, got)
	job.Config.System, job.Config.Strategy = results.SystemCPython, ""
	got, err = tools.CommandLines(job)
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"python3", "/t/ftscalingbench.py", "--parallel-only", "-t", "4", "--scale", "30", "spin"}}, got)
}

// TestRunCCBench runs the ccbench experiment on the fake rcvm and CPython:
// ccbench's report becomes each run's timings; without a ccbench.py the
// experiment says where Debian puts it.
func TestRunCCBench(t *testing.T) {
	specs, err := Lookup("ccbench")
	require.NoError(t, err)
	all, err := Lookup("all")
	require.NoError(t, err)
	for _, s := range all {
		assert.NotEqual(t, "ccbench", s.Name, "too long for all")
	}
	o := fakeOptions(t, "gil,brc")
	_, err = Prepare(context.Background(), specs[0], o)
	assert.ErrorContains(t, err, "no ccbench.py (Debian's python3.11-examples installs")

	o.CCBench = filepath.Join(t.TempDir(), "ccbench.py")
	require.NoError(t, os.WriteFile(o.CCBench, []byte("# fake\n"), 0o644))
	o.Quick = true
	p, err := Prepare(context.Background(), specs[0], o)
	require.NoError(t, err)
	out, err := p.Run(context.Background(), o)
	require.NoError(t, err)
	assert.Zero(t, out.Errors)
	assert.Equal(t, 3, out.Measured, "gil, brc and CPython, once each")
	for _, r := range results.Filter(out.Records, "ccbench", results.TypeMeasurement) {
		assert.Equal(t, []float64{700}, r.Measurement.Timings["Throughput Pi calculation (Python) threads=1"], r.Config.Series())
		assert.Equal(t, 2, r.Config.Threads)
	}
}
