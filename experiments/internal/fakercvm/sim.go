package fakercvm

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// slowdown is each fake strategy's single-thread cost relative to the GIL.
var slowdown = map[string]float64{"gil": 1, "unsafe": 0.97, "atomic": 1.2, "brc": 1.06, "mutex": 1.6, "cpython": 0.8}

// simulate pretends to run a workload: the GIL (and CPython) run threads
// one at a time, the other strategies two at a time (a 2-core machine), the
// I/O workload sleeps N seconds in every thread at once.
func simulate(script string, args []string, strategy string, instances int, factor float64) int {
	base := filepath.Base(script)
	bench := "" // a pyperformance benchmark's name
	if base == "run_benchmark.py" {
		bench = strings.TrimPrefix(filepath.Base(filepath.Dir(script)), "bm_")
		base = bench
		if os.Getenv("RCVM_PYPERF_DURATION") == "" {
			fmt.Fprintln(os.Stderr, "fakercvm: a pyperformance benchmark without RCVM_PYPERF_DURATION")
			return 2
		}
	}
	if base == "ccbench.py" {
		return fakeCCBench(strategy)
	}
	ft := "" // an ftscalingbench workload's name
	if len(args) > 0 && args[0] == "--parallel-only" {
		ft = args[len(args)-1]
		base = ft
	}
	if matches(EnvFail, strategy, base) || countedOut() {
		fmt.Fprintf(os.Stderr, "Traceback (most recent call last):\n  File %q, line 1, in <module>\nRuntimeError: fake failure\n", script)
		return 1
	}
	if matches(EnvThreadError, strategy, base) {
		fmt.Fprintf(os.Stderr, "Exception in thread Thread-1 (run):\nTraceback (most recent call last):\n  File %q, line 9, in run\nAttributeError: fake\n", script)
	}
	threads, n := workArgs(args)
	unit, err := time.ParseDuration(os.Getenv(EnvUnit))
	if err != nil || unit <= 0 {
		unit = time.Millisecond
	}
	var d time.Duration
	switch {
	case strings.Contains(base, "_io_"):
		d = time.Duration(n * float64(time.Second))
	case strategy == "gil" || strategy == "cpython":
		// Each interpreter has its own GIL; interpreters run two at a time.
		d = time.Duration(float64(unit) * n * float64(threads) * float64(ceilDiv(instances, 2)))
	default:
		d = time.Duration(float64(unit) * n * float64(ceilDiv(threads*instances, 2)))
	}
	s := slowdown[strategy]
	if s == 0 {
		s = 1
	}
	d = time.Duration(float64(d) * s * factor)
	time.Sleep(d)
	for i := 0; i < instances; i++ {
		if strings.HasPrefix(base, "convoy") {
			lat := 0.0001
			if strategy == "gil" && threads > 1 {
				lat = 0.005
			}
			fmt.Printf("Latency mean: %.6f seconds\nLatency median: %.6f seconds\nLatency max: %.6f seconds\n", lat*1.2, lat, lat*3)
		}
		if ft != "" {
			fmt.Printf("Running benchmarks with %d threads\n%-18s %.1f ms\n", threads, ft, d.Seconds()*1000)
			continue
		}
		if bench != "" {
			fmt.Printf("%s: Mean +- std dev: %.2f ms +- 0.00 ms\n", bench, d.Seconds()*1000/n)
			fmt.Printf("Duration %s: %.4f seconds\n", bench, d.Seconds())
			continue
		}
		fmt.Printf("checksum %d\n", threads*int(n))
		fmt.Printf("Duration: %.4f seconds\n", d.Seconds())
	}
	return 0
}

func runPython(mode string, args []string) int {
	if mode == "python" {
		return passThrough(args[0], args[1:], 1)
	}
	if _, err := os.Stat(args[0]); err != nil {
		fmt.Fprintf(os.Stderr, "python3: can't open file %q: %v\n", args[0], err)
		return 2
	}
	if filepath.Base(args[0]) == "run_benchmark.py" && !pyperfOnPath() {
		fmt.Fprintf(os.Stderr, "Traceback (most recent call last):\n  File %q, line 1, in <module>\nModuleNotFoundError: No module named 'pyperf'\n", args[0])
		return 1
	}
	return simulate(args[0], args[1:], "cpython", 1, 1)
}

// pyperfOnPath reports whether a directory of PYTHONPATH has a pyperf.py,
// as CPython needs to run a pyperformance benchmark.
func pyperfOnPath() bool {
	for _, d := range filepath.SplitList(os.Getenv("PYTHONPATH")) {
		if _, err := os.Stat(filepath.Join(d, "pyperf.py")); err == nil {
			return true
		}
	}
	return false
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// fakeCCBench prints a report in ccbench.py's format at once: one task,
// 1 and 2 threads, the GIL's and CPython's threads slower to answer.
func fakeCCBench(strategy string) int {
	lat := 1
	if strategy == "gil" || strategy == "cpython" {
		lat = 9
	}
	fmt.Printf("== fake ==\n\n--- Throughput ---\n\nPi calculation (Python)\n\nthreads=1: 700 iterations/s.\nthreads=2: 690 ( 98 %%)\n\n"+
		"--- Latency ---\n\nBackground CPU task: Pi calculation (Python)\n\nCPU threads=0: 1 ms. (std dev: 0 ms.)\n"+
		"CPU threads=1: %d ms. (std dev: 1 ms.)\n\n", lat)
	return 0
}
