package core

import "sync/atomic"

// Reference counting: CPython's Py_INCREF / Py_DECREF, with the primitive
// chosen per VM by the strategy's plan.
//
// Incref and Decref are written to stay under the Go inliner's budget, so
// that the built-in primitives cost what a hard-coded increment costs plus a
// predictable branch on a field of the (hot) thread struct. Everything else —
// locked and custom counting, statistics, checked mode, biased counting's
// slow paths — lives behind one non-inlined call. `make inline-check`
// verifies that these stay inlinable.

// Biased counting's shared-field states (PEP 703's low two bits of
// ob_ref_shared).
const (
	brcShift     = 2
	brcStateMask = 1<<brcShift - 1
	brcDefault   = 0
	// brcMaybeWeakref: the object may be reached through a weak
	// reference, so a zero shared count does not mean that no other
	// thread can take a reference (core/tryincref.go).
	brcMaybeWeakref = 1
	brcQueued       = 2
	brcMerged       = 3
	brcSharedUnit   = 1 << brcShift
)

// Incref takes a new reference to o (CPython's Py_INCREF). The inlined
// fast path covers plain counting and biased counting's owner path (the
// common case PEP 703 optimises) with one comparison: the object's owner
// field against the thread's fastTid, which is the thread's id under biased
// counting, 0 (the owner field of every mortal object) under plain
// counting, and an id no object has otherwise. Immortal objects carry
// immortalTid, which no thread's fastTid equals, so the same comparison
// also sends them to the out-of-line path, which leaves their counts alone
// (PEP 683). Atomic, locked and custom counting, and biased counting's
// shared path, take one call more. Folding the immortality test into the
// owner comparison is what keeps Incref and Decref under the inliner's
// budget (make inline-check).
func (t *Thread) Incref(o *Object) {
	if atomic.LoadUint32(&o.tid) == t.fastTid {
		o.rc++
	} else {
		t.increfSlow(o)
	}
}

// Decref drops a reference to o and deallocates it when that was the last
// one (CPython's Py_DECREF). Reaching zero, like every primitive without an
// inlined path, takes one call.
func (t *Thread) Decref(o *Object) {
	if atomic.LoadUint32(&o.tid) == t.fastTid {
		o.rc--
		if o.rc != 0 {
			return
		}
	}
	t.decrefSlow(o)
}

// XDecref is Decref for a reference that may be nil (Py_XDECREF).
func (t *Thread) XDecref(o *Object) {
	if o != nil {
		t.Decref(o)
	}
}

// NewRef returns o after taking a reference to it (Py_NewRef).
func (t *Thread) NewRef(o *Object) *Object {
	t.Incref(o)
	return o
}

func (t *Thread) increfSlow(o *Object) {
	if o.flags&flagImmortal != 0 {
		return
	}
	switch t.counting {
	case CountAtomic:
		atomic.AddInt64(&o.rc, 1)
	case CountBiased:
		atomic.AddInt64(&o.shared, brcSharedUnit)
	case CountLocked:
		lockedIncref(o)
	case CountCustom:
		t.counter.Incref(t, o)
	case countInstrumented:
		t.instrumentedIncref(o)
	}
}

func (t *Thread) decrefSlow(o *Object) {
	if atomic.LoadUint32(&o.tid) == t.fastTid {
		// The inlined path took the count to zero. Immortal objects never
		// get here (their owner field matches no thread), nor does checked
		// mode (it has no inlined path), so the object is dead unless the
		// primitive says otherwise.
		switch {
		case t.counting == CountBiased && atomic.LoadInt64(&o.shared) != 0:
			// Other threads hold references: merge rather than free.
			t.mergeZeroLocal(o)
			return
		case t.counting == CountCustom && !t.ownerCounter.LocalZero(t, o):
			return
		}
		t.heap.acct.freed++
		if o.weakrefs != 0 {
			t.clearWeakrefsAtDealloc(o)
		}
		o.typ.Dealloc(t, o)
		return
	}
	if o.flags&flagImmortal != 0 {
		return
	}
	switch t.counting {
	case CountBiased:
		t.decrefShared(o)
	case CountAtomic:
		if atomic.AddInt64(&o.rc, -1) == 0 {
			t.dealloc(o)
		}
	case CountLocked:
		if lockedDecref(o) {
			t.dealloc(o)
		}
	case CountCustom:
		if t.counter.Decref(t, o) {
			t.dealloc(o)
		}
	case countInstrumented:
		t.instrumentedDecref(o)
	}
}

