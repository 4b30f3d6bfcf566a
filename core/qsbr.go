package core

import (
	"math"
	"sync"
	"sync/atomic"
)

// Quiescent-state-based reclamation (QSBR) of namespace values, after
// PEP 703's use of QSBR to let threads read dicts without locking them.
//
// Module globals, the builtins and type attributes are read without a lock
// when threads run in parallel: LOAD_GLOBAL takes the value its inline cache
// holds, the type attribute cache returns a borrowed value, and both then
// take a reference. A thread that replaces or deletes such a value must
// therefore not drop the namespace's reference at once, or a reader that had
// just loaded it could count an object already freed. The drop is deferred
// instead, until every thread running bytecode has passed a quiescent state
// (a safepoint, or being detached around a blocking call) since: by then no
// thread can still be between loading the value and counting it.
//
// Only free-threaded plans defer (under a GIL no other thread runs between a
// load and its count), and only namespace values do: they change rarely, so
// the deferred list stays short. Other containers' reads take their locks.

// BreakQSBR asks a thread to report a quiescent state at its next safepoint.
const BreakQSBR uint32 = 1 << 2

// detachedEpoch is a detached thread's quiescent epoch: it holds no
// borrowed value, so it never delays reclamation.
const detachedEpoch = math.MaxUint64

// deferredRef is a reference whose drop waits for the epoch to be seen.
type deferredRef struct {
	o     *Object
	epoch uint64
}

// qsbr is a VM's deferred-reclamation state.
type qsbr struct {
	epoch   atomic.Uint64
	mu      sync.Mutex
	pending []deferredRef
}

// deferDecref drops a reference to a namespace value once every running
// thread has passed a quiescent state; under a GIL it drops it now.
func (t *Thread) deferDecref(o *Object) {
	if !t.lockContainers || o.flags&flagImmortal != 0 || t.onlyThread() {
		t.Decref(o)
		return
	}
	q := &t.vm.qsbr
	q.mu.Lock()
	epoch := q.epoch.Add(1)
	q.pending = append(q.pending, deferredRef{o: o, epoch: epoch})
	q.mu.Unlock()
	t.vm.threadsMu.Lock()
	for _, other := range t.vm.threads {
		other.SetBreaker(BreakQSBR)
	}
	t.vm.threadsMu.Unlock()
}

// onlyThread reports whether t is the VM's only thread: then no other
// thread can be reading a namespace value, and its drop need not wait (a
// thread started later has read nothing yet). Single-threaded programs
// thus free a deleted global at once, and run its __del__, as CPython does.
func (t *Thread) onlyThread() bool {
	t.vm.threadsMu.Lock()
	defer t.vm.threadsMu.Unlock()
	return len(t.vm.threads) == 1
}

// quiescent records that t holds no borrowed namespace value, then drops
// the deferred references every running thread has seen past.
func (t *Thread) quiescent() {
	q := &t.vm.qsbr
	t.qsbrSeen.Store(q.epoch.Load())
	seen := uint64(detachedEpoch)
	t.vm.threadsMu.Lock()
	for _, other := range t.vm.threads {
		seen = min(seen, other.qsbrSeen.Load())
	}
	t.vm.threadsMu.Unlock()
	q.mu.Lock()
	var ready []*Object
	keep := q.pending[:0]
	for _, d := range q.pending {
		if d.epoch <= seen {
			ready = append(ready, d.o)
		} else {
			keep = append(keep, d)
		}
	}
	clear(q.pending[len(keep):])
	q.pending = keep
	q.mu.Unlock()
	for _, o := range ready {
		t.Decref(o)
	}
}

// waiting reports whether deferred references are pending.
func (q *qsbr) waiting() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.pending) > 0
}

// flushDeferred drops every deferred reference; only the last thread of a
// VM calls it, at shutdown, when no other thread can be reading.
func (vm *VM) flushDeferred(t *Thread) {
	for {
		vm.qsbr.mu.Lock()
		pending := vm.qsbr.pending
		vm.qsbr.pending = nil
		vm.qsbr.mu.Unlock()
		if len(pending) == 0 {
			return
		}
		for _, d := range pending {
			t.Decref(d.o)
		}
	}
}
