package experiments

import (
	"time"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/experiments/runner"
)

// Options are a run's settings: where things are, and the command line's
// overrides of an experiment's size.
type Options struct {
	// Quick selects the quick size instead of the full one.
	Quick bool
	// OutDir receives the results files.
	OutDir string
	// WorkloadDir holds the workload scripts.
	WorkloadDir string
	// Pyperformance are pyperformance benchmarks directories (see
	// PyperformanceDir), whose benchmarks the experiments that take
	// single-thread workloads run beside the workloads directory's.
	Pyperformance []string
	// FTScalingBench are copies of CPython's
	// Tools/ftscalingbench/ftscalingbench.py, whose workloads (each
	// its own) the scaling experiment runs beside the workloads
	// directory's.
	FTScalingBench []string
	// CCBench is CPython's ccbench.py, for the ccbench experiment ("":
	// none, and the experiment cannot run).
	CCBench string
	// Tools are the rcvm binary and python3.
	Tools runner.Tools
	// Strategies are what `rcvm strategies` listed (Prepare asks if nil).
	Strategies []runner.Strategy
	// Host is recorded in every record.
	Host results.Host
	// Cores is the machine's core count for thread lists (NumCPU if 0).
	Cores int
	// PythonStartup and RCVMStartup are the start-up times in seconds of
	// python3 and of `rcvm run` on an empty program, for estimates (0:
	// a guess).
	PythonStartup, RCVMStartup float64

	// Only lists the strategies to run where a spec says AllStrategies
	// (nil: all of them).
	Only []string
	// Baselines lists the baseline systems to keep (nil: the spec's; an
	// empty non-nil list: none).
	Baselines []string
	// Threads, Reps, N and Target override the size's (when non-zero).
	Threads []int
	Reps    int
	N       string
	Target  float64
	// TargetRel, TargetAbs and Budget override the stopping rule's
	// targets and the size's budget (when non-zero); a Reps override runs
	// exactly that many rounds.
	TargetRel, TargetAbs float64
	Budget               time.Duration

	// DisturbedBelow is the CPU time / wall time under which a
	// single-threaded CPU-bound run counts as disturbed by outside load
	// and is run again in its round (0: every run is kept).
	DisturbedBelow float64

	// Progress shows the advance (nil: nothing is shown).
	Progress Progress
	// Calibrator is shared by the experiments of one invocation so that a
	// workload is calibrated once (nil: a new one).
	Calibrator *Calibrator
}

// overridden reports whether the command line changed the size.
func (o *Options) overridden() bool {
	return len(o.Threads) > 0 || o.Reps > 0 || o.N != "" || o.Target > 0
}
