package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// binary is rcvm-sharedmark built once for the tests, as the README says
// a researcher builds it.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "rcvm-sharedmark-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "rcvm-sharedmark")
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		os.Stderr.Write(out)
		os.RemoveAll(dir)
		panic("building rcvm-sharedmark: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// rcvm runs the binary with args and returns its exit status and output.
func rcvm(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(binary, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), out.String(), errb.String()
	}
	require.NoError(t, err)
	return 0, out.String(), errb.String()
}

// TestStrategies checks that the binary has sharedmark beside the
// built-in strategies.
func TestStrategies(t *testing.T) {
	code, out, errs := rcvm(t, "strategies")
	require.Equal(t, 0, code, errs)
	for _, name := range []string{"sharedmark", "gil", "brc", "atomic"} {
		assert.Contains(t, out, name+"\t")
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "prog.py")
	require.NoError(t, os.WriteFile(prog, []byte(`import sys, threading
items = [[i] for i in range(50)]
out = [0, 0]
def work(k):
    out[k] = sum(x[0] for x in items)
ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sys.argv[1:], out)
`), 0o644))
	statsFile := filepath.Join(dir, "stats.json")

	tests := []struct {
		name   string
		args   []string
		status int
		stdout string
	}{
		{"program", []string{"-strategy", "sharedmark", "-checked", "-stats", statsFile, prog, "a", "b"}, 0, "['a', 'b'] [1225, 1225]\n"},
		{"no file argument", []string{"-strategy", "sharedmark"}, 2, ""},
		{"missing file", []string{"-strategy", "sharedmark", filepath.Join(dir, "missing.py")}, 2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := rcvm(t, append([]string{"run"}, tc.args...)...)
			assert.Equal(t, tc.status, code, stderr)
			assert.Equal(t, tc.stdout, stdout)
		})
	}

	data, err := os.ReadFile(statsFile)
	require.NoError(t, err)
	var stats map[string]any
	require.NoError(t, json.Unmarshal(data, &stats))
	assert.Equal(t, "sharedmark", stats["strategy"])
	assert.EqualValues(t, 0, stats["leaked"])
	assert.EqualValues(t, 0, stats["use_after_free"])
	assert.Positive(t, stats["sharedmark_marked"])
}

// TestExperiment runs the overhead experiment, at a tiny fixed size on one
// of rcvm's benchmarks, through the imported command line: sharedmark must
// be measured beside the GIL in the results file, drawn in the figure and
// listed in the summary table.
func TestExperiment(t *testing.T) {
	workloads := t.TempDir()
	src, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "experiments", "workloads", "bm_float.py"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(workloads, "bm_float.py"), src, 0o644))
	out := t.TempDir()
	code, stdout, stderr := rcvm(t, "experiment", "overhead", "-strategies", "gil,sharedmark", "-workloads", workloads,
		"-n", "50", "-reps", "2", "-python", "none", "-out", out)
	require.Equal(t, 0, code, stderr)

	files, err := filepath.Glob(filepath.Join(out, "overhead-*.jsonl"))
	require.NoError(t, err)
	require.Len(t, files, 1, stderr)
	data, err := os.ReadFile(files[0])
	require.NoError(t, err)
	measured := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var rec struct {
			Type      string `json:"type"`
			Disturbed bool   `json:"disturbed"`
			Config    struct {
				Strategy string `json:"strategy"`
			} `json:"config"`
		}
		require.NoError(t, json.Unmarshal([]byte(line), &rec), line)
		if rec.Type == "measurement" && !rec.Disturbed { // a disturbed run is run again
			measured[rec.Config.Strategy]++
		}
	}
	assert.Equal(t, map[string]int{"gil": 2, "sharedmark": 2}, measured, "measurements per strategy")

	svgs, err := filepath.Glob(filepath.Join(out, "figures", "overhead-*.svg"))
	require.NoError(t, err)
	require.NotEmpty(t, svgs, stderr)
	fig, err := os.ReadFile(svgs[0])
	require.NoError(t, err)
	assert.Contains(t, string(fig), "sharedmark", "the figure's legend or axis names sharedmark")
	pngs, err := filepath.Glob(filepath.Join(out, "figures", "overhead-*.png"))
	require.NoError(t, err)
	assert.NotEmpty(t, pngs)
	assert.Contains(t, stdout, "sharedmark", "the summary table has a sharedmark row")
}
