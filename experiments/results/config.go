package results

import (
	"fmt"
	"strconv"
	"strings"
)

// Systems a configuration can run on.
const (
	// SystemRCVM is one rcvm process running the workload's threads.
	SystemRCVM = "rcvm"
	// SystemCPython is python3 running the same script.
	SystemCPython = "cpython"
	// SystemMultiprocessing is THREADS rcvm processes, each running one
	// thread's share of the work, started at once.
	SystemMultiprocessing = "multiprocessing"
	// SystemSubinterpreters is one rcvm process with THREADS isolated VMs
	// (rcvm run -interpreters THREADS), each running one thread's share.
	SystemSubinterpreters = "subinterpreters"
)

// Modes of a run. Only ModeTiming runs are timed; the others collect
// counters that cost time.
const (
	// ModeTiming runs with -report only.
	ModeTiming = "timing"
	// ModeStats adds -stats (counters on; the times are not comparable).
	ModeStats = "stats"
	// ModeChecked adds -checked -stats (poisoned frees; use-after-free and
	// negative counts are detected).
	ModeChecked = "checked"
)

// Config is everything that defines one measured configuration.
type Config struct {
	// Workload is the script's file name, e.g. "bm_float.py".
	Workload string `json:"workload"`
	// System is one of the System constants.
	System string `json:"system"`
	// Strategy is the rcvm strategy (also for the multiprocessing and
	// subinterpreters baselines); empty for CPython.
	Strategy string `json:"strategy,omitempty"`
	// Variant distinguishes series of one strategy that differ in Flags,
	// e.g. "old" or "1ms".
	Variant string `json:"variant,omitempty"`
	// Flags are extra `rcvm run` flags, e.g. ["-switch-interval", "1ms"].
	Flags []string `json:"flags,omitempty"`
	// Threads is the workload's THREADS argument (processes or
	// interpreters for those baselines).
	Threads int `json:"threads"`
	// N is the workload's size argument.
	N string `json:"n"`
	// Args are further program arguments after N (e.g. a share percent).
	Args []string `json:"args,omitempty"`
	// Mode is one of the Mode constants.
	Mode string `json:"mode"`
	// Python names the CPython peer of a SystemCPython configuration among
	// several: its version, with "t" for a free-threaded build (e.g.
	// "3.11", "3.13t"). Empty in results from before peers had names.
	Python string `json:"python,omitempty"`
	// Pin asks for the run to be pinned to one CPU (the noise
	// experiment's pinned series; runs can also be pinned by the runner).
	Pin bool `json:"pin,omitempty"`
	// PythonVersion is the peer's full version (e.g. "3.13.0") and
	// PythonGIL whether its GIL was enabled while it ran
	// (sys._is_gil_enabled(), true before 3.13); recorded, not part of Key.
	PythonVersion string `json:"python_version,omitempty"`
	PythonGIL     *bool  `json:"python_gil,omitempty"`
}

// Series is the name a configuration is plotted and tabulated under: the
// strategy (with its variant) for rcvm, the baseline's name otherwise.
func (c Config) Series() string {
	name := c.Strategy
	switch c.System {
	case SystemRCVM, "":
	case SystemCPython:
		name = CPythonSeries
		if c.Python != "" {
			name += " " + c.Python
		}
	default:
		name = c.System
		if c.Strategy != "" && c.Strategy != "gil" {
			name += " (" + c.Strategy + ")"
		}
	}
	if c.Variant != "" {
		name += " " + c.Variant
	}
	return name
}

// Key identifies the configuration among the records of one experiment.
func (c Config) Key() string {
	return strings.Join([]string{
		c.Workload, c.System, c.Strategy, c.Variant, strings.Join(c.Flags, " "),
		strconv.Itoa(c.Threads), c.N, strings.Join(c.Args, " "), c.Mode, c.Python, strconv.FormatBool(c.Pin),
	}, "|")
}

// Param returns the last extra argument as a number (e.g. the share percent
// of the contention workload), and false if there is none.
func (c Config) Param() (float64, bool) {
	if len(c.Args) == 0 {
		return 0, false
	}
	v, err := strconv.ParseFloat(c.Args[len(c.Args)-1], 64)
	return v, err == nil
}

// String is a one-line description for progress output.
func (c Config) String() string {
	s := fmt.Sprintf("%s %s t=%d n=%s", c.Workload, c.Series(), c.Threads, c.N)
	if len(c.Args) > 0 {
		s += " " + strings.Join(c.Args, " ")
	}
	return s
}
