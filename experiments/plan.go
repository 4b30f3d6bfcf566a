package experiments

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/runner"
)

// Plan is an experiment resolved against this machine, its workloads
// directory and its rcvm binary: what will run, before sizes are calibrated.
type Plan struct {
	// Spec is the experiment.
	Spec Spec
	// Size is the size in force (with the command line's overrides), and
	// SizeName "quick", "full" or "custom".
	Size     Size
	SizeName string
	// Threads are the thread counts.
	Threads []int
	// Series are the configurations' templates: System, Strategy,
	// Variant, Flags and Mode set.
	Series []results.Config
	// Workloads are the programs, one per file and argument variant.
	Workloads []PlannedWorkload
	// Notes explain what was left out (a strategy this rcvm lacks, no
	// python3, ...).
	Notes []string
	// Precision is the stopping rule after Size.Reps rounds (a zero
	// Budget: none).
	Precision Precision

	cores         int
	pyperformance bool // pyperformance directories are given
	ftscaling     bool // ftscalingbench.py files are given
	pythonStartup float64
	rcvmStartup   float64
}

// PlannedWorkload is one workload file with one set of extra arguments.
type PlannedWorkload struct {
	// Name is the file name (a pyperformance benchmark's name), Path where
	// it is.
	Name, Path string
	// Args are the extra arguments (the workload's, then the sweep value).
	Args []string
	// Protocol is how it takes its size and reports its time
	// (runner.ProtocolWorkload or runner.ProtocolPyperf).
	Protocol string
	// Skip says why it cannot run here (e.g. the third-party packages a
	// pyperformance benchmark needs); it is recorded as an error, not run.
	Skip string
}

// Prepare resolves spec into a plan. It asks the rcvm binary for its
// strategies if opts has none, and fails with a clear error if a workload
// is missing or nothing is left to run.
func Prepare(ctx context.Context, spec Spec, opts *Options) (*Plan, error) {
	if opts.Strategies == nil {
		list, err := opts.Tools.Strategies(ctx)
		if err != nil {
			return nil, err
		}
		opts.Strategies = list
	}
	p := &Plan{Spec: spec, Size: spec.Full, SizeName: "full", cores: opts.Cores,
		pythonStartup: opts.PythonStartup, rcvmStartup: opts.RCVMStartup}
	if opts.Quick {
		p.Size, p.SizeName = spec.Quick, "quick"
	}
	if p.cores <= 0 {
		p.cores = runtime.NumCPU()
	}
	if p.pythonStartup <= 0 {
		p.pythonStartup = 0.1
	}
	if p.rcvmStartup <= 0 {
		p.rcvmStartup = 0.03
	}
	p.applyOverrides(opts)
	p.pyperformance = len(opts.Pyperformance) > 0
	p.ftscaling = len(opts.FTScalingBench) > 0
	if err := p.resolveWorkloads(opts.WorkloadDir); err != nil {
		return nil, err
	}
	if err := p.resolvePyperformance(opts.Pyperformance); err != nil {
		return nil, err
	}
	if err := p.resolveFTScaling(opts.FTScalingBench); err != nil {
		return nil, err
	}
	if slices.ContainsFunc(spec.Workloads, func(w Workload) bool { return w.CCBench }) {
		if opts.CCBench == "" {
			return nil, fmt.Errorf("experiment %s: no ccbench.py (Debian's python3.11-examples installs %s; or give -workloads PATH/ccbench.py)",
				spec.Name, DebianCCBench)
		}
		p.Workloads = append(p.Workloads, ccbenchWorkload(opts.CCBench))
	}
	if err := p.resolveSeries(opts); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *Plan) applyOverrides(opts *Options) {
	threads := p.Spec.Threads
	if p.Size.Threads != nil {
		threads = p.Size.Threads
	}
	if threads == nil {
		threads = Fixed(1)
	}
	p.Threads = threads(p.cores)
	if len(opts.Threads) > 0 {
		p.Threads = append([]int(nil), opts.Threads...)
	}
	if opts.Reps > 0 {
		p.Size.Reps = opts.Reps
	}
	if opts.N != "" {
		p.Size.N = opts.N
	}
	if opts.Target > 0 {
		p.Size.Target = opts.Target
	}
	if p.Size.Reps < 1 {
		p.Size.Reps = 1
	}
	p.Precision = Precision{Rel: DefaultTargetRel, Abs: DefaultTargetAbs, Budget: p.Size.Budget}
	if opts.TargetRel > 0 {
		p.Precision.Rel = opts.TargetRel
	}
	if opts.TargetAbs > 0 {
		p.Precision.Abs = opts.TargetAbs
	}
	if opts.Budget > 0 {
		p.Precision.Budget = opts.Budget
	}
	if opts.Reps > 0 {
		p.Precision.Budget = 0 // -reps N means exactly N rounds
	}
	if opts.overridden() {
		p.SizeName = "custom"
	}
}

