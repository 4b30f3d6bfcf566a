package main

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// workloadTestArgs gives every experiments/workloads/*.py its test size:
// the [THREADS [N ...]] arguments that make it run in well under 0.1 s on
// CPython while still using more than one thread where threads matter. A
// workload without an entry fails TestWorkloads, so that a new workload
// gets one here.
var workloadTestArgs = map[string][]string{
	"seed_cpu_threads.py":   {"2", "0.01"},
	"seed_io_threads.py":    {"2", "0.01"},
	"seed_cpu_cores.py":     {"2", "0.01"},
	"seed_sum_threads.py":   {"4", "1"},
	"bm_fannkuch.py":        {"1", "5"},
	"bm_float.py":           {"2", "100"},
	"bm_nqueens.py":         {"1", "5"},
	"bm_spectral_norm.py":   {"1", "8"},
	"bm_nbody.py":           {"2", "50"},
	"bm_richards.py":        {"1", "1"},
	"bm_raytrace.py":        {"1", "6"},
	"bm_dictstr.py":         {"2", "20"},
	"bm_binary_trees.py":    {"1", "4"},
	"sc_private.py":         {"2", "1"},
	"sc_shared_list.py":     {"2", "1"},
	"sc_shared_func.py":     {"2", "1"},
	"sc_object_creation.py": {"2", "1"},
	"sc_shared_method.py":   {"2", "1"},
	"contention.py":         {"2", "1", "50"},
	"convoy.py":             {"2", "3"},
}

// conformanceArgs gives the few conformance programs that read sys.argv
// their arguments; the others run with none.
var conformanceArgs = map[string][]string{
	"sys_module.py": {"alpha", "beta"},
}

// corpusDir returns the absolute path of a corpus directory given relative
// to the repository root.
func corpusDir(rel string) string {
	return filepath.Join(harness.root, filepath.FromSlash(rel))
}

// listPrograms returns the *.py files of a corpus directory, sorted, with
// their arguments from args (nil for none). It fails the test if the
// directory holds no programs, which would silently test nothing.
func listPrograms(t *testing.T, rel string, args map[string][]string) []program {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(corpusDir(rel), "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, paths, "no *.py programs in %s", rel)
	sort.Strings(paths)
	progs := make([]program, 0, len(paths))
	for _, p := range paths {
		progs = append(progs, program{Path: p, Args: args[filepath.Base(p)]})
	}
	return progs
}

// workloads lists experiments/workloads/*.py with their test arguments;
// the second result names the workloads missing from workloadTestArgs.
func workloads(t *testing.T) (progs []program, missing []string) {
	t.Helper()
	progs = listPrograms(t, "experiments/workloads", workloadTestArgs)
	for _, p := range progs {
		if _, ok := workloadTestArgs[p.Name()]; !ok {
			missing = append(missing, p.Name())
		}
	}
	return progs, missing
}

// refusedKeyword is the language keyword a testdata/refused program uses,
// taken from its file name up to the first underscore ("yield_from.py" ->
// "yield"): rcvm's SyntaxError must name it.
func refusedKeyword(name string) string {
	base := strings.TrimSuffix(name, ".py")
	if i := strings.Index(base, "_"); i > 0 {
		return base[:i]
	}
	return base
}
