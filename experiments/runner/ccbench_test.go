package runner

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rcvm/rcvm/experiments/results"
)

// ccbenchOutput is ccbench.py's report as CPython 3.11 prints it (-t -l -n 2,
// two tasks kept).
const ccbenchOutput = `== CPython 3.11.7 (main) ==
== x86_64 Linux on '' ==

--- Throughput ---

Pi calculation (Python)

threads=1: 717 iterations/s.
threads=2: 702 ( 97 %)

regular expression (C)

threads=1: 253 iterations/s.
threads=2: 250 ( 98 %)

--- Latency ---

Background CPU task: Pi calculation (Python)

CPU threads=0: 4 ms. (std dev: 10 ms.)
CPU threads=1: 12 ms. (std dev: 15 ms.)
CPU threads=2: 30 ms. (std dev: 9 ms.)

`

func TestCCBenchTimings(t *testing.T) {
	got := ccbenchTimings(ccbenchOutput)
	assert.Equal(t, map[string][]float64{
		"Throughput Pi calculation (Python) threads=1":      {717},
		"Throughput Pi calculation (Python) threads=2":      {702},
		"Throughput regular expression (C) threads=1":       {253},
		"Throughput regular expression (C) threads=2":       {250},
		"Latency Pi calculation (Python) threads=0":         {0.004},
		"Latency Pi calculation (Python) threads=0 std dev": {0.010},
		"Latency Pi calculation (Python) threads=1":         {0.012},
		"Latency Pi calculation (Python) threads=1 std dev": {0.015},
		"Latency Pi calculation (Python) threads=2":         {0.030},
		"Latency Pi calculation (Python) threads=2 std dev": {0.009},
	}, got)
	assert.Nil(t, ccbenchTimings("Traceback (most recent call last):\n"))
}

// TestCCBenchCommandLine: ccbench runs its throughput and latency tests up
// to THREADS threads, in one interpreter only.
func TestCCBenchCommandLine(t *testing.T) {
	tools := Tools{RCVM: "rcvm", Python: "python3"}
	job := Job{Config: results.Config{Workload: "ccbench.py", System: results.SystemCPython, Threads: 2, N: "1",
		Mode: results.ModeTiming}, Script: "/x/ccbench.py", Dir: "/d", Protocol: ProtocolCCBench}
	got, err := tools.CommandLines(job)
	assert.NoError(t, err)
	assert.Equal(t, [][]string{{"python3", "/x/ccbench.py", "-t", "-l", "-n", "2"}}, got)
	job.Config.System = results.SystemMultiprocessing
	_, err = tools.CommandLines(job)
	assert.ErrorContains(t, err, "in one interpreter")
}
