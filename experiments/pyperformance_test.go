package experiments

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/experiments/internal/fakercvm"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/runner"
)

// pyperformanceCheckout makes a pyperformance checkout of synthetic
// benchmarks: alpha (with a variant alpha_big taking an extra option),
// beta (needs a third-party package), gamma (no pyproject.toml: named by
// its directory).
func pyperformanceCheckout(t *testing.T) (root, benchmarks string) {
	root = t.TempDir()
	benchmarks = filepath.Join(root, "pyperformance", "data-files", "benchmarks")
	files := map[string]string{
		"bm_alpha/run_benchmark.py": "# fake\n",
		"bm_alpha/pyproject.toml": "[project]\nname = \"pyperformance_bm_alpha\"\ndependencies = [\"pyperf\"]\n\n" +
			"[tool.pyperformance]\nname = \"alpha\"\ntags = \"math\"\n",
		"bm_alpha/bm_alpha_big.toml": "[project]\nname = \"pyperformance_bm_alpha\"\n\n" +
			"[tool.pyperformance]\nname = \"alpha_big\"\nextra_opts = [\"--size\", \"big\"]\n",
		"bm_beta/run_benchmark.py":  "# fake\n",
		"bm_beta/pyproject.toml":    "[tool.pyperformance]\nname = \"beta\"\n",
		"bm_beta/requirements.txt":  "# pinned\nsix==1.16.0\nchameleon>=4\n",
		"bm_gamma/run_benchmark.py": "# fake\n",
		"MANIFEST":                  "[benchmarks]\n",
	}
	for name, text := range files {
		path := filepath.Join(benchmarks, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	}
	return root, benchmarks
}

func TestPyperformance(t *testing.T) {
	root, dir := pyperformanceCheckout(t)
	for _, d := range []string{root, dir} {
		got, ok := PyperformanceDir(d)
		assert.True(t, ok, d)
		assert.Equal(t, dir, got)
	}
	_, ok := PyperformanceDir(t.TempDir())
	assert.False(t, ok, "rcvm's workloads are not pyperformance's")

	list, err := Pyperformance(dir)
	require.NoError(t, err)
	script := func(b string) string { return filepath.Join(dir, b, "run_benchmark.py") }
	assert.Equal(t, []PyperfBenchmark{
		{Name: "alpha", Script: script("bm_alpha")},
		{Name: "alpha_big", Script: script("bm_alpha"), Args: []string{"--size", "big"}},
		{Name: "beta", Script: script("bm_beta"), Needs: []string{"six", "chameleon"}},
		{Name: "gamma", Script: script("bm_gamma")},
	}, list)

	_, err = Pyperformance(t.TempDir())
	assert.ErrorContains(t, err, "not a pyperformance benchmarks directory")
}

// TestRunPyperformance runs an overhead-like experiment on rcvm's own
// workloads and a pyperformance checkout's benchmarks side by side, on the
// fake rcvm and the fake CPython (which refuses a benchmark unless pyperf
// is on its PYTHONPATH): every pure-Python benchmark is measured under its
// pyperformance name on every series, the one that needs a third-party
// package and the one that fails on rcvm are listed as errors, not dropped.
func TestRunPyperformance(t *testing.T) {
	_, bench := pyperformanceCheckout(t)
	o := fakeOptions(t, "gil,brc", fakercvm.EnvFail+"=gamma")
	o.WorkloadDir = workloadDir(t, "bm_a.py")
	o.Pyperformance = []string{bench}
	o.Tools.PyperfPath = t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(o.Tools.PyperfPath, "pyperf.py"), []byte("# rcvm's\n"), 0o644))
	spec := Spec{Name: "pyperf-test", Workloads: []Workload{{Pattern: "bm_*.py", Pyperformance: true}},
		Series:  []Series{{Strategy: AllStrategies}, {System: results.SystemCPython}},
		Threads: Fixed(1), Mode: results.ModeTiming, Quick: Size{Target: 0.01, Reps: 2}}
	o.Quick = true
	p, err := Prepare(context.Background(), spec, o)
	require.NoError(t, err)
	var names []string
	for _, w := range p.Workloads {
		names = append(names, w.Name)
	}
	assert.Equal(t, []string{"bm_a.py", "alpha", "alpha_big", "beta", "gamma"}, names)
	assert.Equal(t, runner.ProtocolPyperf, p.Workloads[1].Protocol)

	out, err := p.Run(context.Background(), o)
	require.NoError(t, err)
	// 3 workloads × 3 series × 2 reps.
	assert.Equal(t, 18, out.Measured)
	assert.Zero(t, out.Failed)
	measured := map[string]bool{}
	for _, r := range results.Filter(out.Records, "pyperf-test", results.TypeMeasurement) {
		measured[r.Config.Workload+" "+r.Config.Series()] = true
		assert.Positive(t, r.Measurement.WorkSeconds)
		if r.Config.Workload == "alpha_big" {
			assert.Equal(t, []string{"--size", "big"}, r.Config.Args)
		}
	}
	for _, w := range []string{"bm_a.py", "alpha", "alpha_big"} {
		for _, s := range []string{"gil", "brc", "CPython"} {
			assert.True(t, measured[w+" "+s], w+" on "+s)
		}
	}
	errs := map[string]string{}
	for _, r := range results.Filter(out.Records, "pyperf-test", results.TypeError) {
		errs[r.Config.Workload] = r.Error
	}
	require.Len(t, errs, 2)
	assert.Contains(t, errs["beta"], "needs third-party packages (six, chameleon): not run")
	assert.Contains(t, errs["gamma"], "fake failure")
}

