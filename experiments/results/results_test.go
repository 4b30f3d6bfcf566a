package results

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func host(cpu string) Host {
	return Host{CPU: cpu, Cores: 2, Go: "go1.26.8", GOMAXPROCS: 2, Commit: "abc", Date: "2025-01-01T00:00:00Z"}
}

func meas(exp, run string, h Host, c Config, rep int, wall float64) Record {
	return Record{Type: TypeMeasurement, Experiment: exp, Size: "quick", RunID: run, Config: c, Host: h,
		Measurement: &Measurement{Rep: rep, WallSeconds: wall, WorkSeconds: wall - 0.1, CPUSeconds: wall,
			Timings: map[string][]float64{"Latency median": {wall / 100}}, MaxRSSBytes: 1 << 20,
			Report: &Report{GCCycles: 3, GCPauseSeconds: 0.001}}}
}

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	c := Config{Workload: "bm_float.py", System: SystemRCVM, Strategy: "gil", Threads: 1, N: "3", Mode: ModeTiming}
	recs := []Record{
		meas("overhead", "r1", host("X"), c, 0, 1.5),
		meas("overhead", "r1", host("X"), c, 1, 1.7),
		{Type: TypeError, Experiment: "overhead", RunID: "r1", Config: c, Host: host("X"), Error: "boom"},
	}
	recs = append(recs, Summarize(recs)...)
	w, err := Create(filepath.Join(dir, "sub", "overhead-x.jsonl"))
	require.NoError(t, err)
	for _, r := range recs {
		require.NoError(t, w.Write(r))
	}
	require.NoError(t, w.Close())

	got, err := LoadDir(filepath.Join(dir, "sub"))
	require.NoError(t, err)
	require.Len(t, got, 4)
	assert.Equal(t, recs[0], got[0])
	assert.Equal(t, "boom", got[2].Error)
	require.NotNil(t, got[3].Summary)
	assert.Equal(t, 2, got[3].Runs)
	assert.InDelta(t, 1.6, got[3].Wall.Median, 1e-12)
	assert.InDelta(t, 1.5, got[3].Work.Median, 1e-12)
	assert.InDelta(t, 0.016, got[3].TimingMedians["Latency median"].Median, 1e-12)
	assert.Equal(t, 3.0, got[3].GCCycles)
	assert.Nil(t, got[3].Measurement)

	b, err := os.ReadFile(w.Path())
	require.NoError(t, err)
	first := strings.SplitN(string(b), "\n", 2)[0]
	assert.Contains(t, first, `"wall_seconds":1.5`, "measurement fields are flat")
	assert.Contains(t, first, `"host":{"cpu":"X"`)
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"not json", "{\"type\":\"measurement\",\"experiment\":\"x\"}\nnope\n", "f:2: not a results record"},
		{"no type", "{\"experiment\":\"x\"}\n", "f:1: not a results record: no type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(tt.in), "f")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err := LoadDir(t.TempDir())
	assert.ErrorIs(t, err, ErrNoResults)
}

func TestLatestAndByHost(t *testing.T) {
	c := Config{Workload: "w.py", System: SystemRCVM, Strategy: "gil", Threads: 1, N: "1", Mode: ModeTiming}
	recs := []Record{
		meas("io", "2025-01", host("B"), c, 0, 1),
		meas("io", "2025-02", host("B"), c, 0, 2),
		meas("io", "2025-01", host("A"), c, 0, 3),
		meas("scaling", "2024-12", host("B"), c, 0, 4),
	}
	latest := Latest(recs)
	require.Len(t, latest, 3)
	groups := ByHost(latest)
	require.Len(t, groups, 2)
	assert.Equal(t, "A, 2 cores", groups[0].Host.Key())
	assert.Len(t, groups[1].Records, 2)
	assert.Equal(t, 2.0, Filter(groups[1].Records, "io", TypeMeasurement)[0].WallSeconds)
	assert.Equal(t, []string{"io", "scaling"}, Experiments(recs))
}

func TestConfigNames(t *testing.T) {
	tests := []struct {
		c    Config
		want string
	}{
		{Config{System: SystemRCVM, Strategy: "brc"}, "brc"},
		{Config{System: SystemRCVM, Strategy: "gil", Variant: "old"}, "gil old"},
		{Config{System: SystemCPython}, "CPython"},
		{Config{System: SystemCPython, Python: "3.13t"}, "CPython 3.13t"},
		{Config{System: SystemMultiprocessing, Strategy: "gil"}, "multiprocessing"},
		{Config{System: SystemSubinterpreters, Strategy: "brc"}, "subinterpreters (brc)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.c.Series())
	}
	p, ok := Config{Args: []string{"x", "25"}}.Param()
	assert.True(t, ok)
	assert.Equal(t, 25.0, p)
	_, ok = Config{}.Param()
	assert.False(t, ok)
	assert.Equal(t, "amd-epyc-7b13-64-core-processor-2c", Host{CPU: "AMD EPYC 7B13 64-Core Processor", Cores: 2}.Slug())
	assert.Equal(t, "host-4c", Host{CPU: "???", Cores: 4}.Slug())
}

func TestResolveSeries(t *testing.T) {
	have := []string{"gil", "CPython 3.13t", "CPython 3.11", "CPython 3.13"}
	assert.Equal(t, "CPython 3.11", ResolveSeries("CPython", have), "the first peer with a GIL")
	assert.Equal(t, "CPython 3.13t", ResolveSeries("CPython 3.13t", have))
	assert.Equal(t, "gil", ResolveSeries("gil", have))
	assert.Equal(t, "", ResolveSeries("brc", have))
	assert.Equal(t, "CPython", ResolveSeries("CPython", []string{"CPython", "gil"}))
	assert.Equal(t, "CPython 3.13t", FreeThreadedPeer(have))
	assert.Equal(t, "", FreeThreadedPeer([]string{"CPython", "CPython 3.11"}))
	assert.True(t, IsCPython("CPython"))
	assert.False(t, IsCPython("CPythonic"))
	assert.NotEqual(t, Config{System: SystemCPython, Python: "3.11"}.Key(), Config{System: SystemCPython, Python: "3.13t"}.Key())
}
