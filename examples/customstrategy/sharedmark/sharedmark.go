// Package sharedmark is a reference-counting strategy written outside the
// rcvm module, through core's public API only: shared-marking, the scheme
// of Lean 4 (Sebastian Ullrich and Leonardo de Moura, "Counting Immutable
// Beans: Reference Counting Optimized for Purely Functional Programming",
// IFL 2019) and Koka (Alex Reinking, Ningning Xie, Leonardo de Moura and
// Daan Leijen, "Perceus: Garbage Free Reference Counting with Reuse",
// PLDI 2021). An object is counted with plain, non-atomic operations while
// only the thread that created it uses it; once it is marked shared, every
// thread, its creator included, counts it atomically. No GIL: containers
// take per-object locks.
//
// Lean and Koka mark an object (and what it reaches) when it is published
// to another thread, for instance when it is captured by a new task. rcvm
// has no hook at publication, so here the mark is taken by the second
// thread, at its first increment or decrement of the object. That thread
// cannot turn the creator's plain count into an atomic one in place, since
// the creator may be updating it at that moment; so the object's header
// keeps two counts, as in biased reference counting (Jiho Choi, Thomas
// Shull and Josep Torrellas, PACT 2018), and the hand-over follows BRC's
// queue to the owner:
//
//   - rc is the creator's plain count; only the creator writes it.
//   - shared is an atomic count shifted left by two, with the object's
//     state in the low bits: private (only the creator has counted it),
//     marked (another thread has counted it and queued it to the creator)
//     or shared (the counts are folded together).
//   - tid is the creator's thread id, or 0 once the object is shared.
//
// Another thread's first update marks the object and queues it to its
// creator, the queue holding one extra reference. The creator folds its
// plain count into shared at its next safepoint (or at once, when its plain
// count runs out; or when it exits); from then on the object has a single
// atomic count, and whichever thread takes it to zero frees it. If the
// creator has already exited, the marking thread folds the count itself.
// Unlike BRC, which keeps the owner's non-atomic path for the object's
// whole life and merges only when a count runs out, a shared object stays
// atomic for everyone, as in Lean and Koka.
package sharedmark

import (
	"sync"
	"sync/atomic"

	"github.com/rcvm/rcvm/core"
)

// Name is the name the strategy registers under.
const Name = "sharedmark"

// The shared field: a count shifted left by shift, the state in the low
// bits.
const (
	shift        = 2
	unit         = 1 << shift
	stateMask    = unit - 1
	statePrivate = 0 // only the creator has counted it
	stateMarked  = 1 // another thread counted it; queued to the creator
	stateShared  = 3 // folded: the count lives here alone
)

func init() {
	core.Register(core.StrategyInfo{
		Name:        Name,
		Description: "shared-marking: plain counts until a second thread touches an object, then atomic (Lean 4, Koka)",
		Strategy:    Strategy{},
	})
}

// Strategy is the shared-marking strategy.
type Strategy struct{}

// NewPlan gives each VM its own Counter. Core runs the owner's plain
// updates itself, inlined into the eval loop as it does for the built-in
// primitives (InlineOwner), and calls the Counter for every other update;
// the Counter's queues are set up, drained and handed over on the thread
// hooks every strategy has.
func (Strategy) NewPlan(vm *core.VM, opts core.Options) (core.Plan, error) {
	c := &Counter{vm: vm, stats: opts.Stats, threads: map[uint32]*thread{}}
	return core.Plan{
		Counting:       core.CountCustom,
		Counter:        c,
		InlineOwner:    true,
		LockContainers: true,
		OnThreadStart:  c.start,
		Safepoint:      c.safepoint,
		OnThreadExit:   c.exit,
		Counters:       c.counters,
	}, nil
}

// Counter implements core.OwnerCounter for one VM: the updates of threads
// other than an object's owner, and the owner's fold when its plain count
// runs out.
type Counter struct {
	vm    *core.VM
	stats bool

	mu      sync.Mutex
	threads map[uint32]*thread // live threads by id
	total   ops                // counters of the threads that exited
}

// thread is a VM thread's state, kept in core.Thread.State.
type thread struct {
	t     *core.Thread
	queue []*core.Object // marked by other threads, one reference each
	ops   ops            // written by this thread only
}

// ops are the strategy's own counters (the owner's plain updates are
// core's: Stats.OwnerOps).
type ops struct{ atomic, marked, folded int64 }

// Incref takes a reference for a thread that is not the object's owner
// (core does the owner's increments itself): atomically.
func (c *Counter) Incref(t *core.Thread, o *core.Object) {
	c.shared(t, o, o.Owner(), 1)
}

// Decref drops a reference for a thread that is not the object's owner,
// and reports whether it was the last one.
func (c *Counter) Decref(t *core.Thread, o *core.Object) (dead bool) {
	return c.shared(t, o, o.Owner(), -1)
}

// LocalZero runs on the owner when core's plain decrement took its count
// to zero: the object is dead unless another thread has counted it.
func (c *Counter) LocalZero(t *core.Thread, o *core.Object) (dead bool) {
	_, shared, _ := o.RC()
	if atomic.LoadInt64(shared) == 0 {
		return true // no other thread ever counted it
	}
	return c.fold(t, o) == 0
}