func (p *Plan) resolveWorkloads(dir string) error {
	if dir == "" && !slices.ContainsFunc(p.Spec.Workloads, func(w Workload) bool { return !p.elsewhere(w) }) {
		return nil // pyperformance's or ftscalingbench's workloads alone
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("experiment %s: no workloads directory %q (run from the repository root, or give -workloads DIR)",
			p.Spec.Name, dir)
	}
	sweep := p.Size.Sweep
	if len(sweep) == 0 {
		sweep = []string{""}
	}
	for _, w := range p.Spec.Workloads {
		if w.Pattern == "" {
			continue
		}
		files, err := filepath.Glob(filepath.Join(dir, w.Pattern))
		if err != nil {
			return fmt.Errorf("experiment %s: bad workload pattern %q: %w", p.Spec.Name, w.Pattern, err)
		}
		if len(files) == 0 && !p.elsewhere(w) {
			return fmt.Errorf("experiment %s: no workload matches %q in %s", p.Spec.Name, w.Pattern, dir)
		}
		sort.Strings(files)
		for _, f := range files {
			if p.Size.Only != nil && !slices.Contains(p.Size.Only, filepath.Base(f)) {
				continue
			}
			for _, s := range sweep {
				args := append([]string(nil), w.Args...)
				if s != "" {
					args = append(args, s)
				}
				p.Workloads = append(p.Workloads, PlannedWorkload{Name: filepath.Base(f), Path: f, Args: args})
			}
		}
	}
	if len(p.Workloads) == 0 && p.Size.Only != nil {
		// A workloads directory of one's own may not have the files the
		// size names: then every workload of the spec runs.
		p.Notes = append(p.Notes, fmt.Sprintf("none of %s in %s: running every workload", strings.Join(p.Size.Only, ", "), dir))
		p.Size.Only = nil
		return p.resolveWorkloads(dir)
	}
	return nil
}

// elsewhere says whether the spec's workload also takes workloads from
// outside the workloads directory, and the command line gave some: then
// nothing need match its pattern there.
func (p *Plan) elsewhere(w Workload) bool {
	return w.Pattern == "" || (w.Pyperformance && p.pyperformance) || (w.FTScalingBench && p.ftscaling)
}

// resolveFTScaling adds the workloads of the ftscalingbench.py files to a
// spec that takes them, each under its function's name.
func (p *Plan) resolveFTScaling(files []string) error {
	if len(files) == 0 || !slices.ContainsFunc(p.Spec.Workloads, func(w Workload) bool { return w.FTScalingBench }) {
		return nil
	}
	seen := map[string]bool{}
	for _, w := range p.Workloads {
		seen[w.Name] = true
	}
	for _, f := range files {
		names, err := FTScalingBench(f)
		if err != nil {
			return fmt.Errorf("experiment %s: %w", p.Spec.Name, err)
		}
		for _, n := range names {
			if seen[n] {
				p.Notes = append(p.Notes, fmt.Sprintf("ftscalingbench workload %s of %s: a workload of that name is planned already", n, f))
				continue
			}
			seen[n] = true
			p.Workloads = append(p.Workloads, PlannedWorkload{Name: n, Path: f, Protocol: runner.ProtocolFTScaling})
		}
	}
	return nil
}