// primitiveIncref applies the plan's primitive without instrumentation.
func (t *Thread) primitiveIncref(o *Object) {
	switch t.base {
	case CountPlain:
		o.rc++
	case CountAtomic:
		atomic.AddInt64(&o.rc, 1)
	case CountBiased:
		owner := atomic.LoadUint32(&o.tid) == t.id
		if t.stats != nil {
			t.stats.countOwner(owner)
		}
		if owner {
			o.rc++
		} else {
			atomic.AddInt64(&o.shared, brcSharedUnit)
		}
	case CountLocked:
		t.countedLock(o)
		o.rc++
		o.rcmu.Unlock()
	case CountCustom:
		owner := t.inlineOwner && atomic.LoadUint32(&o.tid) == t.id
		if t.stats != nil && t.inlineOwner {
			t.stats.countOwner(owner)
		}
		if owner {
			o.rc++
		} else {
			t.counter.Incref(t, o)
		}
	}
}

// countedLock takes o's count lock, counting contention when -stats is on.
func (t *Thread) countedLock(o *Object) {
	if t.stats != nil && !o.rcmu.TryLock() {
		t.stats.rcLockContended++
		o.rcmu.Lock()
	} else if t.stats == nil {
		o.rcmu.Lock()
	}
}

// primitiveDecref applies the plan's primitive without instrumentation.
func (t *Thread) primitiveDecref(o *Object) {
	switch t.base {
	case CountPlain:
		o.rc--
		if o.rc == 0 {
			t.dealloc(o)
		}
	case CountAtomic:
		if atomic.AddInt64(&o.rc, -1) == 0 {
			t.dealloc(o)
		}
	case CountBiased:
		t.biasedDecref(o)
	case CountLocked:
		t.countedLock(o)
		o.rc--
		dead := o.rc == 0
		o.rcmu.Unlock()
		if dead {
			t.dealloc(o)
		}
	case CountCustom:
		t.customDecref(o)
	}
}

// customDecref is primitiveDecref's CountCustom case: the owner's inlined
// path when the plan asks for it (Plan.InlineOwner), the Counter otherwise.
func (t *Thread) customDecref(o *Object) {
	if !t.inlineOwner {
		if t.counter.Decref(t, o) {
			t.dealloc(o)
		}
		return
	}
	owner := atomic.LoadUint32(&o.tid) == t.id
	if t.stats != nil {
		t.stats.countOwner(owner)
	}
	if !owner {
		if t.counter.Decref(t, o) {
			t.dealloc(o)
		}
		return
	}
	if t.vm.checked && o.rc <= 0 {
		t.vm.noteNegative()
		return
	}
	o.rc--
	if o.rc == 0 && t.ownerCounter.LocalZero(t, o) {
		t.dealloc(o)
	}
}

func lockedIncref(o *Object) {
	o.rcmu.Lock()
	o.rc++
	o.rcmu.Unlock()
}

func lockedDecref(o *Object) bool {
	o.rcmu.Lock()
	o.rc--
	dead := o.rc == 0
	o.rcmu.Unlock()
	return dead
}

// RefCount returns o's current total count as the plan's primitive sees it
// (sys.getrefcount without the argument's own reference).
func (t *Thread) RefCount(o *Object) int64 {
	switch t.base {
	case CountBiased:
		return o.rc + atomic.LoadInt64(&o.shared)>>brcShift
	case CountAtomic:
		return atomic.LoadInt64(&o.rc)
	case CountCustom:
		return t.counter.Count(o)
	}
	return o.rc
}

// ---- biased reference counting (Choi, Shull, Torrellas, PACT 2018; PEP 703) ----

// biasedDecref is Py_DECREF under biased counting.
func (t *Thread) biasedDecref(o *Object) {
	owner := atomic.LoadUint32(&o.tid) == t.id
	if t.stats != nil {
		t.stats.countOwner(owner)
	}
	if owner {
		o.rc--
		if o.rc == 0 {
			t.mergeZeroLocal(o)
		}
		return
	}
	t.decrefShared(o)
}

