package gen

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rcvm/rcvm/experiments/results"
)

func TestCCBenchBlock(t *testing.T) {
	host := results.Host{CPU: "Test CPU", Cores: 2}
	rec := func(strategy, system string, timings map[string][]float64, err string) results.Record {
		return results.Record{Type: results.TypeMeasurement, Experiment: "ccbench", Host: host, Error: err,
			Config:      results.Config{Workload: "ccbench.py", System: system, Strategy: strategy, Threads: 2, N: "1"},
			Measurement: &results.Measurement{Timings: timings}}
	}
	recs := []results.Record{
		rec("gil", results.SystemRCVM, map[string][]float64{
			"Throughput Pi calculation (Python) threads=2":      {300},
			"Throughput Pi calculation (Python) threads=1":      {310},
			"Latency Pi calculation (Python) threads=1":         {0.005},
			"Latency Pi calculation (Python) threads=1 std dev": {0.001},
		}, ""),
		rec("gil", results.SystemRCVM, map[string][]float64{"Throughput Pi calculation (Python) threads=1": {330}}, ""),
		rec("brc", results.SystemRCVM, nil, "exit status 1"),
		rec("", results.SystemCPython, map[string][]float64{"Throughput Pi calculation (Python) threads=1": {700}}, ""),
	}
	in := &input{recs: recs, hosts: results.ByHost(recs)}
	got := in.ccbench()
	assert.Contains(t, got, "| test       | task                    | threads | gil   | brc    | CPython |")
	assert.Contains(t, got, "| throughput | Pi calculation (Python) | 1       | 320/s | failed | 700/s   |", "the median of the runs")
	assert.Contains(t, got, "| throughput | Pi calculation (Python) | 2       | 300/s | failed | –       |")
	assert.Contains(t, got, "| latency    | Pi calculation (Python) | 1       | 5 ms  | failed | –       |")
	assert.NotContains(t, got, "std dev")
	assert.Less(t, strings.Index(got, "| 1       | 320/s"), strings.Index(got, "| 2       | 300/s"), "by thread count")

	empty := &input{}
	assert.Contains(t, empty.ccbench(), "run `make ccbench`")
}
