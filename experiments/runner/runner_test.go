package runner

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rcvm/rcvm/experiments/internal/fakercvm"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMain(m *testing.M) {
	fakercvm.Main()
	os.Exit(m.Run())
}

// fakeTools runs this test binary as rcvm and as python3.
func fakeTools(t *testing.T, extraEnv ...string) Tools {
	exe, err := os.Executable()
	require.NoError(t, err)
	return Tools{RCVM: exe, Python: exe, Env: append(fakercvm.Env("gil,atomic,unsafe", "100us"), extraEnv...)}
}

func script(t *testing.T, name string) string {
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte("# fake workload\n"), 0o644))
	return p
}

func TestRunSystems(t *testing.T) {
	tools := fakeTools(t)
	w := script(t, "sc_private.py")
	tests := []struct {
		name      string
		cfg       results.Config
		wantRep   bool
		wantStats bool
	}{
		{"rcvm", results.Config{System: results.SystemRCVM, Strategy: "gil", Threads: 2, N: "3", Mode: results.ModeTiming}, true, false},
		{"cpython", results.Config{System: results.SystemCPython, Threads: 2, N: "3", Mode: results.ModeTiming}, false, false},
		{"multiprocessing", results.Config{System: results.SystemMultiprocessing, Strategy: "gil", Threads: 3, N: "3", Mode: results.ModeTiming}, true, false},
		{"subinterpreters", results.Config{System: results.SystemSubinterpreters, Strategy: "gil", Threads: 2, N: "3", Mode: results.ModeTiming}, true, false},
		{"checked", results.Config{System: results.SystemRCVM, Strategy: "unsafe", Threads: 2, N: "3", Mode: results.ModeChecked}, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg.Workload = "sc_private.py"
			m, err := tools.Run(context.Background(), Job{Config: tt.cfg, Script: w, Dir: t.TempDir()})
			require.NoError(t, err)
			assert.True(t, m.OK())
			assert.Greater(t, m.WallSeconds, 0.0)
			assert.Positive(t, m.MaxRSSBytes)
			assert.InDelta(t, m.UserSeconds+m.SysSeconds, m.CPUSeconds, 1e-9)
			assert.NotEmpty(t, m.Timings["Duration"], "the Duration lines are parsed")
			assert.Positive(t, m.WorkSeconds)
			assert.Equal(t, tt.wantRep, m.Report != nil)
			assert.Equal(t, tt.wantStats, m.Stats != nil)
			if tt.cfg.System == results.SystemMultiprocessing {
				assert.Len(t, m.Timings["Duration"], 3, "one line per process")
				assert.Equal(t, 1e6, m.Report.PeakHeapBytes, "peaks take the maximum, not the sum")
				assert.Equal(t, 3*3000.0, m.Report.ObjectsAllocated, "counts add up")
			}
			if tt.wantStats {
				assert.Equal(t, 4.0, m.Stats["leaked"])
			}
			assert.Equal(t, rssSampling && tt.cfg.Mode != results.ModeTiming, m.RSSSampled)
		})
	}
}