// resolvePyperformance adds the benchmarks of the pyperformance
// directories to a spec that takes them, each under pyperformance's name;
// one that needs third-party packages is planned with the reason it is
// skipped, so that the results list it.
func (p *Plan) resolvePyperformance(dirs []string) error {
	if len(dirs) == 0 || !slices.ContainsFunc(p.Spec.Workloads, func(w Workload) bool { return w.Pyperformance }) {
		return nil
	}
	seen := map[string]bool{}
	for _, w := range p.Workloads {
		seen[w.Name] = true
	}
	for _, dir := range dirs {
		benchmarks, err := Pyperformance(dir)
		if err != nil {
			return fmt.Errorf("experiment %s: %w", p.Spec.Name, err)
		}
		for _, b := range benchmarks {
			if seen[b.Name] {
				p.Notes = append(p.Notes, fmt.Sprintf("pyperformance benchmark %s of %s: a workload of that name is planned already", b.Name, dir))
				continue
			}
			seen[b.Name] = true
			w := PlannedWorkload{Name: b.Name, Path: b.Script, Args: b.Args, Protocol: runner.ProtocolPyperf}
			if len(b.Needs) > 0 {
				w.Skip = fmt.Sprintf("pyperformance benchmark %s needs third-party packages (%s): not run",
					b.Name, strings.Join(b.Needs, ", "))
			}
			p.Workloads = append(p.Workloads, w)
		}
	}
	return nil
}

func (p *Plan) resolveSeries(opts *Options) error {
	have := make([]string, len(opts.Strategies))
	for i, s := range opts.Strategies {
		have[i] = s.Name
	}
	for _, s := range opts.Only {
		if !slices.Contains(have, s) {
			return fmt.Errorf("unknown strategy %q (this rcvm has: %s)", s, strings.Join(have, ", "))
		}
	}
	wanted := func(s string) bool { return opts.Only == nil || slices.Contains(opts.Only, s) }
	for _, s := range p.Spec.Series {
		sys := s.System
		if sys == "" {
			sys = results.SystemRCVM
		}
		base := results.Config{System: sys, Strategy: s.Strategy, Variant: s.Variant, Flags: s.Flags, Mode: p.Spec.Mode, Pin: s.Pin}
		switch {
		case sys == results.SystemRCVM && s.Strategy == AllStrategies:
			for _, name := range have {
				if wanted(name) && !slices.Contains(s.Except, name) {
					c := base
					c.Strategy = name
					p.Series = append(p.Series, c)
				}
			}
			continue
		case sys != results.SystemRCVM && opts.Baselines != nil && !slices.Contains(opts.Baselines, sys):
			continue
		case sys == results.SystemCPython:
			base.Strategy = ""
			if len(opts.Tools.Peers) == 0 {
				if opts.Tools.Python == "" {
					p.Notes = append(p.Notes, "no python3 on PATH: the CPython baseline is left out")
					continue
				}
				p.Series = append(p.Series, base)
				continue
			}
			// One series per peer, each recorded with its version and
			// whether its GIL was enabled.
			for _, peer := range opts.Tools.Peers {
				c := base
				gil := peer.GIL
				c.Python, c.PythonVersion, c.PythonGIL = peer.Name, peer.Version, &gil
				p.Series = append(p.Series, c)
			}
			continue
		}
		if base.Strategy == "" {
			base.Strategy = "gil"
		}
		if !slices.Contains(have, base.Strategy) {
			p.Notes = append(p.Notes, fmt.Sprintf("this rcvm has no strategy %q: series %q left out", base.Strategy, base.Series()))
			continue
		}
		if sys == results.SystemRCVM && !wanted(base.Strategy) {
			continue
		}
		p.Series = append(p.Series, base)
	}
	if len(p.Series) == 0 {
		return fmt.Errorf("experiment %s: nothing to run (strategies: %s; -strategies/-baselines may have left out every series)",
			p.Spec.Name, strings.Join(have, ", "))
	}
	return nil
}

// configs returns every configuration for the given calibrated sizes
// (workload name → N), in round order: workload, then threads, then series,
// so that the series of one workload and thread count run side by side.
func (p *Plan) configs(sizes map[string]string) []results.Config {
	var out []results.Config
	for _, w := range p.Workloads {
		n, ok := sizes[w.Name]
		if !ok {
			continue
		}
		for _, t := range p.Threads {
			for _, s := range p.Series {
				c := s
				c.Workload, c.Threads, c.N, c.Args = w.Name, t, n, w.Args
				out = append(out, c)
			}
		}
	}
	return out
}
