package command

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"

	"github.com/rcvm/rcvm/core"
)

// runFlags are rcvm run's options.
type runFlags struct {
	strategy       string
	checked        bool
	stats          string
	report         string
	switchInterval time.Duration
	gilVariant     string
	strategyOpts   optionSettings
	maxMemory      int64
	interpreters   int
	gomaxprocs     int
	cpuProfile     string
	stdlib         string
	cacheDir       string
}

// cmdRun implements `rcvm run`.
func cmdRun(args []string) int {
	var rf runFlags
	fset := flag.NewFlagSet("run", flag.ContinueOnError)
	fset.StringVar(&rf.strategy, "strategy", "gil", "refcount-safety strategy (see 'rcvm strategies')")
	fset.BoolVar(&rf.checked, "checked", false, "poison and quarantine freed objects; count use-after-free and negative counts")
	fset.StringVar(&rf.stats, "stats", "", "write per-operation counters as JSON to `FILE` (slows the run)")
	fset.StringVar(&rf.report, "report", "", "write timing, GC and memory figures as JSON to `FILE` (cheap)")
	fset.DurationVar(&rf.switchInterval, "switch-interval", 5*time.Millisecond, "GIL switch interval (sys.setswitchinterval)")
	fset.StringVar(&rf.gilVariant, "gil-variant", "", "GIL variant, new (CPython 3.2+) or old (Python 2): an alias of -strategy-opt variant=`VARIANT`")
	fset.Var(&rf.strategyOpts, "strategy-opt", "set the strategy's option `NAME=VALUE` (repeatable; see 'rcvm strategies -v')")
	fset.Int64Var(&rf.maxMemory, "max-memory", 0, "raise MemoryError beyond this many `BYTES` of objects (0: no limit)")
	fset.IntVar(&rf.interpreters, "interpreters", 1, "run `N` isolated interpreters of the program in one process (PEP 684)")
	fset.IntVar(&rf.gomaxprocs, "gomaxprocs", 0, "GOMAXPROCS (0: the number of cores)")
	fset.StringVar(&rf.cpuProfile, "cpuprofile", "", "write a Go CPU profile of the run to `FILE` (go tool pprof)")
	fset.StringVar(&rf.stdlib, "stdlib", "", "CPython 3.11's standard library `DIR` (its Lib/; default: $RCVM_STDLIB, else python3.11's or python3's, else /usr/lib/python3.11; none: no standard library)")
	fset.StringVar(&rf.cacheDir, "cache-dir", core.DefaultCacheDir(), "compiled-module cache `DIR` (none: no cache; default $RCVM_CACHE_DIR, else $XDG_CACHE_HOME/rcvm or ~/.cache/rcvm)")
	fset.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: rcvm run [flags] FILE|DIR [ARGS...]\n       rcvm run [flags] -m MODULE [ARGS...]\n       rcvm run [flags] -c COMMAND [ARGS...]\n       rcvm run [flags] - [ARGS...]   (the program on standard input)")
		fset.PrintDefaults()
	}
	own, rest := splitRunArgs(fset, args)
	if err := fset.Parse(own); err != nil {
		return 2
	}
	if len(rest) < 1 {
		fset.Usage()
		return 2
	}
	if rf.interpreters < 1 {
		fmt.Fprintln(os.Stderr, "rcvm: -interpreters must be at least 1")
		return 2
	}
	if rf.gomaxprocs > 0 {
		runtime.GOMAXPROCS(rf.gomaxprocs)
	}
	prog, code := runProgram(rest)
	if code != 0 {
		return code
	}
	stdlib, err := core.FindStdlib(core.DefaultStdlibSearch(rf.stdlib))
	if err != nil && !errors.Is(err, core.ErrNoStdlib) {
		fmt.Fprintf(os.Stderr, "rcvm: %v\n", err)
		return 2
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "rcvm: warning: %v\n", err)
	}
	if rf.cacheDir == "none" {
		rf.cacheDir = ""
	}
	cfg := core.Config{
		Strategy:   rf.strategy,
		Options:    core.Options{SwitchInterval: rf.switchInterval, Set: rf.strategyOpts.with("variant", rf.gilVariant)},
		Checked:    rf.checked,
		Stats:      rf.stats != "",
		MaxMemory:  rf.maxMemory,
		Stdlib:     stdlib,
		PythonPath: pythonPath(),
		CacheDir:   rf.cacheDir,
	}
	if rf.cpuProfile != "" {
		stop, err := startCPUProfile(rf.cpuProfile)
		if err != nil {
			fmt.Fprintf(os.Stderr, "rcvm: -cpuprofile: %v\n", err)
			return 2
		}
		defer stop()
	}
	start := time.Now()
	startCPU := cpuTime()
	results := make([]core.Result, rf.interpreters)
	errs := make([]error, rf.interpreters)
	var wg sync.WaitGroup
	for i := range results {
		vm, err := core.NewVM(cfg)
		if err != nil {
			fmt.Fprintf(os.Stderr, "rcvm: %v\n", err)
			return 2
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				// A panic outside the VM's own guard (before its main
				// thread runs) is an internal error too.
				if r := recover(); r != nil {
					errs[i] = &core.InternalError{Msg: fmt.Sprint(r), Stack: string(debug.Stack())}
				}
			}()
			results[i], errs[i] = vm.Run(prog)
		}()
	}
	wg.Wait()
	wall := time.Since(start)
	exit := 0
	for i, err := range errs {
		var oe *core.OpenError
		if errors.As(err, &oe) {
			var pe *fs.PathError
			if errors.As(oe.Err, &pe) {
				fmt.Fprintf(os.Stderr, "rcvm: can't open file '%s': [Errno %d] %s\n", oe.Path, errnoOf(pe), core.Strerror(errnoOf(pe)))
			} else {
				fmt.Fprintf(os.Stderr, "rcvm: can't open file '%s': %v\n", oe.Path, oe.Err)
			}
			return 2
		}
		if err != nil {
			var ie *core.InternalError
			if errors.As(err, &ie) {
				fmt.Fprintf(os.Stderr, "rcvm: internal error: %s\n", ie.Msg)
				if os.Getenv("RCVM_DEBUG") != "" {
					fmt.Fprintln(os.Stderr, ie.Stack)
				}
				return 70
			}
			fmt.Fprintf(os.Stderr, "rcvm: %v\n", err)
			return 1
		}
		exit = max(exit, results[i].ExitCode)
	}
	stats := results[0].Stats
	if rf.stats != "" {
		if err := writeJSON(rf.stats, stats.Map()); err != nil {
			fmt.Fprintf(os.Stderr, "rcvm: -stats: %v\n", err)
			return 1
		}
	}
	if rf.report != "" {
		if err := writeJSON(rf.report, report(rf, stats, wall, cpuTime()-startCPU)); err != nil {
			fmt.Fprintf(os.Stderr, "rcvm: -report: %v\n", err)
			return 1
		}
	}
	return exit
}

// report gathers the cheap figures of a run: times, Go GC activity, memory.
func report(rf runFlags, s core.Stats, wall, cpu time.Duration) map[string]any {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return map[string]any{
		"strategy":          s.Strategy,
		"wall_seconds":      wall.Seconds(),
		"cpu_seconds":       cpu.Seconds(),
		"gc_cycles":         ms.NumGC,
		"gc_pause_seconds":  float64(ms.PauseTotalNs) / 1e9,
		"gomaxprocs":        runtime.GOMAXPROCS(0),
		"peak_heap_bytes":   ms.HeapSys,
		"objects_allocated": s.ObjectsAllocated,
		"header_bytes":      core.HeaderSize,
		"interpreters":      rf.interpreters,
		"go":                runtime.Version(),
	}
}

// startCPUProfile starts Go's CPU profiler into path and returns the
// function that stops it and closes the file.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// cpuTime is the process's user+system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func errnoOf(pe *fs.PathError) int {
	var errno syscall.Errno
	if errors.As(pe.Err, &errno) {
		return int(errno)
	}
	return 0
}
