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
// interface, which is what a strategy written in another module uses.
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
	// other threads an atomic shared count. The hand-over of objects whose
	// shared count would go negative is the strategy's (Plan.BiasedQueue).
	CountBiased
	// CountLocked: every operation takes the object's own mutex.
	CountLocked
	// CountCustom: the strategy's Counter, through an interface (and, with
	// Plan.InlineOwner, core's inlined owner path for the common case).
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
// allocation path free of an interface call for every strategy. Core never
// calls a Counter for an immortal object, nor, in checked mode, for a freed
// one.
type Counter interface {
	Incref(t *Thread, o *Object)
	Decref(t *Thread, o *Object) (dead bool)
	// Count returns the object's current total count (for tests, checked
	// mode and leak reports).
	Count(o *Object) int64
}

// OwnerCounter is a Counter whose owner's path core runs itself, inlined
// into every call site as biased counting's is (Plan.InlineOwner): when the
// object's owner field (Object.Owner) is the running thread's id, core
// increments and decrements the plain count (Object.RC's rc) in place and
// calls the Counter only for every other operation — and LocalZero when
// the owner's decrement took the plain count to zero. A strategy whose
// common case is the owner's plain update (biased counting's variants,
// shared-marking, ...) then counts at the built-in primitives' speed.
type OwnerCounter interface {
	Counter
	// LocalZero runs on the owner when its plain count has just reached
	// zero; it reports whether the object is dead (core then frees it).
	LocalZero(t *Thread, o *Object) (dead bool)
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
	// a call) when t's BreakScheduler bit is set; a GIL drops and retakes
	// itself here when another thread asked for it, and clears the bit.
	Safepoint(t *Thread)
}

// Plan is how a strategy configures a VM: "a plan is a configuration of
// policies", as in MMTk. Every field is optional except as noted; the zero
// Plan is plain counting with nothing else, which is safe for one thread
// only. The package documentation has the table of these policies, their
// defaults and where core calls each.
type Plan struct {
	// Counting is the reference-counting primitive.
	Counting Counting
	// Counter implements CountCustom (required with it).
	Counter Counter
	// InlineOwner (CountCustom only; the Counter must be an OwnerCounter)
	// has core run the owner's plain updates inline, calling the Counter
	// for the others.
	InlineOwner bool
	// LockContainers protects lists, dicts, sets and instance dicts with a
	// per-object lock (PEP 703's critical sections). Required whenever
	// threads run in parallel; a GIL makes it unnecessary.
	LockContainers bool
	// Scheduler is what a thread must hold to run bytecode; nil means nothing.
	Scheduler Scheduler
	// OnThreadStart runs when core creates a VM thread, before the thread
	// runs or allocates anything (on the creating goroutine; for the main
	// thread, on the one that runs the program). It is where a strategy
	// sets up the thread's own state (Thread.State).
	OnThreadStart func(t *Thread)
	// Safepoint runs at t's next safepoint (a backward jump or a call)
	// after something set t's BreakStrategy bit (t.SetBreaker, from any
	// goroutine): the strategy's own deferred work, apart from the
	// scheduler's. Core clears the bit just before the call, so a request
	// made during it is not lost.
	Safepoint func(t *Thread)
	// OnThreadExit runs when a VM thread ends, after its last bytecode and
	// after it has detached from the scheduler (under a Scheduler it must
	// not touch objects); t allocates and counts nothing afterwards.
	OnThreadExit func(t *Thread)
	// BiasedQueue (required with CountBiased) is the biased primitive's
	// hand-over: a thread t that does not own o made a decrement that would
	// take o's shared count below zero. The primitive has marked o queued
	// and withheld that decrement (the queue now holds the reference); the
	// strategy must hand o to its owner, which calls t.BiasedMerge(o) at a
	// safepoint or when it exits, or, if the owner has exited, merge it at
	// once with t.BiasedMerge(o).
	BiasedQueue func(t *Thread, o *Object)
	// Counters returns the strategy's own counters for -stats (names in
	// snake_case, e.g. "gil_switches"), given core's counters for the run.
	Counters func(core *Stats) map[string]int64
}

// check reports a plan that core cannot run.
func (p *Plan) check() error {
	switch {
	case p.Counting == CountCustom && p.Counter == nil:
		return fmt.Errorf("CountCustom without a Counter")
	case p.InlineOwner && p.Counting != CountCustom:
		return fmt.Errorf("InlineOwner with %s counting (it is for CountCustom)", p.Counting)
	case p.Counting == CountBiased && p.BiasedQueue == nil:
		return fmt.Errorf("CountBiased without a BiasedQueue")
	case p.Counting >= countInstrumented:
		return fmt.Errorf("unknown counting primitive %s", p.Counting)
	}
	if _, ok := p.Counter.(OwnerCounter); p.InlineOwner && !ok {
		return fmt.Errorf("InlineOwner with a Counter (%T) that has no LocalZero method", p.Counter)
	}
	return nil
}

// Options are the settings a strategy may read when it builds its plan.
type Options struct {
	// SwitchInterval is the GIL's switch interval (sys.setswitchinterval).
	SwitchInterval time.Duration
	// Stats is true when per-operation counters are being collected.
	Stats bool
	// Set holds the strategy's own options as given by name, unparsed
	// (rcvm run -strategy-opt NAME=VALUE). NewVM checks them against the
	// strategy's StrategyInfo.Options; the strategy reads the parsed
	// values, defaults filled in, with String, Int, Bool, Float and
	// Duration.
	Set map[string]string

	// values are the parsed options, by name (resolveOptions).
	values map[string]any
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
	// Options declares the strategy's options (-strategy-opt NAME=VALUE),
	// which `rcvm strategies -v` lists.
	Options []OptionSpec
	// NotThreadSafe marks a strategy whose counts race on purpose when
	// threads share objects (unsafe): tests that require correct counts
	// run threaded programs only under the other strategies.
	NotThreadSafe bool
}

var (
	registryMu sync.Mutex
	registry   = map[string]StrategyInfo{}
)

// Register makes a strategy available by name (rcvm run -strategy NAME).
// Strategy packages call it from init. Registering a name twice, or
// declaring an option badly, panics: it is a programming error in the
// importing binary, not a user error.
func Register(info StrategyInfo) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[info.Name]; dup {
		panic("core: strategy registered twice: " + info.Name)
	}
	if err := checkOptionSpecs(info.Options); err != nil {
		panic("core: strategy " + info.Name + ": " + err.Error())
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
