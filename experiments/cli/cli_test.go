package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rcvm/rcvm/experiments/internal/fakercvm"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMain(m *testing.M) {
	fakercvm.Main()
	os.Exit(m.Run())
}

// fakeEnv runs this test binary as rcvm, with a workloads directory of
// empty scripts.
func fakeEnv(t *testing.T) (Env, *bytes.Buffer, *bytes.Buffer, string) {
	exe, err := os.Executable()
	require.NoError(t, err)
	dir := t.TempDir()
	for _, n := range []string{"seed_io_threads.py", "bm_a.py", "bm_b.py"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte("# fake\n"), 0o644))
	}
	var out, errs bytes.Buffer
	return Env{Stdout: &out, Stderr: &errs, Self: exe, ExtraEnv: fakercvm.Env("gil,atomic", "100us")}, &out, &errs, dir
}

func TestExperimentList(t *testing.T) {
	env, out, _, _ := fakeEnv(t)
	require.Equal(t, 0, Experiment([]string{"list"}, env))
	for _, want := range []string{"overhead", "scaling", "contention", "io", "convoy", "safety", "memory", "vscpython", "bm_*.py"} {
		assert.Contains(t, out.String(), want)
	}
}

func TestExperimentRun(t *testing.T) {
	env, out, errs, wl := fakeEnv(t)
	dir := t.TempDir()
	code := Experiment([]string{"io,overhead", "-quick", "-out", dir, "-workloads", wl, "-reps", "2", "-threads", "1,2",
		"-n", "0.01", "-python", "none"}, env)
	require.Equal(t, 0, code, errs.String())

	assert.Contains(t, errs.String(), "io (custom), overhead (custom) on")
	assert.Contains(t, errs.String(), "no python3 on PATH: the CPython baseline is left out")
	assert.Contains(t, out.String(), "## io: Time (s) of threads that each sleep 0.01 s")
	assert.Contains(t, out.String(), "## overhead: Single-thread time relative to the GIL")
	// The summary ends with the seeds' claims judged as the paper judges
	// them: two repetitions decide nothing, scaling did not run at all.
	assert.Contains(t, out.String(), "## The seeds' claims, as the paper judges them")
	assert.Contains(t, out.String(), "| Threads do overlap waiting (I/O).")
	assert.Contains(t, out.String(), "| inconclusive")
	assert.Contains(t, out.String(), "| no scaling data")
	assert.Contains(t, out.String(), "## The project's goals, as the paper judges them")
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	require.NoError(t, err)
	assert.Len(t, files, 2)
	figs, err := filepath.Glob(filepath.Join(dir, "figures", "*.png"))
	require.NoError(t, err)
	assert.Len(t, figs, 2)
	recs, err := results.LoadDir(dir)
	require.NoError(t, err)
	io := results.Filter(recs, "io", results.TypeMeasurement)
	assert.Len(t, io, 2*2*2, "2 series × 2 thread counts × 2 reps")
	assert.Equal(t, "custom", io[0].Size)
}

func TestExperimentDryRun(t *testing.T) {
	env, out, errs, wl := fakeEnv(t)
	code := Experiment([]string{"-workloads", wl, "-python", "none", "-dry-run", "io"}, env)
	require.Equal(t, 0, code, errs.String())
	assert.Contains(t, out.String(), "io (full): 6 reps, threads [1 2 4 8 16]")
	assert.Contains(t, out.String(), "series atomic")
}

func TestExperimentErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no name", []string{"-quick"}, 2, "usage: rcvm experiment"},
		{"unknown", []string{"nope"}, 2, `no experiment "nope"`},
		{"bad flag", []string{"io", "-bogus"}, 2, "flag provided but not defined: -bogus"},
		{"bad threads", []string{"io", "-threads", "1,x"}, 1, `-threads: "x" is not a positive integer`},
		{"bad baseline", []string{"io", "-baselines", "jython"}, 1, `unknown baseline "jython"`},
		{"bad strategy", []string{"io", "-strategies", "zzz"}, 1, `unknown strategy "zzz" (this rcvm has: gil, atomic)`},
		{"no rcvm", []string{"io", "-rcvm", "/nonexistent/rcvm"}, 1, "-rcvm:"},
		{"missing workload", []string{"scaling"}, 1, `no workload matches "sc_*.py"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, _, errs, wl := fakeEnv(t)
			code := Experiment(append(tt.args, "-workloads", wl, "-python", "none"), env)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, errs.String(), tt.want)
		})
	}
}

func TestExperimentNothingMeasured(t *testing.T) {
	env, _, errs, wl := fakeEnv(t)
	env.ExtraEnv = append(env.ExtraEnv, fakercvm.EnvFail+"=seed_io_threads.py")
	code := Experiment([]string{"io", "-quick", "-out", t.TempDir(), "-workloads", wl, "-python", "none", "-reps", "1"}, env)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs.String(), "io measured nothing successfully")
	assert.Contains(t, errs.String(), "RuntimeError: fake failure")
}

func TestPaper(t *testing.T) {
	env, out, errs, wl := fakeEnv(t)
	root := t.TempDir()
	paper := filepath.Join(root, "paper.md")
	require.NoError(t, os.WriteFile(paper, []byte("# P\n<!-- BEGIN generated:io -->\nx\n<!-- END generated:io -->\n"+
		"<!-- BEGIN generated:mystery -->\ny\n<!-- END generated:mystery -->\n"), 0o644))
	args := []string{"-paper", paper, "-results", filepath.Join(root, "results"), "-figures", filepath.Join(root, "figures")}

	require.Equal(t, 0, Paper(args, env), errs.String())
	assert.Contains(t, out.String(), "regenerated from 0 records")
	assert.Contains(t, errs.String(), `no generator for block "mystery"`)

	out.Reset()
	run := append(args, "-run", "-experiments", "io", "-quick", "-workloads", wl, "-python", "none", "-reps", "1", "-threads", "1,2", "-n", "0.01")
	require.Equal(t, 0, Paper(run, env), errs.String())
	assert.Contains(t, out.String(), "regenerated from")
	b, err := os.ReadFile(paper)
	require.NoError(t, err)
	assert.Contains(t, string(b), "![Threads that each sleep 0.01 s")
	assert.True(t, strings.HasSuffix(string(b), "y\n<!-- END generated:mystery -->\n"))

	assert.Equal(t, 1, Paper([]string{"-paper", filepath.Join(root, "none.md")}, env))
	assert.Equal(t, 2, Paper([]string{"stray"}, env))
}

func TestHelpers(t *testing.T) {
	names, rest := splitArgs([]string{"a,b", "c", "-quick", "d"})
	assert.Equal(t, []string{"a", "b", "c"}, names)
	assert.Equal(t, []string{"-quick", "d"}, rest)
	got, err := parseInts(" 1, 2 ,4")
	require.NoError(t, err)
	assert.Equal(t, []int{1, 2, 4}, got)
	_, err = parseInts("0")
	assert.Error(t, err)
	_, err = workloadDir("/nonexistent", "rcvm")
	assert.ErrorContains(t, err, "-workloads: no directory")
}
