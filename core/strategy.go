package core

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

// Counting selects the reference-counting primitive. Core implements the
// built-in primitives behind one small switch that the Go compiler inlines
// into the eval loop (see refcount.go); CountCustom goes through the Counter
// interface at the cost of an indirect call, which is what a strategy written
// in another module pays.
type Counting uint8

// Counting primitives.
const (
	// CountPlain: non-atomic increments and decrements. Safe only when
	// something else (a GIL) serialises threads.
	CountPlain Counting = iota
	// CountAtomic: an atomic read-modify-write on every operation.
	CountAtomic
	// CountBiased: biased reference counting (Choi et al., PACT 2018;
	// PEP 703): the owner thread updates a local count non-atomically,
	// other threads an atomic shared count.
	CountBiased
	// CountLocked: every operation takes the object's own mutex.
	CountLocked
	// CountCustom: the strategy's Counter, through an interface.
	CountCustom
	// countInstrumented is the dispatch kind used while -stats or -checked
	// is on: every operation is counted and checked, then forwarded to the
	// plan's primitive. It never appears in a Plan.
	countInstrumented
)

var countingNames = [...]string{"plain", "atomic", "biased", "locked", "custom", "instrumented"}

// String names the primitive.
func (c Counting) String() string {
	if int(c) < len(countingNames) {
		return countingNames[c]
	}
	return fmt.Sprintf("Counting(%d)", c)
}

// Counter is a reference-counting primitive supplied by a strategy
// (CountCustom). Incref and Decref receive the running thread; Decref
// reports whether the count reached zero, in which case core deallocates the
// object. A Counter owns the header's count fields (Object.RC). Core hands
// it every new object with one reference and the fields set to rc = 1,
// shared = 0 and tid = the id of the creating thread, the state biased
// counting starts from; initialising them in the allocator itself keeps the
// allocation path free of an interface call for every strategy.
type Counter interface {
	Incref(t *Thread, o *Object)
	Decref(t *Thread, o *Object) (dead bool)
	// Count returns the object's current total count (for tests, checked
	// mode and leak reports).
	Count(o *Object) int64
}

// NoteNegativeRefcount records a decrement below zero (Stats.NegativeRefcount).
// Checked mode detects these itself for the built-in primitives; under
// CountCustom only the Counter knows its representation, so it reports them
// here.
func (vm *VM) NoteNegativeRefcount() { vm.noteNegative() }

// Scheduler decides what a thread must hold to run bytecode. A nil
// Scheduler means threads run freely (no GIL).
type Scheduler interface {
	// Attach blocks until thread t may run bytecode (takes the GIL).
	Attach(t *Thread)
	// Detach gives up what Attach took, around blocking calls and at exit.
	Detach(t *Thread)
	// Safepoint is called by the eval loop at a safepoint (a backward jump or
	// a call) when t's eval breaker is set; a GIL drops and retakes itself
	// here when another thread asked for it.
	Safepoint(t *Thread)
}

// Plan is how a strategy configures a VM: "a plan is a configuration of
// policies", as in MMTk.
type Plan struct {
	// Counting is the reference-counting primitive.
	Counting Counting
	// Counter implements CountCustom.
	Counter Counter
	// LockContainers protects lists, dicts, sets and instance dicts with a
	// per-object lock (PEP 703's critical sections). Required whenever
	// threads run in parallel; a GIL makes it unnecessary.
	LockContainers bool
	// Scheduler is what a thread must hold to run bytecode; nil means nothing.
	Scheduler Scheduler
	// Counters returns the strategy's own counters for -stats (names in
	// snake_case, e.g. "gil_switches"), given core's counters for the run.
	Counters func(core *Stats) map[string]int64
	// OnThreadExit runs when a VM thread ends, after its last bytecode and
	// before it detaches.
	OnThreadExit func(t *Thread)
}

// Options are the settings a strategy may read when it builds its plan.
type Options struct {
	// SwitchInterval is the GIL's switch interval (sys.setswitchinterval).
	SwitchInterval time.Duration
	// Variant selects a strategy variant (for gil: "new" or "old").
	Variant string
	// Stats is true when per-operation counters are being collected.
	Stats bool
}

// Strategy is a refcount-safety strategy. NewPlan is called once per VM
// (interpreter): strategy state such as a GIL is per interpreter, as PEP 684
// has it.
type Strategy interface {
	NewPlan(vm *VM, opts Options) (Plan, error)
}

// StrategyInfo describes a registered strategy.
type StrategyInfo struct {
	Name        string
	Description string // one line
	Strategy    Strategy
}

var (
	registryMu sync.Mutex
	registry   = map[string]StrategyInfo{}
)

// Register makes a strategy available by name (rcvm run -strategy NAME).
// Strategy packages call it from init. Registering a name twice panics: it
// is a programming error in the importing binary, not a user error.
func Register(info StrategyInfo) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[info.Name]; dup {
		panic("core: strategy registered twice: " + info.Name)
	}
	registry[info.Name] = info
}

// LookupStrategy returns the registered strategy with that name.
func LookupStrategy(name string) (StrategyInfo, bool) {
	registryMu.Lock()
	defer registryMu.Unlock()
	info, ok := registry[name]
	return info, ok
}

// Strategies lists the registered strategies, sorted by name.
func Strategies() []StrategyInfo {
	registryMu.Lock()
	defer registryMu.Unlock()
	out := make([]StrategyInfo, 0, len(registry))
	for _, s := range registry {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
