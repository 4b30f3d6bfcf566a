package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/rcvm/rcvm/core"
	"github.com/rcvm/rcvm/experiments"
	"github.com/rcvm/rcvm/experiments/host"
	"github.com/rcvm/rcvm/experiments/runner"
	"github.com/rcvm/rcvm/modules/pyperf"
)

// Env is what a command needs from its process.
type Env struct {
	// Stdout receives results (tables, lists); Stderr progress and errors.
	Stdout, Stderr io.Writer
	// Self is the running rcvm binary, the default -rcvm.
	Self string
	// ExtraEnv is added to every child's environment (tests use it).
	ExtraEnv []string
}

// runFlags are the flags shared by `rcvm experiment` and `rcvm paper -run`.
type runFlags struct {
	quick      bool
	threads    string
	reps       int
	strategies string
	baselines  string
	rcvm       string
	python     string
	workloads  string
	n          string
	target     float64
	stdlib     string
	targetRel  float64
	targetAbs  float64
	budget     time.Duration
	disturbed  float64
	pin        bool
}

func (f *runFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&f.quick, "quick", false, "run the quick size (well under a minute per experiment on 2 cores)")
	fs.StringVar(&f.threads, "threads", "", "comma-separated thread counts, instead of the experiment's")
	fs.IntVar(&f.reps, "reps", 0, "repetitions of every configuration, instead of the experiment's")
	fs.StringVar(&f.strategies, "strategies", "", "comma-separated strategies to run (default: every one `rcvm strategies` lists)")
	fs.StringVar(&f.baselines, "baselines", "", "comma-separated baselines to keep: cpython, multiprocessing, subinterpreters, or none (default: the experiment's)")
	fs.StringVar(&f.rcvm, "rcvm", "", "the rcvm binary to measure (default: this one)")
	fs.StringVar(&f.python, "python", "python3", "comma-separated CPython peers to run beside rcvm (e.g. python3.11,python3.13t: each its own series), or none")
	fs.StringVar(&f.workloads, "workloads", "", "comma-separated workload sources: rcvm's workloads directory (default: experiments/workloads here or beside the binary), pyperformance checkouts or benchmarks directories (DIR/bm_*/run_benchmark.py), whose benchmarks run beside rcvm's in the single-thread experiments, and copies of CPython's Tools/ftscalingbench/ftscalingbench.py, whose workloads the scaling experiment runs")
	fs.StringVar(&f.n, "n", "", "fix the workloads' size argument N instead of calibrating it")
	fs.Float64Var(&f.target, "target", 0, "seconds one thread's work should take (N is calibrated to it), instead of the experiment's")
	fs.Float64Var(&f.targetRel, "target-rel", 0, "half-width asked of every ratio's 95% interval, relative to the ratio (default 0.03: ±3%)")
	fs.Float64Var(&f.targetAbs, "target-abs", 0, "half-width asked of every speedup's 95% interval (default 0.1)")
	fs.DurationVar(&f.budget, "budget", 0, "time each experiment may take, adding rounds until its intervals reach their targets (default: the size's; -reps N runs exactly N rounds)")
	fs.Float64Var(&f.disturbed, "disturbed", experiments.DisturbedUtilisation,
		"CPU time / wall time under which a single-threaded run counts as disturbed by outside load and is run again (0: keep every run)")
	fs.BoolVar(&f.pin, "pin", false, "pin every single-threaded run to one CPU (Linux: sched_setaffinity)")
	fs.StringVar(&f.stdlib, "stdlib", "", "CPython 3.11's standard library `DIR` every run uses (default: rcvm run's search, resolved once)")
}

