package runner

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/rcvm/rcvm/experiments/results"
)

// Tools are the programs a measurement runs.
type Tools struct {
	// RCVM is the rcvm binary.
	RCVM string
	// Python is the CPython interpreter of configurations that name no
	// peer (results from before peers had names); empty if there is none.
	Python string
	// Peers are the CPythons the experiments run beside rcvm, in the
	// order given; a SystemCPython configuration names one by Config.Python.
	Peers []Peer
	// Env is added to the runner's own environment for every child.
	Env []string
	// Pin pins every single-threaded run (one process, one thread) to one
	// CPU (sched_setaffinity, Linux only), so that the scheduler does not
	// migrate it between cores; a configuration with Pin set is pinned
	// whatever this says.
	Pin bool
	// PyperfPath is a directory holding rcvm's pyperf.py, put first on
	// CPython's PYTHONPATH for pyperformance benchmarks (ProtocolPyperf),
	// so that CPython times them with the same harness as rcvm.
	PyperfPath string
	// Stdlib is the standard library every rcvm child runs with (-stdlib),
	// resolved once so that all runs of an experiment use the same one;
	// empty leaves each child to its own default search.
	Stdlib string
}

// Job is one measurement to take.
type Job struct {
	// Config says what to run.
	Config results.Config
	// Script is the workload's path.
	Script string
	// Dir receives the -report and -stats files (a fresh temporary
	// directory per job is best).
	Dir string
	// Protocol is how the script takes its size and reports its time:
	// ProtocolWorkload (the default) or ProtocolPyperf.
	Protocol string
}

// The protocols of a script (Job.Protocol).
const (
	// ProtocolWorkload is rcvm's workloads': `SCRIPT THREADS N ARGS...`,
	// printing "Duration: X seconds".
	ProtocolWorkload = ""
	// ProtocolPyperf is a pyperformance benchmark's run_benchmark.py under
	// rcvm's pyperf module: `SCRIPT -p 1 -n 1 -w 1 -l N -q ARGS...`, one
	// warm-up value then one timed value of N loops in the process, with
	// RCVM_PYPERF_DURATION set so that every benchmark prints
	// "Duration NAME: X seconds" (the seconds of its timed loops). CPython
	// runs the same script with the same pyperf.py (Tools.PyperfPath on
	// its PYTHONPATH), so both time the same region.
	ProtocolPyperf = "pyperf"
	// ProtocolFTScaling is one workload of CPython's
	// Tools/ftscalingbench/ftscalingbench.py, named by Config.Workload:
	// `SCRIPT --parallel-only -t THREADS --scale N NAME`, every thread
	// running the whole work (the same work per thread, as rcvm's sc_*
	// workloads), printing "NAME  X ms" (the parallel part's time).
	ProtocolFTScaling = "ftscalingbench"
	// ProtocolCCBench is CPython's Tools/ccbench/ccbench.py:
	// `SCRIPT -t -l -n THREADS` (its throughput and latency tests, up to
	// THREADS threads; N is not used), its printed figures recorded as
	// timings: "Throughput TASK threads=K" in iterations per second,
	// "Latency TASK threads=K" and "... std dev" in seconds.
	ProtocolCCBench = "ccbench"
)

// process is one child to start: its argv, what it adds to the
// environment, and the files it will write.
type process struct {
	argv   []string
	env    []string
	report string
	stats  string
}

// prependPath puts dir before a PATH-style list.
func prependPath(dir, list string) string {
	if list == "" {
		return dir
	}
	return dir + string(os.PathListSeparator) + list
}

