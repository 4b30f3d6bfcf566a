package experiments

import (
	"slices"
	"time"

	"github.com/rcvm/rcvm/experiments/analysis"
)

// Spec declares an experiment.
type Spec struct {
	// Name is what `rcvm experiment NAME` takes, and the results file's stem.
	Name string
	// Title is a one-line description (for `rcvm experiment list`).
	Title string
	// Question says what the experiment answers, for the paper.
	Question string
	// Workloads are the programs, by file name or glob in the workloads
	// directory.
	Workloads []Workload
	// Series are what each workload runs on: strategies and baselines.
	Series []Series
	// Threads are the thread counts (a Size may override them).
	Threads Threads
	// Mode is results.ModeTiming, ModeStats or ModeChecked.
	Mode string
	// IOBound says a run's wall time does not grow with its threads (the
	// threads wait rather than compute); only the time estimate uses it.
	IOBound bool
	// Quick and Full are the two sizes: Quick for a look (well under a
	// minute on 2 cores), Full for the paper.
	Quick, Full Size
	// Analysis says how the records are analysed (and so which figure and
	// table show them, and which estimates the adaptive stopping rule
	// watches); the zero value reports no estimates.
	Analysis analysis.Spec
}

// Workload selects programs from the workloads directory.
type Workload struct {
	// Pattern is a file name ("convoy.py") or a glob ("bm_*.py"), in the
	// workloads directory; empty for a workload from elsewhere only.
	Pattern string
	// Args are extra program arguments after THREADS and N.
	Args []string
	// Pyperformance says the experiment also runs, beside the files
	// Pattern selects, every benchmark of the pyperformance directories
	// the command line gives (Options.Pyperformance): for single-thread
	// experiments, whose workloads are benchmarks.
	Pyperformance bool
	// FTScalingBench says the experiment also runs, beside the files
	// Pattern selects, every workload of the ftscalingbench.py files the
	// command line gives (Options.FTScalingBench): for the scaling
	// experiment, whose workloads give every thread the same work.
	FTScalingBench bool
	// CCBench stands for CPython's Tools/ccbench/ccbench.py (Debian's
	// copy, or the one the command line gives: Options.CCBench), run
	// unchanged; Pattern is then empty.
	CCBench bool
}

// Series is one line in a figure: a strategy, a variant of one, or a
// baseline.
type Series struct {
	// System is a results.System* constant; empty means rcvm.
	System string
	// Strategy is a strategy name, or AllStrategies for every strategy the
	// rcvm binary lists (narrowed by -strategies). Empty means "gil" for
	// the rcvm baselines and nothing for CPython.
	Strategy string
	// Except leaves strategies out of AllStrategies.
	Except []string
	// Variant names the series apart from others of its strategy.
	Variant string
	// Flags are extra `rcvm run` flags.
	Flags []string
	// Pin pins the series' runs to one CPU (see runner.Tools.Pin).
	Pin bool
}

// AllStrategies in Series.Strategy stands for every strategy.
const AllStrategies = "*"

// Size is how big an experiment runs.
type Size struct {
	// Target is how long one thread's work should take on rcvm with the
	// GIL, in seconds; N is calibrated to it. With N set it is only used to
	// estimate the experiment's duration, as the time of one run.
	Target float64
	// N fixes the size argument instead of calibrating it.
	N string
	// Reps is the number of measured repetitions of every configuration.
	Reps int
	// Warmup is the number of extra discarded rounds before the measured
	// ones (every series also gets one discarded warm-up run regardless).
	Warmup int
	// Threads overrides Spec.Threads.
	Threads Threads
	// Only keeps these workload files (by name) of the spec's; nil keeps
	// them all. A quick size spends its minutes on the workloads its
	// claims are judged on, long enough to decide them.
	Only []string
	// Sweep lists values of one extra argument, appended to every
	// workload's Args, one configuration per value (e.g. share percents).
	Sweep []string
	// Budget is the most the experiment may take, calibration included:
	// after Reps rounds it adds rounds while an estimate misses its
	// precision target and the next round fits (see Precision). Zero runs
	// exactly Reps rounds.
	Budget time.Duration
}

// Threads gives the thread counts for a machine with the given cores.
type Threads func(cores int) []int

// Fixed is the given thread counts on any machine.
func Fixed(counts ...int) Threads {
	return func(int) []int { return append([]int(nil), counts...) }
}

// UpTo is every count from 1 to factor × cores.
func UpTo(factor int) Threads {
	return func(cores int) []int {
		var out []int
		for t := 1; t <= factor*max(cores, 1); t++ {
			out = append(out, t)
		}
		return out
	}
}

// Doubling is 1, 2, 4, … up to factor × cores, with the core count and
// that bound themselves (efficiency is judged at as many threads as cores).
func Doubling(factor int) Threads {
	return func(cores int) []int {
		cores = max(cores, 1)
		limit := factor * cores
		counts := []int{cores, limit}
		for t := 1; t < limit; t *= 2 {
			counts = append(counts, t)
		}
		slices.Sort(counts)
		return slices.Compact(counts)
	}
}

// CoresPlus is 1 to cores + extra: enough threads to keep every core busy
// and then some.
func CoresPlus(extra int) Threads {
	return func(cores int) []int {
		var out []int
		for t := 1; t <= max(cores, 1)+extra; t++ {
			out = append(out, t)
		}
		return out
	}
}

// Cores is the machine's core count (at least 2, so that threads compete).
func Cores() Threads {
	return func(cores int) []int { return []int{max(cores, 2)} }
}

// OneAndCores is 1 and the machine's core count.
func OneAndCores() Threads {
	return func(cores int) []int {
		if cores <= 1 {
			return []int{1}
		}
		return []int{1, cores}
	}
}