// mergeZeroLocal runs when the owner's local count reaches zero: if no other
// thread holds a reference the object dies; otherwise the counts are merged
// into the shared field and the object stops having an owner.
func (t *Thread) mergeZeroLocal(o *Object) {
	shared := atomic.LoadInt64(&o.shared)
	if shared == 0 {
		t.dealloc(o)
		return
	}
	atomic.StoreUint32(&o.tid, 0)
	for {
		merged := shared&^brcStateMask | brcMerged
		if atomic.CompareAndSwapInt64(&o.shared, shared, merged) {
			if merged == brcMerged {
				t.dealloc(o)
			}
			return
		}
		shared = atomic.LoadInt64(&o.shared)
	}
}

// decrefShared is a non-owner's decrement. When the shared count would go
// below zero on an object that is neither queued nor merged, the decrement is
// not applied: the object is marked queued and handed to the strategy
// (Plan.BiasedQueue), which queues it to its owner (the queue holds the
// reference) for the owner to merge at its next safepoint.
func (t *Thread) decrefShared(o *Object) {
	for {
		shared := atomic.LoadInt64(&o.shared)
		queue := shared == 0 || shared == brcMaybeWeakref
		next := shared - brcSharedUnit
		if queue {
			next = brcQueued
		}
		if !atomic.CompareAndSwapInt64(&o.shared, shared, next) {
			continue
		}
		if queue {
			t.vm.plan.BiasedQueue(t, o)
		} else if next == brcMerged {
			t.dealloc(o)
		}
		return
	}
}

// explicitMerge folds the local count into the shared field, marks the
// object merged and ownerless, and returns the total count (plus extra).
// It runs on the owner (or once the owner has exited), the only writer of
// the local count, so it may clear the count and the owner before it
// publishes the merged state: afterwards another thread may take the
// shared count to zero and free, even reuse, the object at once, and a
// write made here after the compare-and-swap would land on the reused
// object.
func explicitMerge(o *Object, extra int64) int64 {
	local := o.rc
	o.rc = 0
	atomic.StoreUint32(&o.tid, 0)
	for {
		shared := atomic.LoadInt64(&o.shared)
		count := shared>>brcShift + local + extra
		if atomic.CompareAndSwapInt64(&o.shared, shared, count<<brcShift|brcMerged) {
			if mergePublished != nil {
				mergePublished(o)
			}
			return count
		}
	}
}

// mergePublished, when a test sets it, runs right after explicitMerge has
// published an object's merged state, where another thread may free it
// (TestMergeWritesNothingAfterPublishing).
var mergePublished func(o *Object)

// BiasedMerge merges an object that biased counting handed to the
// strategy (Plan.BiasedQueue): it folds the owner's local count into the
// shared count, applies the decrement the hand-over withheld, makes the
// object ownerless (every thread counts it on the shared count from then
// on) and frees it if no reference is left. Call it on the owner's thread,
// at a safepoint or when it exits, or on any thread once the owner has
// exited: the local count must not be changing.
func (t *Thread) BiasedMerge(o *Object) {
	if explicitMerge(o, -1) == 0 {
		t.dealloc(o)
	}
}

// ---- instrumented counting: -stats and -checked ----

func (t *Thread) instrumentedIncref(o *Object) {
	if t.stats != nil {
		t.stats.incref++
	}
	if o.flags&flagFreed != 0 {
		t.vm.noteUseAfterFree()
		return
	}
	t.primitiveIncref(o)
}

func (t *Thread) instrumentedDecref(o *Object) {
	if t.stats != nil {
		t.stats.decref++
	}
	if o.flags&flagFreed != 0 {
		t.vm.noteUseAfterFree()
		return
	}
	if t.vm.checked && t.base != CountBiased && t.base != CountCustom && t.countIsZero(o) {
		t.vm.noteNegative()
		return
	}
	t.primitiveDecref(o)
}

func (t *Thread) countIsZero(o *Object) bool {
	switch t.base {
	case CountAtomic:
		return atomic.LoadInt64(&o.rc) <= 0
	case CountLocked:
		o.rcmu.Lock()
		zero := o.rc <= 0
		o.rcmu.Unlock()
		return zero
	}
	return o.rc <= 0
}
