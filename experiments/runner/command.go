package runner

import (
	"fmt"
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
}

// process is one child to start: its argv and the files it will write.
type process struct {
	argv   []string
	report string
	stats  string
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
	switch c.System {
	case results.SystemCPython:
		py, err := t.python(c.Python)
		if err != nil {
			return nil, err
		}
		return []process{{argv: append([]string{py}, progArgs(c.Threads)...)}}, nil
	case results.SystemRCVM:
		return []process{t.rcvmProcess(j, "0", nil, progArgs(c.Threads))}, nil
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
