// Package fakercvm stands in for the rcvm binary, and for python3, so that
// the experiment pipeline can be tested before (and independently of) the
// VM. A test binary calls Main first thing in TestMain and points the runner
// at itself (os.Args[0]) with Env(...) in the children's environment; the
// child then acts as rcvm instead of running tests.
//
// It has two modes. "sim" (the default) does not run Python at all: it
// sleeps for a time that depends on N, THREADS and the strategy in a
// plausible way (the GIL serialises threads, the others run up to two at
// once), prints the lines the real workloads print, and writes -report and
// -stats files of the real format. "python" runs the script with the real
// python3 and writes a -report around it, which exercises the whole
// pipeline on the real workloads.
package fakercvm

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Environment variables that configure the fake.
const (
	// EnvMode selects the fake: "sim" or "python"; unset means not a fake.
	EnvMode = "RCVM_FAKE"
	// EnvStrategies is the comma-separated list `rcvm strategies` prints.
	EnvStrategies = "RCVM_FAKE_STRATEGIES"
	// EnvUnit is the simulated time per unit of N per thread (a Go
	// duration, default 1ms).
	EnvUnit = "RCVM_FAKE_UNIT"
	// EnvFail is a comma-separated list of words (strategy or script base
	// names); a run that matches one fails with a traceback.
	EnvFail = "RCVM_FAKE_FAIL"
	// EnvNoFlags is a comma-separated list of `rcvm run` flags the fake
	// rejects, as an rcvm that does not have them yet would.
	EnvNoFlags = "RCVM_FAKE_NO_FLAGS"
	// EnvFailAfter is "FILE:K": every run counts itself in FILE, and runs
	// after the K-th fail (a configuration that works, then breaks).
	EnvFailAfter = "RCVM_FAKE_FAIL_AFTER"
	// EnvThreadError is a comma-separated list of words (strategy or
	// script base names); a matching run reports an exception in a thread
	// and still exits 0, as Python does.
	EnvThreadError = "RCVM_FAKE_THREAD_ERROR"
)

// Env returns the environment for a sim-mode fake with the given strategies
// and time unit, e.g. Env("gil,atomic", "1ms").
func Env(strategies, unit string) []string {
	return []string{EnvMode + "=sim", EnvStrategies + "=" + strategies, EnvUnit + "=" + unit}
}

// Main acts as the fake if the environment asks for it, and then exits the
// process; otherwise it returns at once.
func Main() {
	mode := os.Getenv(EnvMode)
	if mode == "" {
		return
	}
	os.Exit(run(mode, os.Args[1:]))
}

func run(mode string, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: rcvm run|strategies ...")
		return 2
	}
	switch {
	case args[0] == "strategies":
		for _, s := range listEnv(EnvStrategies, "gil") {
			fmt.Printf("%s\tfake %s strategy\n", s, s)
		}
		return 0
	case args[0] == "run":
		return runVM(mode, args[1:])
	case args[0] == "--version":
		fmt.Println("Python 3.11.7")
		return 0
	case strings.HasSuffix(args[0], ".py"):
		return runPython(mode, args)
	}
	fmt.Fprintf(os.Stderr, "rcvm: unknown command %q\n", args[0])
	return 2
}

// listEnv splits a comma-separated environment variable.
func listEnv(name, def string) []string {
	v := os.Getenv(name)
	if v == "" {
		v = def
	}
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// matches reports whether any word of the list variable is one of keys.
func matches(name string, keys ...string) bool {
	for _, w := range listEnv(name, "") {
		for _, k := range keys {
			if w == k {
				return true
			}
		}
	}
	return false
}

// countedOut counts this run in EnvFailAfter's file and reports whether it
// is past the allowed number.
func countedOut() bool {
	file, k, ok := strings.Cut(os.Getenv(EnvFailAfter), ":")
	if !ok {
		return false
	}
	limit, _ := strconv.Atoi(k)
	b, _ := os.ReadFile(file)
	n, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	n++
	_ = os.WriteFile(file, []byte(strconv.Itoa(n)), 0o644)
	return n > limit
}
