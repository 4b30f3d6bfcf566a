package main

// The differential test harness: every program under testdata/ and
// experiments/workloads/ runs on rcvm and on CPython (python3, the
// reference peer), and their outputs are compared. This file finds the two
// interpreters once for the whole test binary; diff_test.go holds the tests.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// harness holds what TestMain found. Tests read it; nothing writes it after
// TestMain, so parallel subtests need no locking.
var harness struct {
	// rcvm is the absolute path of the binary under test, or "" when it
	// could not be built (buildErr says why).
	rcvm     string
	buildErr error
	// python is the absolute path of python3, or "" when it is not on PATH.
	python string
	// root is the repository root (the test runs in cmd/rcvm).
	root string
}

// TestMain builds rcvm once (or takes RCVM_BIN), finds python3 (or
// RCVM_PYTHON), runs the tests and removes the build directory.
//
// A failed build does not stop the run: tests that need the binary fail
// with the build error, while the harness's own unit tests still run.
func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		fmt.Fprintln(os.Stderr, "rcvm tests: cannot resolve the repository root:", err)
		return 1
	}
	harness.root = root
	defer func() {
		if raceBuild.dir != "" {
			os.RemoveAll(raceBuild.dir)
		}
	}()

	harness.python = findPython()

	if bin := os.Getenv("RCVM_BIN"); bin != "" {
		abs, err := filepath.Abs(bin)
		if err != nil {
			harness.buildErr = fmt.Errorf("RCVM_BIN %q: %w", bin, err)
		} else {
			harness.rcvm = abs
		}
		return m.Run()
	}

	dir, err := os.MkdirTemp("", "rcvm-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "rcvm tests: cannot create a build directory:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	harness.rcvm, harness.buildErr = buildRcvm(dir)
	return m.Run()
}

// findPython returns the interpreter to compare with: RCVM_PYTHON, else
// python3 on PATH, resolved to the real executable (sys.executable) because
// a version manager's shim (pyenv's is a shell script) can cost ten times
// the interpreter's own start-up, on every one of the corpus's runs. It
// returns "" when there is none, and warns when it is not CPython 3.11, the
// version the corpus's expected behaviour was recorded with.
func findPython() string {
	py := os.Getenv("RCVM_PYTHON")
	if py == "" {
		var err error
		if py, err = exec.LookPath("python3"); err != nil {
			return ""
		}
	}
	out, err := exec.Command(py, "-c", "import sys; print(sys.executable); print('%d.%d' % sys.version_info[:2])").Output()
	if err != nil {
		fmt.Fprintf(os.Stderr, "rcvm tests: %s does not run (%v); comparing with no CPython\n", py, err)
		return ""
	}
	lines := strings.Fields(string(out))
	if len(lines) == 2 && lines[1] != "3.11" {
		fmt.Fprintf(os.Stderr, "rcvm tests: warning: %s is Python %s, the corpus expects CPython 3.11\n", py, lines[1])
	}
	if len(lines) == 2 && filepath.IsAbs(lines[0]) {
		return lines[0]
	}
	return py
}

// buildRcvm compiles the package in the current directory (cmd/rcvm) into
// dir and returns the binary's path.
func buildRcvm(dir string) (string, error) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("the go tool is not on PATH (set RCVM_BIN to test a prebuilt rcvm): %w", err)
	}
	bin := filepath.Join(dir, "rcvm")
	out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build ./cmd/rcvm failed: %w\n%s", err, out)
	}
	return bin, nil
}

// requireRcvm fails the test when there is no rcvm binary to run.
func requireRcvm(t *testing.T) string {
	t.Helper()
	if harness.rcvm == "" {
		t.Fatalf("no rcvm binary: %v", harness.buildErr)
	}
	return harness.rcvm
}
