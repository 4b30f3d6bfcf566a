package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// runTimeout bounds one interpreter run. The programs run at their test
// sizes (well under a second on CPython), so hitting it means a hang.
const runTimeout = 2 * time.Minute

// runResult is what one interpreter run produced.
type runResult struct {
	Stdout string
	Stderr string
	// Code is the exit status; -1 when the process did not exit normally
	// (killed by a signal or by the timeout).
	Code     int
	TimedOut bool
}

// String summarises a run for failure messages.
func (r runResult) String() string {
	return fmt.Sprintf("exit status %d (timed out: %v)\n--- stdout ---\n%s--- stderr ---\n%s",
		r.Code, r.TimedOut, r.Stdout, r.Stderr)
}

// program is one Python file of the corpus and the arguments it runs with.
type program struct {
	// Path is the file's absolute path.
	Path string
	// Args follow the file name in sys.argv.
	Args []string
}

// Name is the file's base name, which is also how it is passed to the
// interpreters (they run in its directory, so tracebacks and sys.argv[0]
// agree between CPython and rcvm).
func (p program) Name() string { return filepath.Base(p.Path) }

// Dir is the directory the interpreters run in.
func (p program) Dir() string { return filepath.Dir(p.Path) }

// key identifies a program and its arguments, for the CPython cache.
func (p program) key() string { return p.Path + "\x00" + strings.Join(p.Args, "\x00") }

// runIn runs name with args in dir, with no standard input, and returns
// its output and exit status. An error means the process could not be
// started at all.
func runIn(dir, name string, args ...string) (runResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	// The reference output is UTF-8 whatever the test machine's locale.
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1")
	// A child that keeps the pipes open after being killed must not hang
	// the test.
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err := cmd.Run()
	res := runResult{Stdout: stdout.String(), Stderr: stderr.String()}
	var exitErr *exec.ExitError
	switch {
	case ctx.Err() != nil:
		res.Code, res.TimedOut = -1, true
	case errors.As(err, &exitErr):
		res.Code = exitErr.ExitCode()
	case err != nil:
		return res, err
	}
	return res, nil
}

// runRcvm runs `rcvm run FLAGS... FILE ARGS...` for p.
func runRcvm(t *testing.T, p program, flags ...string) runResult {
	t.Helper()
	bin := requireRcvm(t)
	args := append([]string{"run"}, flags...)
	args = append(args, p.Name())
	args = append(args, p.Args...)
	res, err := runIn(p.Dir(), bin, args...)
	if err != nil {
		t.Fatalf("cannot start rcvm: %v", err)
	}
	if res.TimedOut {
		t.Fatalf("rcvm %s did not finish within %v\n%s", strings.Join(args, " "), runTimeout, res)
	}
	// Whatever the test checks, no run may show a Go crash (issue 8,
	// item 7).
	requireNoGoCrash(t, res)
	return res
}

// pythonCache memoises CPython's results: several tests (the plain
// differential one and the strategy variants) compare against the same
// reference run.
var pythonCache sync.Map // program key -> *pythonEntry

type pythonEntry struct {
	once sync.Once
	res  runResult
	err  error
}

// runPython returns CPython's result for p, running it at most once per
// test binary. It skips the calling test when python3 is not available.
func runPython(t *testing.T, p program) runResult {
	t.Helper()
	if harness.python == "" {
		t.Skip("python3 is not on PATH: nothing to compare rcvm's output with")
	}
	v, _ := pythonCache.LoadOrStore(p.key(), &pythonEntry{})
	entry := v.(*pythonEntry)
	entry.once.Do(func() {
		entry.res, entry.err = runIn(p.Dir(), harness.python, append([]string{p.Name()}, p.Args...)...)
	})
	if entry.err != nil {
		t.Fatalf("cannot start python3: %v", entry.err)
	}
	if entry.res.TimedOut {
		t.Fatalf("python3 %s did not finish within %v", p.Name(), runTimeout)
	}
	return entry.res
}
