package fakercvm

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

// runFlags are the `rcvm run` flags of the command-line contract.
type runFlags struct {
	strategy, report, stats, switchInterval, gilVariant, maxMemory, stdlib string
	checked                                                                bool
	interpreters, gomaxprocs                                               int
}

func runVM(mode string, args []string) int {
	var f runFlags
	fs := flag.NewFlagSet("rcvm run", flag.ContinueOnError)
	fs.SetOutput(os.Stderr)
	fs.StringVar(&f.strategy, "strategy", "gil", "")
	fs.StringVar(&f.report, "report", "", "")
	fs.StringVar(&f.stats, "stats", "", "")
	fs.BoolVar(&f.checked, "checked", false, "")
	fs.StringVar(&f.switchInterval, "switch-interval", "5ms", "")
	fs.StringVar(&f.gilVariant, "gil-variant", "new", "")
	fs.StringVar(&f.maxMemory, "max-memory", "", "")
	fs.IntVar(&f.interpreters, "interpreters", 0, "")
	fs.IntVar(&f.gomaxprocs, "gomaxprocs", 0, "")
	fs.StringVar(&f.stdlib, "stdlib", "", "")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	rejected := false
	fs.Visit(func(fl *flag.Flag) {
		if matches(EnvNoFlags, fl.Name) {
			fmt.Fprintf(os.Stderr, "flag provided but not defined: -%s\n", fl.Name)
			rejected = true
		}
	})
	if rejected {
		return 2
	}
	if !matches(EnvStrategies, f.strategy) && os.Getenv(EnvStrategies) != "" {
		fmt.Fprintf(os.Stderr, "rcvm: unknown strategy %q\n", f.strategy)
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "rcvm run: no program")
		return 2
	}
	script, progArgs := fs.Arg(0), fs.Args()[1:]
	if _, err := os.Stat(script); err != nil {
		fmt.Fprintf(os.Stderr, "rcvm: can't open file %q: %v\n", script, err)
		return 2
	}
	start := time.Now()
	var code int
	if mode == "python" {
		code = passThrough(script, progArgs, max(f.interpreters, 1))
	} else {
		code = simulate(script, progArgs, f.strategy, max(f.interpreters, 1), 1)
	}
	wall := time.Since(start).Seconds()
	if code == 0 && f.report != "" {
		writeJSON(f.report, report(f, script, progArgs, wall))
	}
	if code == 0 && f.stats != "" {
		writeJSON(f.stats, counters(f, progArgs))
	}
	return code
}

// passThrough runs the script with python3, copies as many instances as
// asked for (subinterpreters) side by side.
func passThrough(script string, args []string, instances int) int {
	py, err := exec.LookPath("python3")
	if err != nil {
		fmt.Fprintln(os.Stderr, "fakercvm: python mode needs python3 on PATH")
		return 2
	}
	cmds := make([]*exec.Cmd, instances)
	for i := range cmds {
		cmds[i] = exec.Command(py, append([]string{script}, args...)...)
		cmds[i].Stdout, cmds[i].Stderr = os.Stdout, os.Stderr
		if err := cmds[i].Start(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 2
		}
	}
	code := 0
	for _, c := range cmds {
		if err := c.Wait(); err != nil && code == 0 {
			code = 1
			if c.ProcessState != nil {
				code = c.ProcessState.ExitCode()
			}
		}
	}
	return code
}

func report(f runFlags, script string, args []string, wall float64) map[string]any {
	threads, n := workArgs(args)
	return map[string]any{
		"wall_seconds": wall, "cpu_seconds": wall * 0.98, "gc_cycles": 2 + threads,
		"gc_pause_seconds": 0.0002 * float64(threads), "gomaxprocs": 2,
		"peak_heap_bytes": 1e6 * float64(threads), "objects_allocated": 1000 * n * float64(threads),
		"header_bytes": headerBytes[f.strategy], "strategy": f.strategy,
		"script": filepath.Base(script),
	}
}

// headerBytes are plausible per-object header sizes.
var headerBytes = map[string]float64{"gil": 16, "unsafe": 16, "atomic": 16, "mutex": 24, "brc": 32}

func counters(f runFlags, args []string) map[string]any {
	threads, n := workArgs(args)
	broken := 0.0
	if f.strategy == "unsafe" && threads > 1 {
		broken = float64(threads)
	}
	ops := 1e4 * n * float64(threads)
	return map[string]any{
		"strategy": f.strategy, "objects_allocated": 1000 * n * float64(threads),
		"objects_freed": 1000*n*float64(threads) - 2*broken, "leaked": 2 * broken,
		"use_after_free": broken / 2, "negative_refcount": broken / 2,
		"incref": ops, "decref": ops, "bytecodes": 3 * ops,
	}
}

// workArgs reads THREADS and N from the program's arguments.
// A pyperformance benchmark's pyperf options ("-l N") give N, on one
// thread; ftscalingbench's "-t THREADS --scale N" give both.
func workArgs(args []string) (threads int, n float64) {
	threads, n = 1, 1
	if len(args) > 0 && args[0] == "--parallel-only" {
		for i := 1; i+1 < len(args); i++ {
			switch args[i] {
			case "-t":
				if v, err := strconv.Atoi(args[i+1]); err == nil && v > 0 {
					threads = v
				}
			case "--scale":
				if v, err := strconv.ParseFloat(args[i+1], 64); err == nil && v > 0 {
					n = v
				}
			}
		}
		return threads, n
	}
	for i, a := range args {
		if a == "-l" && i+1 < len(args) {
			if v, err := strconv.ParseFloat(args[i+1], 64); err == nil && v > 0 {
				n = v
			}
			return 1, n
		}
	}
	if len(args) > 0 {
		if v, err := strconv.Atoi(args[0]); err == nil && v > 0 {
			threads = v
		}
	}
	if len(args) > 1 {
		if v, err := strconv.ParseFloat(args[1], 64); err == nil && v > 0 {
			n = v
		}
	}
	return threads, n
}

func writeJSON(path string, v any) {
	b, _ := json.Marshal(v)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
}
