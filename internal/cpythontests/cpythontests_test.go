package cpythontests

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	cases := []struct {
		name, report string
		want         Outcome
	}{
		{"empty", "", Outcome{Status: "no-report"}},
		{"done", "ok a\nok b\nfail c\nerror d\nskip e\nxfail f\nxpass g\ndone 0.5\n",
			Outcome{Passed: 3, Failed: 2, Errors: 1, Skipped: 1, Status: "done", FailedTests: []string{"c", "d", "g"}}},
		{"cut short", "ok a\nok b\n", Outcome{Passed: 2, Status: "crashed"}},
		{"import error", "import-error ImportError: no module\n", Outcome{Status: "import-error", Reason: "ImportError: no module"}},
		{"crash after tests", "ok a\ncrashed RuntimeError: x\n", Outcome{Passed: 1, Status: "crashed", Reason: "RuntimeError: x"}},
		{"module skipped", "skip-module needs x\n", Outcome{Status: "skipped", Reason: "needs x"}},
		{"unknown lines ignored", "garbage\nok a\ndone 1\n", Outcome{Passed: 1, Status: "done"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, Parse([]byte(c.report)))
		})
	}
}

// TestRunModule runs the driver under python3 on stand-in test modules
// (testdata/fakelib shadows CPython's test package): outcomes of every
// kind, test_main modules, a hang cut by the timeout with its partial
// results, an import error, a module-level skip, a process that exits.
func TestRunModule(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not available")
	}
	lib, err := filepath.Abs("testdata/fakelib")
	require.NoError(t, err)
	t.Setenv("PYTHONPATH", lib)
	r := Runner{Name: "cpython", Command: []string{py}, Timeout: 20 * time.Second, Dir: t.TempDir()}
	cases := []struct {
		module  string
		timeout time.Duration
		want    Outcome
	}{
		{"test_fake_mixed", 0, Outcome{Passed: 2, Failed: 2, Errors: 1, Skipped: 1, Status: "done",
			FailedTests: []string{"test.test_fake_mixed.Mixed.test_error", "test.test_fake_mixed.Mixed.test_fail", "test.test_fake_mixed.Mixed.test_subtests (i=1)"}}},
		{"test_fake_main", 0, Outcome{Passed: 1, Failed: 1, Status: "done", FailedTests: []string{"test.test_fake_main.B.test_b"}}},
		{"test_fake_hang", 2 * time.Second, Outcome{Passed: 1, Status: "timeout", Reason: "killed after 2s"}},
		{"test_fake_broken", 0, Outcome{Status: "import-error", Reason: "ModuleNotFoundError: No module named 'no_such_module_anywhere'"}},
		{"test_fake_skipmod", 0, Outcome{Status: "skipped", Reason: "needs a feature"}},
		{"test_fake_exit", 0, Outcome{Passed: 1, Status: "crashed"}},
	}
	for _, c := range cases {
		t.Run(c.module, func(t *testing.T) {
			rr := r
			if c.timeout > 0 {
				rr.Timeout = c.timeout
			}
			got, err := rr.RunModule(context.Background(), c.module)
			require.NoError(t, err)
			assert.Equal(t, c.module, got.Module)
			assert.Equal(t, "cpython", got.Runner)
			got.Module, got.Runner, got.Seconds = "", "", 0
			if c.want.Status == "crashed" {
				got.Reason = "" // whatever the process last wrote
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestReportWrite(t *testing.T) {
	rep := Report{
		Modules:   []string{"test_a", "test_b"},
		Reference: "cpython",
		Runners:   []string{"cpython", "gil"},
		Outcomes: map[string][]Outcome{
			"cpython": {{Passed: 10, Status: "done"}, {Passed: 10, Skipped: 2, Status: "done"}},
			"gil":     {{Passed: 9, Failed: 1, Status: "done"}, {Status: "import-error", Reason: "SyntaxError: x"}},
		},
	}
	var b bytes.Buffer
	rep.Write(&b)
	out := b.String()
	assert.Contains(t, out, "gil: 9 passed, 1 failed (0 errors, 0 skipped; 1 of 2 modules ran to the end); 45.0% of the 20 tests CPython passes")
	assert.Contains(t, out, "cpython: 20 passed, 0 failed")
	assert.Contains(t, out, "import-error: SyntaxError: x")
	assert.Equal(t, 7, strings.Count(out, "\n"))
}

func TestDriverIsPlainPython(t *testing.T) {
	// The driver must stay within what CPython 3.11 compiles (it is what
	// both sides run).
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not available")
	}
	path, err := WriteDriver(t.TempDir())
	require.NoError(t, err)
	out, err := exec.Command(py, "-m", "py_compile", path).CombinedOutput()
	require.NoError(t, err, string(out))
	_, err = os.Stat(path)
	require.NoError(t, err)
}
