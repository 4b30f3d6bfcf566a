package results

import "github.com/rcvm/rcvm/experiments/stats"

// Record types.
const (
	TypeMeasurement = "measurement"
	TypeSummary     = "summary"
	TypeError       = "error"
	// TypePrecision closes an adaptive experiment: how many rounds ran,
	// why they stopped, and which estimates missed their target.
	TypePrecision = "precision"
)

// Record is one line of a results file. The embedded Measurement or Summary
// is set according to Type; their fields appear at the top level of the JSON
// object so that a line reads flat (jq '.wall_seconds').
type Record struct {
	// Type is one of the Type constants.
	Type string `json:"type"`
	// Experiment is the experiment's name, e.g. "overhead".
	Experiment string `json:"experiment"`
	// Size is "quick", "full" or "custom" (overridden on the command line).
	Size string `json:"size"`
	// RunID identifies one invocation of the experiment; readers keep only
	// the newest run per experiment and host.
	RunID string `json:"run_id"`
	// Config is the measured configuration.
	Config Config `json:"config"`
	// Host is where it ran.
	Host Host `json:"host"`
	// Error explains a TypeError record, or a failed measurement.
	Error string `json:"error,omitempty"`
	// Analysis says how the experiment's records are analysed (nil in
	// files from before records carried it).
	Analysis *Analysis `json:"analysis,omitempty"`

	*Measurement
	*Summary
	// Precision is set on a TypePrecision record.
	Precision *Precision `json:"precision,omitempty"`
}

// Precision is how an experiment's adaptive repetitions ended.
type Precision struct {
	// Rounds is the number of measured rounds run; MinRounds how many the
	// size asked for before the stopping rule could stop it.
	Rounds    int `json:"rounds"`
	MinRounds int `json:"min_rounds"`
	// TargetRel and TargetAbs are the half-widths asked of the 95%
	// intervals: relative to a ratio, absolute for a speedup.
	TargetRel float64 `json:"target_rel"`
	TargetAbs float64 `json:"target_abs"`
	// BudgetSeconds is the experiment's time budget, Seconds the time
	// it took.
	BudgetSeconds float64 `json:"budget_seconds"`
	Seconds       float64 `json:"seconds"`
	// Stopped says why: "targets reached", "budget spent", "round limit",
	// "fixed repetitions" (-reps), "interrupted".
	Stopped string `json:"stopped"`
	// Estimates counts the estimates under the rule; Unmet lists those
	// that missed their target, each with its interval.
	Estimates int      `json:"estimates"`
	Unmet     []string `json:"unmet,omitempty"`
}

// Measurement is the outcome of one program run (or, for multiprocessing,
// one batch of processes started together).
type Measurement struct {
	// Rep is the repetition index, 0-based; runs with equal Rep of one
	// experiment ran in the same interleaved round.
	Rep int `json:"rep"`
	// WallSeconds is measured by the runner, from start to the exit of the
	// last process.
	WallSeconds float64 `json:"wall_seconds"`
	// UserSeconds and SysSeconds are the children's CPU times (rusage).
	UserSeconds float64 `json:"user_seconds"`
	SysSeconds  float64 `json:"sys_seconds"`
	// CPUSeconds is UserSeconds + SysSeconds.
	CPUSeconds float64 `json:"cpu_seconds"`
	// MaxRSSBytes is the largest peak resident set of the child(ren):
	// sampled from /proc (RSSSampled) in the counting modes on Linux,
	// otherwise rusage's, which on Linux is at least the runner's own peak
	// (children inherit it through vfork and exec) and so only an upper
	// bound.
	MaxRSSBytes int64 `json:"max_rss_bytes"`
	RSSSampled  bool  `json:"rss_sampled,omitempty"`
	// ExitCode is the program's exit status (the first non-zero one for
	// several processes); -1 if it was killed.
	ExitCode int `json:"exit_code"`
	// Traceback says the program printed a Python traceback although it
	// exited 0: an exception in a thread, which Python reports and then
	// carries on without that thread's work.
	Traceback bool `json:"traceback,omitempty"`
	// Report is the VM's own -report (nil for CPython); several processes'
	// reports are combined (sums, and the maximum for peaks).
	Report *Report `json:"report,omitempty"`
	// Stats holds the numeric fields of the VM's -stats file (ModeStats
	// and ModeChecked only).
	Stats map[string]float64 `json:"stats,omitempty"`
	// WorkSeconds is the time the program measured for its own work: the
	// largest of its "Duration...: X seconds" lines (several processes
	// print one each), else the VM's report, else WallSeconds. It leaves
	// out interpreter start-up, which for python3 can be large.
	WorkSeconds float64 `json:"work_seconds"`
	// Pinned names the CPU the run was pinned to ("cpu 1"), empty if it
	// was not.
	Pinned string `json:"pinned,omitempty"`
	// Disturbed says the run was slowed from outside: a single-threaded
	// CPU-bound run whose CPU time fell short of its wall time (it waited
	// for a CPU). Its round ran it again, and analyses prefer the rerun.
	Disturbed bool `json:"disturbed,omitempty"`
	// Timings are the values of the program's "Latency...: X seconds" and
	// "Duration...: X seconds" lines, by label (the text before the colon,
	// e.g. "Latency median"), in output order.
	Timings map[string][]float64 `json:"timings,omitempty"`
}

// OK reports whether the run succeeded: exit status 0 and no traceback.
func (m *Measurement) OK() bool { return m != nil && m.ExitCode == 0 && !m.Traceback }

// Report is the JSON object rcvm run -report writes, measured inside the VM.
type Report struct {
	WallSeconds      float64 `json:"wall_seconds"`
	CPUSeconds       float64 `json:"cpu_seconds"`
	GCCycles         float64 `json:"gc_cycles"`
	GCPauseSeconds   float64 `json:"gc_pause_seconds"`
	GOMAXPROCS       int     `json:"gomaxprocs"`
	PeakHeapBytes    float64 `json:"peak_heap_bytes"`
	ObjectsAllocated float64 `json:"objects_allocated"`
	HeaderBytes      float64 `json:"header_bytes"`
	Strategy         string  `json:"strategy"`
}

// Summary condenses the successful measurements of one configuration.
type Summary struct {
	// Runs is the number of measurements, Failures how many of them failed.
	Runs     int `json:"runs"`
	Failures int `json:"failures"`
	// DisturbedRuns counts runs slowed from outside that gave way to
	// their round's rerun; Runs counts one run per round.
	DisturbedRuns int `json:"disturbed_runs,omitempty"`
	// Work, Wall and CPU are medians with 95% confidence intervals of
	// WorkSeconds, WallSeconds and CPUSeconds.
	Work stats.Estimate `json:"work"`
	Wall stats.Estimate `json:"wall"`
	CPU  stats.Estimate `json:"cpu"`
	// Utilisation is the median of CPU/wall: the number of cores kept busy.
	Utilisation float64 `json:"cpu_utilisation"`
	// GCCycles and GCPauseSeconds are medians of the VM's report.
	GCCycles       float64 `json:"gc_cycles"`
	GCPauseSeconds float64 `json:"gc_pause_seconds"`
	// MedianRSSBytes is the median of the runs' peak resident sets.
	MedianRSSBytes float64 `json:"median_max_rss_bytes"`
	// Timings are medians of the program's timing lines across runs, by
	// label (e.g. "Latency median").
	TimingMedians map[string]stats.Estimate `json:"timing_medians,omitempty"`
}
