// Package cpythontests runs modules of CPython's own regression suite
// (Lib/test, from the installed CPython 3.11: Debian's
// libpython3.11-testsuite or pyenv's) on rcvm and on CPython, and counts
// each module's outcomes, the way alternative Pythons (PyPy, GraalPy,
// RustPython) report how much of CPython's suite they pass.
//
// Each module runs in a process of its own, under a driver script
// (driver.py, embedded) that loads it as CPython's regrtest does and
// appends every test's outcome to a report file as it finishes: a module
// that hangs, crashes the VM or fails to import costs only itself, and its
// partial results still count. The pass rate of a module is rcvm's passed
// tests over the tests CPython itself passes in the same module, on the
// same machine; tests CPython skips (for example through test.support's
// cpython_only, which looks at sys.implementation.name) are skipped on
// rcvm too and count on neither side. No file of Lib/test is changed.
package cpythontests

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

//go:embed driver.py
var driver []byte

// Core is the list of core-language modules issue 10 names: what
// `make cpython-tests` runs. CPython 3.11's str tests are test_unicode
// (3.12 renamed them test_str).
var Core = []string{
	"test_grammar", "test_bool", "test_int", "test_long", "test_float",
	"test_complex", "test_list", "test_tuple", "test_dict", "test_set",
	"test_unicode", "test_bytes", "test_string", "test_unicode_identifiers",
	"test_format", "test_fstring", "test_scope", "test_class", "test_descr",
	"test_exceptions", "test_raise", "test_generators", "test_genexps",
	"test_iter", "test_itertools", "test_functools", "test_collections",
	"test_augassign", "test_opcodes", "test_unpack", "test_with",
	"test_contextlib", "test_threading", "test_thread", "test_queue",
	"test_weakref", "test_random", "test_re", "test_json",
}

// Fast is the subset `make test` runs (each takes a second or two on
// CPython), so that CI guards the pass rate.
var Fast = []string{
	"test_bool", "test_augassign", "test_opcodes", "test_unpack",
	"test_raise", "test_scope", "test_genexps", "test_list",
	"test_tuple", "test_with",
}

// Outcome is what one module's run produced.
type Outcome struct {
	Module string `json:"module"`
	// Runner is "cpython" or an rcvm strategy's name.
	Runner string `json:"runner"`
	// Passed counts tests that passed (expected failures included, as
	// unittest counts them successful), Failed failures and unexpected
	// successes, Errors tests that raised, Skipped skipped tests.
	Passed  int `json:"passed"`
	Failed  int `json:"failed"`
	Errors  int `json:"errors"`
	Skipped int `json:"skipped"`
	// Status is "done", "timeout", "crashed", "import-error", "skipped"
	// (the whole module: unittest.SkipTest at import) or "no-report" (the
	// process ended before the driver wrote anything).
	Status string `json:"status"`
	// Reason explains a status other than done: the exception, or the
	// last line the process wrote to stderr.
	Reason string `json:"reason,omitempty"`
	// Seconds is the wall time of the module's process.
	Seconds float64 `json:"seconds"`
	// FailedTests names the first failed or erroring tests.
	FailedTests []string `json:"failed_tests,omitempty"`
}

// Run is the number of tests that ran to an outcome.
func (o Outcome) Run() int { return o.Passed + o.Failed + o.Errors + o.Skipped }

// maxFailedNames bounds Outcome.FailedTests.
const maxFailedNames = 20

// Parse reads a driver report (see driver.py) into the counts of an
// Outcome; Status is "no-report" for an empty report and "crashed" when it
// stops before its last line ("done" or a module-level status).
func Parse(report []byte) Outcome {
	var o Outcome
	o.Status = "no-report"
	sc := bufio.NewScanner(bytes.NewReader(report))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		kind, rest, _ := strings.Cut(sc.Text(), " ")
		switch kind {
		case "ok", "xfail":
			o.Passed++
		case "fail", "xpass":
			o.Failed++
			o.noteFailed(rest)
		case "error":
			o.Errors++
			o.noteFailed(rest)
		case "skip":
			o.Skipped++
		case "done":
			o.Status, o.Reason = "done", ""
			continue
		case "import-error", "crashed":
			o.Status, o.Reason = kind, rest
			continue
		case "skip-module":
			o.Status, o.Reason = "skipped", rest
			continue
		case "load-error":
			o.Errors++
			o.noteFailed(rest)
		default:
			continue
		}
		if o.Status == "no-report" {
			o.Status = "crashed" // until a final line says otherwise
		}
	}
	return o
}

func (o *Outcome) noteFailed(name string) {
	if len(o.FailedTests) < maxFailedNames {
		o.FailedTests = append(o.FailedTests, name)
	}
}

// Runner runs modules under one interpreter.
type Runner struct {
	// Name labels the outcomes ("cpython", or a strategy's name).
	Name string
	// Command is the interpreter's command line up to the script: for
	// CPython {"/usr/bin/python3.11"}, for rcvm {"/path/rcvm", "run",
	// "-strategy", "brc"}.
	Command []string
	// Timeout bounds one module's run.
	Timeout time.Duration
	// Dir is where the driver script and the reports are written.
	Dir string
}

// WriteDriver writes the driver script into dir and returns its path.
func WriteDriver(dir string) (string, error) {
	path := filepath.Join(dir, "rcvm_cpython_tests_driver.py")
	return path, os.WriteFile(path, driver, 0o644)
}

// RunModule runs one test module and returns its outcome. An error is
// returned only when the interpreter cannot be started at all.
func (r Runner) RunModule(ctx context.Context, module string) (Outcome, error) {
	script, err := WriteDriver(r.Dir)
	if err != nil {
		return Outcome{}, err
	}
	report := filepath.Join(r.Dir, fmt.Sprintf("%s.%s.report", module, r.Name))
	_ = os.Remove(report)
	ctx, cancel := context.WithTimeout(ctx, r.Timeout)
	defer cancel()
	args := append(append([]string{}, r.Command[1:]...), script, module, report)
	cmd := exec.CommandContext(ctx, r.Command[0], args...)
	// Tests write to the terminal, start threads and child processes:
	// keep their output out of the table (the last stderr line is kept for
	// the reason), and kill the whole process group on a timeout.
	var stderr tailBuffer
	cmd.Stdout, cmd.Stderr = nil, &stderr
	cmd.Dir = r.Dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	start := time.Now()
	runErr := cmd.Run()
	elapsed := time.Since(start)
	var exitErr *exec.ExitError
	if runErr != nil && !errors.As(runErr, &exitErr) && ctx.Err() == nil {
		return Outcome{}, fmt.Errorf("%s: %w", r.Command[0], runErr)
	}
	data, _ := os.ReadFile(report)
	o := Parse(data)
	o.Module, o.Runner, o.Seconds = module, r.Name, elapsed.Seconds()
	switch {
	case ctx.Err() == context.DeadlineExceeded && o.Status != "done":
		o.Status, o.Reason = "timeout", fmt.Sprintf("killed after %s", r.Timeout)
	case o.Status == "crashed" && o.Reason == "" || o.Status == "no-report":
		o.Reason = stderr.lastLine()
		if o.Reason == "" && runErr != nil {
			o.Reason = runErr.Error()
		}
	}
	return o, nil
}

// tailBuffer keeps the last few kilobytes written to it.
type tailBuffer struct{ b []byte }

const tailSize = 4096

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > tailSize {
		t.b = append(t.b[:0], t.b[len(t.b)-tailSize:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) lastLine() string {
	lines := strings.Split(strings.TrimSpace(string(t.b)), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}