// options turns the flags into experiment options: the tools, the host and
// the strategies the rcvm binary has.
func (f *runFlags) options(ctx context.Context, env Env, outDir string) (*experiments.Options, error) {
	o := &experiments.Options{Quick: f.quick, OutDir: outDir, Reps: f.reps, N: f.n, Target: f.target,
		TargetRel: f.targetRel, TargetAbs: f.targetAbs, Budget: f.budget, DisturbedBelow: f.disturbed,
		Calibrator: experiments.NewCalibrator()}
	if f.reps < 0 || f.target < 0 || f.targetRel < 0 || f.targetAbs < 0 || f.budget < 0 {
		return nil, fmt.Errorf("-reps, -target, -target-rel, -target-abs and -budget must not be negative")
	}
	var err error
	if o.Threads, err = parseInts(f.threads); err != nil {
		return nil, fmt.Errorf("-threads: %w", err)
	}
	o.Only = splitList(f.strategies)
	if f.baselines != "" {
		o.Baselines = []string{}
		if f.baselines != "none" {
			o.Baselines = splitList(f.baselines)
		}
		for _, b := range o.Baselines {
			if b != "cpython" && b != "multiprocessing" && b != "subinterpreters" {
				return nil, fmt.Errorf("-baselines: unknown baseline %q (cpython, multiprocessing, subinterpreters, none)", b)
			}
		}
	}
	bin := f.rcvm
	if bin == "" {
		bin = env.Self
	}
	if bin, err = exec.LookPath(bin); err != nil {
		return nil, fmt.Errorf("-rcvm: %w", err)
	}
	py, peers, err := f.peers(ctx, env)
	if err != nil {
		return nil, err
	}
	o.Tools = runner.Tools{RCVM: bin, Python: py, Peers: peers, Env: env.ExtraEnv, Pin: f.pin}
	if f.pin && !runner.CanPin() {
		return nil, fmt.Errorf("-pin: this platform cannot pin a process to a CPU")
	}
	if lib, err := core.FindStdlib(core.DefaultStdlibSearch(f.stdlib)); err == nil {
		o.Tools.Stdlib = lib
	} else if f.stdlib != "" {
		return nil, err
	}
	if o.WorkloadDir, o.Pyperformance, o.FTScalingBench, o.CCBench, err = workloadSources(f.workloads, bin); err != nil {
		return nil, err
	}
	if len(o.Pyperformance) > 0 {
		if o.Tools.PyperfPath, err = pyperfPath(); err != nil {
			return nil, err
		}
	}
	if o.Strategies, err = o.Tools.Strategies(ctx); err != nil {
		return nil, err
	}
	wd, _ := os.Getwd()
	o.Host = host.Detect(bin, py, wd)
	if len(peers) > 0 {
		var desc []string
		for _, p := range peers {
			desc = append(desc, p.String())
		}
		o.Host.Python = strings.Join(desc, "; ")
	}
	o.PythonStartup = startup(ctx, env.ExtraEnv, py, "-c", "pass")
	if empty, err := emptyProgram(); err == nil {
		o.RCVMStartup = startup(ctx, env.ExtraEnv, bin, "run", empty)
		os.Remove(empty)
	}
	return o, nil
}

// peers finds the -python interpreters and asks each its version and
// whether its GIL is enabled. It returns the first one's path too (the
// start-up estimate's). A missing default python3 only leaves the CPython
// series out; a named one that is missing or does not answer is an error,
// except that a single interpreter that cannot be asked is still run, as
// an unnamed peer.
func (f *runFlags) peers(ctx context.Context, env Env) (string, []runner.Peer, error) {
	names := splitList(f.python)
	if f.python == "none" || len(names) == 0 {
		return "", nil, nil
	}
	var peers []runner.Peer
	first := ""
	for _, name := range names {
		path, err := exec.LookPath(name)
		if err != nil {
			if f.python == "python3" {
				return "", nil, nil
			}
			return "", nil, fmt.Errorf("-python: %w", err)
		}
		peer, err := runner.DetectPeer(ctx, path, env.ExtraEnv)
		if err != nil {
			if len(names) == 1 {
				return realPython(ctx, path, env.ExtraEnv), nil, nil
			}
			return "", nil, fmt.Errorf("-python: %w", err)
		}
		for _, p := range peers {
			if p.Name == peer.Name {
				return "", nil, fmt.Errorf("-python: %s and %s are both CPython %s", p.Path, peer.Path, peer.Name)
			}
		}
		if first == "" {
			first = peer.Path
		}
		peers = append(peers, peer)
	}
	return first, peers, nil
}

// emptyProgram writes a Python program that does nothing, to time start-up.
func emptyProgram() (string, error) {
	f, err := os.CreateTemp("", "rcvm-empty-*.py")
	if err != nil {
		return "", err
	}
	defer f.Close()
	_, err = f.WriteString("pass\n")
	return f.Name(), err
}

