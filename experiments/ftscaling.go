package experiments

import (
	"fmt"
	"os"
	"regexp"
)

// ftBenchmark matches one workload of CPython's
// Tools/ftscalingbench/ftscalingbench.py: a function registered with
// @register_benchmark (its name is the workload's).
var ftBenchmark = regexp.MustCompile(`(?m)^@register_benchmark[ \t]*\r?\n(?:@.*\r?\n)*def[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*\(`)

// IsFTScalingBench reports whether path is a file with ftscalingbench.py's
// structure: a registry of benchmark functions (ALL_BENCHMARKS filled by
// @register_benchmark) that its command line runs on many threads.
func IsFTScalingBench(path string) bool {
	st, err := os.Stat(path)
	if err != nil || st.IsDir() {
		return false
	}
	names, err := FTScalingBench(path)
	return err == nil && len(names) > 0
}

// FTScalingBench lists the workloads of an ftscalingbench.py, in the
// file's order: every function registered with @register_benchmark.
func FTScalingBench(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !regexp.MustCompile(`(?m)^ALL_BENCHMARKS\s*=`).Match(b) {
		return nil, fmt.Errorf("%s: no ALL_BENCHMARKS registry (not ftscalingbench.py)", path)
	}
	var names []string
	for _, m := range ftBenchmark.FindAllSubmatch(b, -1) {
		names = append(names, string(m[1]))
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no @register_benchmark function (not ftscalingbench.py)", path)
	}
	return names, nil
}
