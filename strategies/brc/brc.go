// Package brc is biased reference counting (Jiho Choi, Thomas Shull and
// Josep Torrellas, "Biased Reference Counting: Minimizing Atomic Operations
// in Garbage Collection", PACT 2018) as adopted by PEP 703 for free-threaded
// CPython, with no GIL.
//
// Each object records its owner (the thread that created it). The owner
// updates a non-atomic local count; other threads update an atomic shared
// count whose low two bits hold the object's state (default, queued,
// merged). When a non-owner's decrement would take the shared count below
// zero, the object is queued to its owner instead and the owner merges it
// at its next safepoint (the eval breaker); when the owner's local count
// reaches zero the counts are merged and the object is freed only if the
// merged count is zero. A thread that exits merges its queue, and an object
// whose owner is gone is merged by the thread that finds it (PEP 703's
// hand-over). Immortal objects (PEP 683) are never counted. The counting
// itself is core's biased primitive (core.CountBiased), so that the eval
// loop inlines the owner's fast path; this package is the rest of the
// algorithm, on the hooks every strategy has: the queue of each owner
// (Plan.BiasedQueue, the per-thread state of Plan.OnThreadStart), the merge
// at the owner's safepoint (core.BreakStrategy, Plan.Safepoint) and at its
// exit (Plan.OnThreadExit), and its counters. Containers are protected by
// per-object locks (PEP 703's critical sections).
package brc

import (
	"sync"

	"github.com/rcvm/rcvm/core"
)

// Strategy is the biased-reference-counting strategy.
type Strategy struct{}

// NewPlan configures core for biased counting without a GIL, with this
// interpreter's queues.
func (Strategy) NewPlan(_ *core.VM, opts core.Options) (core.Plan, error) {
	b := &brc{stats: opts.Stats, threads: map[uint32]*thread{}}
	return core.Plan{
		Counting:       core.CountBiased,
		LockContainers: true,
		OnThreadStart:  b.start,
		BiasedQueue:    b.queue,
		Safepoint:      b.safepoint,
		OnThreadExit:   b.exit,
		Counters:       b.counters,
	}, nil
}

// brc is one interpreter's hand-over state.
type brc struct {
	stats bool
	// mu guards threads and every thread's queue. Queueing is biased
	// counting's rare path, so one lock per interpreter is enough.
	mu      sync.Mutex
	threads map[uint32]*thread // live threads by id
	// queued and merged sum the counters of the threads that exited.
	queued, merged int64
}

// thread is a VM thread's state (core.Thread.State).
type thread struct {
	t *core.Thread
	// queue holds the objects other threads queued to this owner, each
	// with the reference its queuing decrement withheld (under brc.mu).
	queue []*core.Object
	// queued and merged are this thread's counters (-stats): objects it
	// queued to their owners, and queued objects it merged. Written by
	// the thread itself only.
	queued, merged int64
}

// start registers a new thread, so that other threads can queue objects to
// it from its first allocation on.
func (b *brc) start(t *core.Thread) {
	th := &thread{t: t}
	t.State = th
	b.mu.Lock()
	b.threads[t.ID()] = th
	b.mu.Unlock()
}

// queue hands an object whose shared count would have gone negative to its
// owner and asks the owner to merge it at its next safepoint. If the owner
// has exited, its local count is final and t merges the object itself
// (PEP 703: objects of a dead thread are merged by whoever finds them).
func (b *brc) queue(t *core.Thread, o *core.Object) {
	me := t.State.(*thread)
	if b.stats {
		me.queued++
	}
	b.mu.Lock()
	owner := b.threads[o.Owner()]
	if owner != nil {
		owner.queue = append(owner.queue, o)
	}
	b.mu.Unlock()
	if owner != nil {
		owner.t.SetBreaker(core.BreakStrategy)
		return
	}
	b.merge(me, o)
}

// merge merges one queued object on th's thread.
func (b *brc) merge(th *thread, o *core.Object) {
	if b.stats {
		th.merged++
	}
	th.t.BiasedMerge(o)
}

// take empties th's queue.
func (b *brc) take(th *thread) []*core.Object {
	b.mu.Lock()
	defer b.mu.Unlock()
	q := th.queue
	th.queue = nil
	return q
}

// safepoint merges the objects other threads queued to t.
func (b *brc) safepoint(t *core.Thread) {
	th := t.State.(*thread)
	for _, o := range b.take(th) {
		b.merge(th, o)
	}
}

// exit merges the thread's queue until it is empty (a merge that frees an
// object may queue others to it), then leaves the registry in the same
// critical section: from then on the queuing threads merge its objects
// themselves.
func (b *brc) exit(t *core.Thread) {
	th := t.State.(*thread)
	for {
		b.mu.Lock()
		q := th.queue
		th.queue = nil
		if len(q) == 0 {
			delete(b.threads, t.ID())
			b.queued += th.queued
			b.merged += th.merged
		}
		b.mu.Unlock()
		if len(q) == 0 {
			return
		}
		for _, o := range q {
			b.merge(th, o)
		}
	}
}

// counters are the strategy's -stats counters: core's split of the biased
// primitive's operations between the owner's path and the shared one (the
// latter atomic), and the hand-overs.
func (b *brc) counters(s *core.Stats) map[string]int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return map[string]int64{
		"atomic_ops":        s.SharedOps,
		"brc_owner_ops":     s.OwnerOps,
		"brc_shared_ops":    s.SharedOps,
		"brc_queued":        b.queued,
		"brc_merged":        b.merged,
		"lock_acquisitions": s.ContainerLocks,
		"lock_contended":    s.ContainerWaits,
	}
}

func init() {
	core.Register(core.StrategyInfo{
		Name:        "brc",
		Description: "biased reference counting, no GIL (Choi, Shull, Torrellas, PACT 2018; PEP 703)",
		Strategy:    Strategy{},
	})
}
