package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConformance runs every testdata/conformance program on rcvm and on
// CPython and requires the same stdout (timings masked), the same exit
// status (0) and, where CPython writes nothing to stderr, nothing on
// rcvm's stderr either.
func TestConformance(t *testing.T) {
	for _, p := range listPrograms(t, "testdata/conformance", conformanceArgs) {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			diffSuccessfulRun(t, p)
		})
	}
}

// TestWorkloads runs every experiments/workloads program at its test size
// (workloadTestArgs) on rcvm and on CPython, and compares them as
// TestConformance does.
func TestWorkloads(t *testing.T) {
	progs, missing := workloads(t)
	t.Run("every workload has test arguments", func(t *testing.T) {
		assert.Empty(t, missing, "add these workloads to workloadTestArgs in programs_test.go")
		present := make(map[string]bool, len(progs))
		for _, p := range progs {
			present[p.Name()] = true
		}
		for name := range workloadTestArgs {
			assert.True(t, present[name], "workloadTestArgs names %s, which is not in experiments/workloads", name)
		}
	})
	for _, p := range progs {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			if _, ok := workloadTestArgs[p.Name()]; !ok {
				t.Fatalf("%s has no entry in workloadTestArgs: its default size is too slow for a test", p.Name())
			}
			diffSuccessfulRun(t, p)
		})
	}
}

// diffSuccessfulRun compares a program that must succeed on both
// interpreters.
func diffSuccessfulRun(t *testing.T, p program) {
	t.Helper()
	got := runRcvm(t, p)
	requireNoGoCrash(t, got)
	if harness.python == "" {
		assert.Equal(t, 0, got.Code, "rcvm failed:\n%s", got)
		t.Skip("python3 is not on PATH: checked only that rcvm exits 0")
	}
	want := runPython(t, p)
	require.Equal(t, 0, want.Code, "corpus bug: CPython itself fails on %s:\n%s", p.Name(), want)
	assert.Equal(t, maskTimings(want.Stdout), maskTimings(got.Stdout), "stdout differs from CPython's")
	assert.Equal(t, want.Code, got.Code, "exit status differs from CPython's; rcvm's stderr:\n%s", got.Stderr)
	if want.Stderr == "" {
		assert.Empty(t, got.Stderr, "CPython writes nothing to stderr")
	}
}

// TestErrors runs every testdata/errors program (bad input: uncaught
// exceptions, sys.exit, syntax errors) and requires rcvm to behave as
// CPython: the same exit status, the same stdout, and on stderr
//   - for a traceback: the same first line ("Traceback (most recent call
//     last):" or "Exception in thread ..."), the same frames of the program
//     (by base name, line and function) and the same exception lines,
//     including the final `Type: message` (see tracebackSkeleton);
//   - for a SyntaxError: the same `File "...", line N` location and the
//     same exception class (SyntaxError, IndentationError); the message may
//     differ. Expected to differ: CPython 3.11's suggestions
//     ("Maybe you meant '==' instead of '='?", "expected an indented block
//     after function definition on line 2") need not be reproduced;
//   - anything else (sys.exit("message")): the same stderr.
//
// Whatever happens, rcvm must not print a Go stack trace.
func TestErrors(t *testing.T) {
	for _, p := range listPrograms(t, "testdata/errors", nil) {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			got := runRcvm(t, p)
			requireNoGoCrash(t, got)
			want := runPython(t, p)
			assert.Equal(t, want.Code, got.Code, "exit status differs from CPython's; rcvm's stderr:\n%s", got.Stderr)
			assert.Equal(t, maskTimings(want.Stdout), maskTimings(got.Stdout), "stdout differs from CPython's")
			compareStderr(t, p.Name(), want.Stderr, got.Stderr)
		})
	}
}

// compareStderr applies TestErrors' rules for stderr.
func compareStderr(t *testing.T, name, want, got string) {
	t.Helper()
	switch {
	case hasTraceback(want):
		wantSkel := tracebackSkeleton(want, name)
		gotSkel := tracebackSkeleton(got, name)
		require.NotEmpty(t, gotSkel, "rcvm printed no traceback; CPython printed:\n%s", want)
		assert.Equal(t, wantSkel[0], gotSkel[0], "first line of the report differs")
		assert.Equal(t, lastLine(want), lastLine(got), "final exception line differs")
		assert.Equal(t, wantSkel, gotSkel,
			"traceback differs (frames and exception lines)\n--- CPython ---\n%s--- rcvm ---\n%s", want, got)
	case isSyntaxErrorReport(want):
		w, g := parseSyntaxError(want), parseSyntaxError(got)
		assert.Equal(t, w.Location, g.Location, "SyntaxError location differs\n--- CPython ---\n%s--- rcvm ---\n%s", want, got)
		assert.Equal(t, w.Type, g.Type, "exception class differs\n--- CPython ---\n%s--- rcvm ---\n%s", want, got)
	default:
		assert.Equal(t, want, got, "stderr differs from CPython's")
	}
}

// TestRefused runs the testdata/refused programs, which use features rcvm
// deliberately leaves out (complex numbers): rcvm must reject them
// before running anything, exiting 1 with a SyntaxError whose message names
// the feature's keyword (the file name's first word) and says it is "not
// supported". CPython, for contrast, runs each of them successfully.
func TestRefused(t *testing.T) {
	for _, p := range listPrograms(t, "testdata/refused", nil) {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			got := runRcvm(t, p)
			requireNoGoCrash(t, got)
			assert.Equal(t, 1, got.Code, "rcvm must refuse %s:\n%s", p.Name(), got)
			assert.Empty(t, got.Stdout, "a refused program must not start running")
			assert.Contains(t, got.Stderr, "SyntaxError")
			assert.Contains(t, got.Stderr, "not supported")
			assert.Contains(t, got.Stderr, refusedKeyword(p.Name()))
			if harness.python != "" {
				want := runPython(t, p)
				assert.Equal(t, 0, want.Code, "corpus bug: refused programs must be valid Python:\n%s", want)
			}
		})
	}
}

// requireNoGoCrash fails the test if rcvm's output shows a Go panic or
// stack trace.
func requireNoGoCrash(t *testing.T, r runResult) {
	t.Helper()
	if m := goCrash(r.Stderr + r.Stdout); m != "" {
		t.Fatalf("rcvm printed a Go crash (found %q):\n%s", m, r)
	}
}