func TestRunFailures(t *testing.T) {
	w := script(t, "bm_float.py")
	cfg := results.Config{Workload: "bm_float.py", System: results.SystemRCVM, Strategy: "gil", Threads: 1, N: "1", Mode: results.ModeTiming}
	tests := []struct {
		name  string
		tools Tools
		cfg   func(c results.Config) results.Config
		job   func(j Job) Job
		ctx   func() (context.Context, context.CancelFunc)
		want  string
	}{
		{name: "traceback", tools: fakeTools(t, fakercvm.EnvFail+"=bm_float.py"), want: "RuntimeError: fake failure"},
		{name: "exception in a thread", tools: fakeTools(t, fakercvm.EnvThreadError+"=gil"), want: "exited 0 but printed a traceback"},
		{name: "missing flag", tools: fakeTools(t, fakercvm.EnvNoFlags+"=interpreters"),
			cfg:  func(c results.Config) results.Config { c.System = results.SystemSubinterpreters; return c },
			want: "flag provided but not defined: -interpreters"},
		{name: "missing script", tools: fakeTools(t), job: func(j Job) Job { j.Script += ".nope"; return j }, want: "can't open file"},
		{name: "no python", tools: Tools{RCVM: "x"}, cfg: func(c results.Config) results.Config { c.System = results.SystemCPython; return c },
			want: "no python3"},
		{name: "no binary", tools: Tools{RCVM: "/nonexistent/rcvm"}, want: "starting /nonexistent/rcvm"},
		{name: "bad threads", tools: fakeTools(t), cfg: func(c results.Config) results.Config { c.Threads = 0; return c }, want: "threads must be at least 1"},
		{name: "unknown system", tools: fakeTools(t), cfg: func(c results.Config) results.Config { c.System = "jython"; return c }, want: `unknown system "jython"`},
		{name: "timeout", tools: fakeTools(t), cfg: func(c results.Config) results.Config { c.N = "1000000"; return c },
			ctx: func() (context.Context, context.CancelFunc) {
				return context.WithTimeout(context.Background(), 200*time.Millisecond)
			},
			want: "killed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cfg
			if tt.cfg != nil {
				c = tt.cfg(c)
			}
			j := Job{Config: c, Script: w, Dir: t.TempDir()}
			if tt.job != nil {
				j = tt.job(j)
			}
			ctx, cancel := context.Background(), func() {}
			if tt.ctx != nil {
				ctx, cancel = tt.ctx()
			}
			defer cancel()
			m, err := tt.tools.Run(ctx, j)
			require.Error(t, err)
			require.NotNil(t, m)
			assert.False(t, m.OK())
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestCommandLines(t *testing.T) {
	tools := Tools{RCVM: "rcvm", Python: "python3"}
	c := results.Config{Workload: "convoy.py", System: results.SystemRCVM, Strategy: "gil", Flags: []string{"-gil-variant", "old"},
		Threads: 3, N: "5", Args: []string{"50"}, Mode: results.ModeChecked}
	got, err := tools.CommandLines(Job{Config: c, Script: "w/convoy.py", Dir: "d"})
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"rcvm", "run", "-strategy", "gil", "-gil-variant", "old", "-checked", "-stats", "d/stats-0.json",
		"-report", "d/report-0.json", "w/convoy.py", "3", "5", "50"}}, got)
	c.System, c.Mode, c.Flags, c.Args = results.SystemMultiprocessing, results.ModeTiming, nil, nil
	got, err = tools.CommandLines(Job{Config: c, Script: "w.py", Dir: "d"})
	require.NoError(t, err)
	require.Len(t, got, 3)
	assert.Equal(t, []string{"rcvm", "run", "-strategy", "gil", "-report", "d/report-2.json", "w.py", "1", "5"}, got[2])
	// Every rcvm child gets the standard library the experiment resolved.
	tools.Stdlib = "/lib/python3.11"
	got, err = tools.CommandLines(Job{Config: c, Script: "w.py", Dir: "d"})
	require.NoError(t, err)
	for _, argv := range got {
		assert.Equal(t, []string{"rcvm", "run", "-stdlib", "/lib/python3.11"}, argv[:4])
	}
}

func TestParseTimings(t *testing.T) {
	got, work := parseTimings("Latency median: 0.5 seconds\nx\nDuration with threads: 1.25 seconds\n"+
		"Latency median: 2e-3 seconds\nDuration: x seconds\nDuration: 0.75 seconds\n", false)
	assert.Equal(t, map[string][]float64{"Latency median": {0.5, 0.002}, "Duration with threads": {1.25}, "Duration": {0.75}}, got)
	assert.Equal(t, 1.25, work)
	// A pyperformance script's benchmarks each time their own loops: the
	// run's work is their sum.
	got, work = parseTimings("logging_format: Mean +- std dev: 10 us +- 0 us\nDuration logging_format: 0.25 seconds\n"+
		"Duration logging_silent: 0.5 seconds\n", true)
	assert.Equal(t, map[string][]float64{"Duration logging_format": {0.25}, "Duration logging_silent": {0.5}}, got)
	assert.Equal(t, 0.75, work)
	got, work = parseTimings("nothing\n", false)
	assert.Nil(t, got)
	assert.True(t, math.IsNaN(work))
}

func TestStrategies(t *testing.T) {
	list, err := fakeTools(t).Strategies(context.Background())
	require.NoError(t, err)
	require.Len(t, list, 3)
	assert.Equal(t, Strategy{Name: "gil", Description: "fake gil strategy"}, list[0])
	_, err = Tools{RCVM: "/nonexistent/rcvm"}.Strategies(context.Background())
	assert.Error(t, err)
}

func TestLimitedBuffer(t *testing.T) {
	head := &limitedBuffer{max: 4}
	tail := &limitedBuffer{max: 4, tail: true}
	for _, s := range []string{"abc", "def", "gh"} {
		n, err := head.Write([]byte(s))
		require.NoError(t, err)
		assert.Equal(t, len(s), n)
		_, _ = tail.Write([]byte(s))
	}
	assert.Equal(t, "abcd", head.String())
	assert.Equal(t, "efgh", tail.String())
}

// TestFTTimings: ftscalingbench.py's "NAME X ms" lines of the workload
// asked for become its Duration, in seconds; another workload's do not.
func TestFTTimings(t *testing.T) {
	out := "Running benchmarks with 2 threads\nspin               81.5 ms\nspinner            3.0 ms\n"
	got, work := parseTimings(ftTimings(out, "spin"), false)
	assert.Equal(t, map[string][]float64{"Duration spin": {0.0815}}, got)
	assert.InDelta(t, 0.0815, work, 1e-12)
}
