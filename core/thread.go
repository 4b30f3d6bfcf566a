package core

import "sync/atomic"

// Eval-breaker bits: work a thread must do at its next safepoint.
const (
	// BreakScheduler asks the thread to call its scheduler's Safepoint (for a
	// GIL: another thread wants the lock).
	BreakScheduler uint32 = 1 << iota
	// BreakStrategy is the strategy's own bit: core calls Plan.Safepoint
	// at the thread's next safepoint (for brc: other threads queued
	// objects it owns).
	BreakStrategy
)

// BreakStop asks a worker thread to stop for good at its next safepoint:
// the program has ended (see stopOtherThreads).
const BreakStop uint32 = 1 << 3

// Thread is a VM thread: a goroutine locked to its OS thread, running
// bytecode. All reference-count operations go through the running thread,
// which carries the strategy's counting primitive and the thread's identity.
type Thread struct {
	// counting is the dispatch kind of Incref/Decref: the plan's primitive,
	// or countInstrumented while -stats or -checked is on. Kept first so
	// that the hot switch loads it at offset 0.
	counting Counting
	// fastTid selects Incref's and Decref's inlined path (see refcount.go).
	fastTid uint32
	// base is the plan's primitive.
	base Counting
	// ownerTid is the owner field of the objects t allocates: t's id under
	// biased and custom counting, 0 otherwise.
	ownerTid       uint32
	lockContainers bool
	// inlineOwner: custom counting with the owner's path inlined
	// (Plan.InlineOwner); ownerCounter is then the plan's Counter.
	inlineOwner  bool
	id           uint32
	counter      Counter
	ownerCounter OwnerCounter
	vm           *VM
	sched        Scheduler

	// breaker holds eval-breaker bits (see BreakScheduler).
	breaker atomic.Uint32

	// exc is the exception being raised (nil when none).
	exc *Object
	// handled is the exception being handled by an except clause (sys.exc_info).
	handled *Object
	// excStack holds the handled exceptions of the callers of the running
	// generators, innermost last (CPython's exc_info chain): a generator's
	// own state replaces handled while it runs.
	excStack []*Object
	// frame is the innermost running frame.
	frame *Frame
	depth int

	heap  heap
	stats *threadStats
	// types is the thread's type attribute cache (typecache.go).
	types *typeCache

	// qsbrSeen is the reclamation epoch t last reported quiescent at
	// (qsbr.go); detachedEpoch while it is detached.
	qsbrSeen atomic.Uint64

	name string
	// worker marks a thread started by StartThread (not the main thread);
	// exiting is set once it runs its exit protocol (api_thread.go).
	worker, exiting bool
	// nativeID is the OS thread's id (get_native_id).
	nativeID int
	// exitHooks run when the thread ends (OnExit).
	exitHooks []func(t *Thread)

	// Sched is free for the scheduler's per-thread state.
	Sched any
	// State is free for the strategy's per-thread state (set it in
	// Plan.OnThreadStart).
	State any

	// detached counts nested Detach calls, so that blocking builtins can nest.
	detached int

	// trash holds the references whose release deallocations of chained
	// objects (tracebacks, frame objects) defer, so that freeing a long
	// chain does not recurse (CPython's trashcan); trashing is set while
	// they are being released.
	trash    []*Object
	trashing bool
}

// ID returns the thread's id, unique within the VM and never reused.
func (t *Thread) ID() uint32 { return t.id }

// VM returns the interpreter the thread belongs to.
func (t *Thread) VM() *VM { return t.vm }

// Name returns the thread's name ("MainThread", "Thread-1 (worker)", ...).
func (t *Thread) Name() string { return t.name }

// SetBreaker sets eval-breaker bits so that the thread runs its safepoint
// work soon. Safe to call from any goroutine.
func (t *Thread) SetBreaker(bits uint32) { t.breaker.Or(bits) }

// ClearBreaker clears eval-breaker bits.
func (t *Thread) ClearBreaker(bits uint32) { t.breaker.And(^bits) }

// Breaker returns the eval-breaker bits that are set: the work pending
// for the thread's next safepoint.
func (t *Thread) Breaker() uint32 { return t.breaker.Load() }

// Safepoint does now the work the eval breaker asked for, as the eval loop
// does at a backward jump or a call (for strategy tests, and for Go code
// that runs long without returning to the eval loop). It must run on t's
// goroutine while t is attached.
func (t *Thread) Safepoint() {
	if t.breaker.Load() != 0 {
		t.safepoint()
	}
}

// safepoint does the work the eval breaker asked for.
func (t *Thread) safepoint() {
	bits := t.breaker.Load()
	if bits&BreakStrategy != 0 {
		t.breaker.And(^BreakStrategy)
		if t.vm.plan.Safepoint != nil {
			t.vm.plan.Safepoint(t)
		}
	}
	if bits&BreakQSBR != 0 {
		t.breaker.And(^BreakQSBR)
		t.quiescent()
	}
	if bits&BreakScheduler != 0 && t.sched != nil {
		t.sched.Safepoint(t)
	}
	if bits&BreakStop != 0 && t.worker && t.vm.stopping.Load() {
		// The program is over: a daemon thread stops here for good.
		t.Detach()
		t.park()
	}
}

// Detach releases what the thread holds to run bytecode (the GIL) before a
// blocking operation. Every Detach is paired with Attach.
func (t *Thread) Detach() {
	if t.detached == 0 {
		t.qsbrSeen.Store(detachedEpoch)
		if t.sched != nil {
			t.sched.Detach(t)
		}
		if t.worker && !t.exiting {
			t.vm.busy.Add(-1)
		}
	}
	t.detached++
}

// Attach takes back what Detach released.
func (t *Thread) Attach() {
	t.detached--
	if t.detached == 0 {
		if t.worker {
			// Counted before the check, so that the shutdown either sees
			// the thread busy and waits, or the thread sees the shutdown
			// (stopOtherThreads) and never runs again.
			t.vm.busy.Add(1)
			if t.vm.stopping.Load() {
				t.vm.busy.Add(-1)
				t.park()
			}
		}
		if t.sched != nil {
			t.sched.Attach(t)
		}
		t.qsbrSeen.Store(t.vm.qsbr.epoch.Load())
	}
}

// Blocking runs fn detached from the strategy (CPython's
// Py_BEGIN_ALLOW_THREADS ... Py_END_ALLOW_THREADS). fn must not touch
// Python objects.
func (t *Thread) Blocking(fn func()) {
	t.Detach()
	defer t.Attach()
	fn()
}
