package core

import "sync/atomic"

// TryIncref takes a new reference to o unless its count has already
// reached zero, in which case o is being deallocated (on this or another
// thread) and must not be revived: CPython 3.13t's _Py_TryIncref, which
// weak references use to hand out their referent. It is correct under
// every primitive only while something keeps o's memory from being
// reused until the caller is done (for weak references, the shard lock
// that the deallocation takes to clear them).
func (t *Thread) TryIncref(o *Object) bool {
	if o.flags&flagImmortal != 0 {
		return true
	}
	if t.counting == countInstrumented {
		if t.stats != nil {
			t.stats.incref++
		}
		if o.flags&flagFreed != 0 {
			t.vm.noteUseAfterFree()
			return false
		}
	}
	switch t.base {
	case CountAtomic:
		for {
			n := atomic.LoadInt64(&o.rc)
			if n <= 0 {
				return false
			}
			if atomic.CompareAndSwapInt64(&o.rc, n, n+1) {
				return true
			}
		}
	case CountLocked:
		o.rcmu.Lock()
		ok := o.rc > 0
		if ok {
			o.rc++
		}
		o.rcmu.Unlock()
		return ok
	case CountBiased:
		return t.tryIncrefBiased(o)
	case CountCustom:
		return t.tryIncrefCustom(o)
	}
	if o.rc <= 0 {
		return false
	}
	o.rc++
	return true
}

// tryIncrefBiased is _Py_TryIncrefFast then _Py_TryIncRefShared: the
// owner increments its local count (if that is zero, the owner itself is
// deallocating o); another thread increments the shared count unless it
// is zero in the default state (the owner may be freeing o right now
// without looking at the shared field) or merged to zero (o is dead).
// markMaybeWeakref keeps a weakly referenced object out of the default
// state with a zero shared count.
func (t *Thread) tryIncrefBiased(o *Object) bool {
	if atomic.LoadUint32(&o.tid) == t.id {
		if o.rc <= 0 {
			return false
		}
		o.rc++
		return true
	}
	for {
		shared := atomic.LoadInt64(&o.shared)
		if shared == 0 || shared == brcMerged {
			return false
		}
		if atomic.CompareAndSwapInt64(&o.shared, shared, shared+brcSharedUnit) {
			return true
		}
	}
}

// TryCounter is a Counter that can take a reference only while the count
// is not zero (TryIncref); weak references need it to hand out their
// referent safely when threads run in parallel.
type TryCounter interface {
	Counter
	TryIncref(t *Thread, o *Object) bool
}

// tryIncrefCustom is TryIncref under CountCustom: the Counter's own when
// it has one, the owner's inlined path when the plan has it, otherwise an
// increment after a look at the count (safe under a scheduler that
// serialises threads).
func (t *Thread) tryIncrefCustom(o *Object) bool {
	if t.inlineOwner && atomic.LoadUint32(&o.tid) == t.id {
		if o.rc <= 0 {
			return false
		}
		o.rc++
		return true
	}
	if tc, ok := t.counter.(TryCounter); ok {
		return tc.TryIncref(t, o)
	}
	if t.counter.Count(o) <= 0 {
		return false
	}
	t.counter.Incref(t, o)
	return true
}

// markMaybeWeakref gives o, under biased counting, the "maybe weakref"
// shared state (PEP 703's _Py_REF_MAYBE_WEAKREF) when it is in the
// default one, so that the shared field is never zero while o may be
// reached through a weak reference: the owner's last decrement then
// frees o only through a compare-and-swap that a concurrent TryIncref
// makes fail.
func (t *Thread) markMaybeWeakref(o *Object) {
	if t.base != CountBiased {
		return
	}
	for {
		shared := atomic.LoadInt64(&o.shared)
		if shared&brcStateMask != brcDefault {
			return
		}
		if atomic.CompareAndSwapInt64(&o.shared, shared, shared|brcMaybeWeakref) {
			return
		}
	}
}