// TestPyperfCommandLines: a pyperformance benchmark runs with pyperf's
// options, N as its loop count; on CPython with pyperf on its path; never
// on more than one thread.
func TestPyperfCommandLines(t *testing.T) {
	tools := runner.Tools{RCVM: "rcvm", Python: "python3", PyperfPath: "/tmp/pyperf"}
	c := results.Config{Workload: "alpha_big", System: results.SystemRCVM, Strategy: "brc", Threads: 1, N: "4",
		Args: []string{"--size", "big"}, Mode: results.ModeTiming}
	job := runner.Job{Config: c, Script: "/b/bm_alpha/run_benchmark.py", Dir: "/d", Protocol: runner.ProtocolPyperf}
	got, err := tools.CommandLines(job)
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"rcvm", "run", "-strategy", "brc", "-report", "/d/report-0.json",
		"/b/bm_alpha/run_benchmark.py", "-p", "1", "-n", "1", "-w", "1", "-l", "4", "-q", "--size", "big"}}, got)
	job.Config.System, job.Config.Strategy = results.SystemCPython, ""
	got, err = tools.CommandLines(job)
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"python3", "/b/bm_alpha/run_benchmark.py", "-p", "1", "-n", "1", "-w", "1", "-l", "4", "-q",
		"--size", "big"}}, got)
	job.Config.Threads = 2
	_, err = tools.CommandLines(job)
	assert.ErrorContains(t, err, "runs on one thread")
	job.Config.Threads, tools.PyperfPath = 1, ""
	_, err = tools.CommandLines(job)
	assert.ErrorContains(t, err, "no pyperf module for CPython")
}

// TestPyperformanceFailsOnRCVM: a benchmark that rcvm cannot run yet is
// calibrated and measured on CPython, and every rcvm series is recorded as
// a failure beside it.
func TestPyperformanceFailsOnRCVM(t *testing.T) {
	_, bench := pyperformanceCheckout(t)
	o := fakeOptions(t, "gil,brc", fakercvm.EnvFail+"=gil,brc")
	o.Pyperformance = []string{bench}
	o.Tools.PyperfPath = t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(o.Tools.PyperfPath, "pyperf.py"), []byte("# rcvm's\n"), 0o644))
	spec := Spec{Name: "pyperf-fail", Workloads: []Workload{{Pattern: "bm_*.py", Pyperformance: true}},
		Series:  []Series{{Strategy: AllStrategies}, {System: results.SystemCPython}},
		Threads: Fixed(1), Mode: results.ModeTiming, Quick: Size{Target: 0.01, Reps: 2}}
	o.Quick = true
	p, err := Prepare(context.Background(), spec, o)
	require.NoError(t, err, "no rcvm workloads directory: pyperformance alone")
	out, err := p.Run(context.Background(), o)
	require.NoError(t, err)
	// alpha, alpha_big and gamma on CPython only, 2 reps each.
	assert.Equal(t, 6, out.Measured)
	for _, r := range results.Filter(out.Records, "pyperf-fail", results.TypeMeasurement) {
		assert.Equal(t, results.SystemCPython, r.Config.System)
	}
	failed := map[string]bool{}
	for _, r := range results.Filter(out.Records, "pyperf-fail", results.TypeError) {
		failed[r.Config.Workload+" "+r.Config.Series()] = true
	}
	for _, w := range []string{"alpha", "alpha_big", "gamma"} {
		for _, s := range []string{"gil", "brc"} {
			assert.True(t, failed[w+" "+s], w+" on "+s+" is listed as a failure")
		}
	}
}
