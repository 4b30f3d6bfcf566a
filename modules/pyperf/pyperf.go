// Package pyperf provides the pyperf module that pyperformance's
// bm_*/run_benchmark.py scripts import (pyperf is a PyPI package, not part
// of CPython, so rcvm brings its own): pyperf.Runner with bench_func,
// bench_time_func, bench_async_func, bench_command, timeit, argparser,
// parse_args and metadata, pyperf.perf_counter, and pyperf's command-line
// options. It is written in Python (pyperf.py, embedded), from pyperf's
// documented API; its module docstring says where it differs from pyperf
// (values are taken in one process; results are JSON Lines).
package pyperf

import (
	_ "embed"

	"github.com/rcvm/rcvm/core"
)

//go:embed pyperf.py
var source []byte

func init() { core.RegisterSourceModule("pyperf", "<rcvm pyperf>", source) }

// Source returns the module's Python source, for CPython: the experiments
// put it on CPython's path so that both interpreters time pyperformance's
// benchmarks with the same harness.
func Source() []byte { return append([]byte(nil), source...) }