// workloadSources sorts the -workloads list into rcvm's workloads
// directory, pyperformance benchmarks directories and ftscalingbench.py
// files. Without an rcvm workloads directory in the list, the default one
// is used (the others' workloads run beside rcvm's own, and the other
// experiments keep theirs); with none found, the experiments that take
// the others' run them alone.
func workloadSources(flagged, bin string) (own string, pyperf, ft []string, cc string, err error) {
	cc = experiments.DefaultCCBench()
	for _, src := range splitList(flagged) {
		st, err := os.Stat(src)
		switch {
		case err != nil:
			return "", nil, nil, "", fmt.Errorf("-workloads: no directory or file %q", src)
		case !st.IsDir() && filepath.Base(src) == "ccbench.py":
			cc = src
			continue
		case !st.IsDir():
			if !experiments.IsFTScalingBench(src) {
				return "", nil, nil, "", fmt.Errorf("-workloads: %s is neither ftscalingbench.py nor ccbench.py (the files CPython's Tools/ has)", src)
			}
			ft = append(ft, src)
			continue
		}
		if d, ok := experiments.PyperformanceDir(src); ok {
			pyperf = append(pyperf, d)
			continue
		}
		if own != "" {
			return "", nil, nil, "", fmt.Errorf("-workloads: two workloads directories, %s and %s", own, src)
		}
		own = src
	}
	if own != "" {
		return own, pyperf, ft, cc, nil
	}
	own, err = workloadDir("", bin)
	if err != nil && len(pyperf)+len(ft) > 0 {
		return "", pyperf, ft, cc, nil
	}
	return own, pyperf, ft, cc, err
}

// pyperfPath writes rcvm's pyperf module where CPython can import it, in
// a directory named by its content so that every run reuses it.
func pyperfPath() (string, error) {
	src := pyperf.Source()
	sum := sha256.Sum256(src)
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("rcvm-pyperf-%x", sum[:6]))
	file := filepath.Join(dir, "pyperf.py")
	if b, err := os.ReadFile(file); err == nil && bytes.Equal(b, src) {
		return dir, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("writing pyperf for CPython: %w", err)
	}
	tmp := file + fmt.Sprintf(".%d", os.Getpid())
	if err := os.WriteFile(tmp, src, 0o644); err != nil {
		return "", fmt.Errorf("writing pyperf for CPython: %w", err)
	}
	return dir, os.Rename(tmp, file)
}

// workloadDir finds the workloads: the flag's, else experiments/workloads
// in the working directory, else beside the binary (bin/rcvm in a checkout).
func workloadDir(flagged, bin string) (string, error) {
	if flagged != "" {
		if st, err := os.Stat(flagged); err != nil || !st.IsDir() {
			return "", fmt.Errorf("-workloads: no directory %q", flagged)
		}
		return flagged, nil
	}
	candidates := []string{filepath.Join("experiments", "workloads")}
	if abs, err := filepath.Abs(bin); err == nil {
		candidates = append(candidates, filepath.Join(filepath.Dir(filepath.Dir(abs)), "experiments", "workloads"))
	}
	for _, c := range candidates {
		if st, err := os.Stat(c); err == nil && st.IsDir() {
			return c, nil
		}
	}
	return "", fmt.Errorf("no workloads directory (looked in %s); run from the repository root or give -workloads DIR",
		strings.Join(candidates, " and "))
}

// startup times a command that does nothing, the best of two runs, for
// estimates (0 if there is no such command or it fails).
func startup(ctx context.Context, env []string, name string, args ...string) float64 {
	if name == "" {
		return 0
	}
	best := 0.0
	for range 2 {
		ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		cmd := exec.CommandContext(ctx, name, args...)
		cmd.Env = append(os.Environ(), env...)
		start := time.Now()
		err := cmd.Run()
		cancel()
		if err != nil {
			return 0
		}
		if d := time.Since(start).Seconds(); best == 0 || d < best {
			best = d
		}
	}
	return best
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseInts(s string) ([]int, error) {
	var out []int
	for _, p := range splitList(s) {
		v, err := strconv.Atoi(p)
		if err != nil || v < 1 {
			return nil, fmt.Errorf("%q is not a positive integer", p)
		}
		out = append(out, v)
	}
	return out, nil
}

// splitArgs separates leading names from flags, so that both
// `NAME -quick` and `-quick NAME` work.
func splitArgs(args []string) (names, rest []string) {
	for i, a := range args {
		if strings.HasPrefix(a, "-") {
			return names, args[i:]
		}
		names = append(names, splitList(a)...)
	}
	return names, nil
}

// realPython returns the interpreter behind a python command: version
// managers (pyenv) put a shell script first on PATH that costs a few
// hundred milliseconds per start, which would be charged to CPython's
// wall time. It falls back to the command itself.
func realPython(ctx context.Context, py string, env []string) string {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, py, "-c", "import sys; print(sys.executable)")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		return py
	}
	real := strings.TrimSpace(string(out))
	if st, err := os.Stat(real); err != nil || st.IsDir() {
		return py
	}
	return real
}