// shared applies d to the atomic count. On an object that is still
// private, it marks the object and queues it to its owner.
func (c *Counter) shared(t *core.Thread, o *core.Object, owner uint32, d int64) (dead bool) {
	_, shared, _ := o.RC()
	if c.stats {
		t.State.(*thread).ops.atomic++
	}
	n := atomic.AddInt64(shared, d*unit)
	switch n & stateMask {
	case stateShared:
		if n < stateShared { // below zero: undo, as checked mode does
			atomic.AddInt64(shared, -d*unit)
			c.vm.NoteNegativeRefcount()
			return false
		}
		return n == stateShared
	case stateMarked:
		return false // the owner's fold will count this update
	}
	for s := n; s&stateMask == statePrivate; s = atomic.LoadInt64(shared) {
		if atomic.CompareAndSwapInt64(shared, s, (s+unit)|stateMarked) {
			c.enqueue(t, owner, o) // the queue holds one reference
			return false
		}
	}
	return false // marked by another thread or folded by the owner meanwhile
}

// enqueue hands a newly marked object, with the queue's reference, to its
// owner; if the owner has exited, its plain count is final and t folds it.
func (c *Counter) enqueue(t *core.Thread, owner uint32, o *core.Object) {
	if c.stats {
		t.State.(*thread).ops.marked++
	}
	c.mu.Lock()
	th := c.threads[owner]
	if th != nil {
		th.queue = append(th.queue, o)
	}
	c.mu.Unlock()
	if th != nil {
		th.t.SetBreaker(core.BreakStrategy)
		return
	}
	c.fold(t, o)
	t.Decref(o) // the queue's reference
}

// fold adds the owner's plain count to the atomic count, makes the object
// shared and returns its total count. It runs on the owner, or on any
// thread once the owner has exited.
func (c *Counter) fold(t *core.Thread, o *core.Object) int64 {
	rc, shared, tid := o.RC()
	atomic.StoreUint32(tid, 0)
	for {
		s := atomic.LoadInt64(shared)
		if s&stateMask == stateShared {
			return s >> shift
		}
		n := s>>shift + *rc
		if atomic.CompareAndSwapInt64(shared, s, n<<shift|stateShared) {
			if c.stats {
				t.State.(*thread).ops.folded++
			}
			return n
		}
	}
}

// Count returns the object's total count. Called by a thread other than
// the owner of a private object, it reads the owner's plain count without
// synchronisation, so it is exact only when that owner is not running.
func (c *Counter) Count(o *core.Object) int64 {
	rc, shared, _ := o.RC()
	s := atomic.LoadInt64(shared)
	switch s & stateMask {
	case stateShared:
		return s >> shift
	case stateMarked:
		return *rc + s>>shift - 1 // less the queue's reference
	}
	return *rc + s>>shift
}

// start registers a new thread, before it allocates anything, so that
// other threads can queue objects to it (Plan.OnThreadStart).
func (c *Counter) start(t *core.Thread) {
	th := &thread{t: t}
	t.State = th
	c.mu.Lock()
	c.threads[t.ID()] = th
	c.mu.Unlock()
}

// safepoint folds the objects other threads queued to t (Plan.Safepoint,
// after they set its core.BreakStrategy bit).
func (c *Counter) safepoint(t *core.Thread) {
	c.drain(t, t.State.(*thread).take(c))
}

// take empties the thread's queue.
func (th *thread) take(c *Counter) []*core.Object {
	c.mu.Lock()
	defer c.mu.Unlock()
	q := th.queue
	th.queue = nil
	return q
}

// drain folds the queued objects and drops the queue's references.
func (c *Counter) drain(t *core.Thread, q []*core.Object) {
	for _, o := range q {
		c.fold(t, o)
		t.Decref(o)
	}
}

// exit is the plan's OnThreadExit. The thread folds its queue until it is
// empty (freeing objects may queue more), then leaves the registry in the
// same critical section, after its last plain update: from then on the
// other threads fold its objects themselves.
func (c *Counter) exit(t *core.Thread) {
	th := t.State.(*thread)
	for {
		c.mu.Lock()
		q := th.queue
		th.queue = nil
		if len(q) == 0 {
			delete(c.threads, t.ID())
			c.total.atomic += th.ops.atomic
			c.total.marked += th.ops.marked
			c.total.folded += th.ops.folded
		}
		c.mu.Unlock()
		if len(q) == 0 {
			return
		}
		c.drain(t, q)
	}
}

// counters are the strategy's -stats counters: plain (core's owner path)
// and atomic count updates, objects marked shared and folds ("atomic_ops"
// counts every atomic read-modify-write, as the built-in strategies report
// it).
func (c *Counter) counters(s *core.Stats) map[string]int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return map[string]int64{
		"sharedmark_plain_ops":  s.OwnerOps,
		"sharedmark_atomic_ops": c.total.atomic,
		"sharedmark_marked":     c.total.marked,
		"sharedmark_folded":     c.total.folded,
		"atomic_ops":            c.total.atomic + c.total.marked + c.total.folded,
		"lock_acquisitions":     s.ContainerLocks,
		"lock_contended":        s.ContainerWaits,
	}
}