// processes builds the children of a job.
func (t Tools) processes(j Job) ([]process, error) {
	c := j.Config
	if c.Threads < 1 {
		return nil, fmt.Errorf("runner: %s: threads must be at least 1, not %d", c.Workload, c.Threads)
	}
	progArgs := func(threads int) []string {
		a := []string{j.Script, strconv.Itoa(threads), c.N}
		return append(a, c.Args...)
	}
	var env []string
	switch j.Protocol {
	case ProtocolWorkload:
	case ProtocolPyperf:
		if c.Threads != 1 || c.System == results.SystemMultiprocessing || c.System == results.SystemSubinterpreters {
			return nil, fmt.Errorf("runner: %s: a pyperformance benchmark runs on one thread, not %d", c.Workload, c.Threads)
		}
		progArgs = func(int) []string {
			a := []string{j.Script, "-p", "1", "-n", "1", "-w", "1", "-l", c.N, "-q"}
			return append(a, c.Args...)
		}
		env = []string{"RCVM_PYPERF_DURATION=1"}
	case ProtocolCCBench:
		if c.System == results.SystemMultiprocessing || c.System == results.SystemSubinterpreters {
			return nil, fmt.Errorf("runner: %s: ccbench runs its own threads in one interpreter, not as %s", c.Workload, c.System)
		}
		progArgs = func(threads int) []string {
			a := []string{j.Script, "-t", "-l", "-n", strconv.Itoa(threads)}
			return append(a, c.Args...)
		}
	case ProtocolFTScaling:
		progArgs = func(threads int) []string {
			a := []string{j.Script, "--parallel-only", "-t", strconv.Itoa(threads), "--scale", c.N}
			return append(append(a, c.Args...), c.Workload)
		}
	default:
		return nil, fmt.Errorf("runner: %s: unknown protocol %q", c.Workload, j.Protocol)
	}
	switch c.System {
	case results.SystemCPython:
		py, err := t.python(c.Python)
		if err != nil {
			return nil, err
		}
		if j.Protocol == ProtocolPyperf {
			if t.PyperfPath == "" {
				return nil, fmt.Errorf("runner: %s: no pyperf module for CPython (Tools.PyperfPath)", c.Workload)
			}
			env = append(env, "PYTHONPATH="+prependPath(t.PyperfPath, os.Getenv("PYTHONPATH")))
		}
		return []process{{argv: append([]string{py}, progArgs(c.Threads)...), env: env}}, nil
	case results.SystemRCVM:
		p := t.rcvmProcess(j, "0", nil, progArgs(c.Threads))
		p.env = env
		return []process{p}, nil
	case results.SystemSubinterpreters:
		extra := []string{"-interpreters", strconv.Itoa(c.Threads)}
		return []process{t.rcvmProcess(j, "0", extra, progArgs(1))}, nil
	case results.SystemMultiprocessing:
		ps := make([]process, c.Threads)
		for i := range ps {
			ps[i] = t.rcvmProcess(j, strconv.Itoa(i), nil, progArgs(1))
		}
		return ps, nil
	}
	return nil, fmt.Errorf("runner: unknown system %q", c.System)
}

// python returns the interpreter of a peer, by name ("" for Tools.Python).
func (t Tools) python(name string) (string, error) {
	if name == "" {
		if t.Python == "" {
			return "", fmt.Errorf("runner: no python3 to run the CPython baseline")
		}
		return t.Python, nil
	}
	for _, p := range t.Peers {
		if p.Name == name {
			return p.Path, nil
		}
	}
	return "", fmt.Errorf("runner: no CPython peer %q (peers: %d)", name, len(t.Peers))
}

func (t Tools) rcvmProcess(j Job, id string, extra, prog []string) process {
	c := j.Config
	p := process{report: filepath.Join(j.Dir, "report-"+id+".json")}
	argv := []string{t.RCVM, "run"}
	if t.Stdlib != "" {
		argv = append(argv, "-stdlib", t.Stdlib)
	}
	if c.Strategy != "" {
		argv = append(argv, "-strategy", c.Strategy)
	}
	argv = append(argv, c.Flags...)
	argv = append(argv, extra...)
	switch c.Mode {
	case results.ModeChecked:
		argv = append(argv, "-checked")
		fallthrough
	case results.ModeStats:
		p.stats = filepath.Join(j.Dir, "stats-"+id+".json")
		argv = append(argv, "-stats", p.stats)
	}
	argv = append(argv, "-report", p.report)
	p.argv = append(argv, prog...)
	return p
}

// CommandLines returns the command lines a job would run, for dry runs and
// error messages.
func (t Tools) CommandLines(j Job) ([][]string, error) {
	ps, err := t.processes(j)
	if err != nil {
		return nil, err
	}
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = p.argv
	}
	return out, nil
}

// CanPin reports whether this platform can pin a run to one CPU.
func CanPin() bool { return canPin }
