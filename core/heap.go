package core

// The heap: objects are allocated from per-thread free lists, one per
// concrete type, and go back to the free list of the thread that frees them
// (as mimalloc's thread-local heaps do in free-threaded CPython). The VM's
// steady state therefore stays off the Go allocator; Go's garbage collector
// only sees the free lists grow.
//
// In checked mode a freed object is poisoned (flagFreed) and quarantined:
// never reused, so that a later count operation on it is detected as a use
// after free instead of silently touching another object.

// freeListCap bounds each free list, as CPython bounds its free lists; the
// rest is left to Go's collector.
const freeListCap = 4096

// threadStats holds a thread's counters. The allocation counters are always
// kept (plain per-thread increments); the per-operation ones only with -stats.
type threadStats struct {
	allocated, freed   int64
	incref, decref     int64
	bytecodes          int64
	ownerOps           int64
	sharedOps          int64
	containerLocks     int64
	containerContended int64
	rcLockContended    int64
}

func (s *threadStats) add(o *threadStats) {
	s.allocated += o.allocated
	s.freed += o.freed
	s.incref += o.incref
	s.decref += o.decref
	s.bytecodes += o.bytecodes
	s.ownerOps += o.ownerOps
	s.sharedOps += o.sharedOps
	s.containerLocks += o.containerLocks
	s.containerContended += o.containerContended
	s.rcLockContended += o.rcLockContended
}

// countOwner counts an operation of a primitive with an owner's path
// (biased counting, custom counting with Plan.InlineOwner) on that path or
// on the other.
func (s *threadStats) countOwner(owner bool) {
	if owner {
		s.ownerOps++
	} else {
		s.sharedOps++
	}
}

// freeList is a bounded stack of freed objects of one concrete type.
type freeList[T any] struct{ items []*T }

func (f *freeList[T]) pop() *T {
	n := len(f.items)
	if n == 0 {
		return nil
	}
	p := f.items[n-1]
	f.items[n-1] = nil
	f.items = f.items[:n-1]
	return p
}

func (f *freeList[T]) push(p *T) {
	if len(f.items) < freeListCap {
		f.items = append(f.items, p)
	}
}

// heap is a thread's allocator state.
type heap struct {
	checked bool
	acct    threadStats

	ints   freeList[Int]
	floats freeList[Float]
	strs   freeList[Str]
	bytes  freeList[Bytes]
	lists  freeList[List]
	dicts  freeList[Dict]
	tuples [tupleFreeSizes]freeList[Tuple]
	iters  freeList[SeqIter]
	meths  freeList[Method]
	frames []*Frame
}

// release drops a dying thread's free lists.
func (h *heap) release() { *h = heap{checked: h.checked, acct: h.acct} }

// initObject gives a freshly allocated or recycled object its header and
// its first reference, owned by t: rc 1, shared 0 and the owner field set
// to t's ownerTid (its id under biased and custom counting, 0 otherwise).
// It is small enough to be inlined into every allocator.
func (t *Thread) initObject(o *Object, k Kind, tp *Type) {
	o.rc, o.shared, o.tid, o.kind, o.flags, o.typ = 1, 0, t.ownerTid, k, 0, tp
	t.heap.acct.allocated++
}

// dealloc frees an object whose count reached zero.
func (t *Thread) dealloc(o *Object) {
	if o.flags&(flagImmortal|flagFreed) != 0 {
		if o.flags&flagFreed != 0 {
			t.vm.noteUseAfterFree()
		}
		return
	}
	t.heap.acct.freed++
	if o.weakrefs != 0 {
		t.clearWeakrefsAtDealloc(o)
	}
	o.typ.Dealloc(t, o)
}

// recycle reports whether a deallocated object's memory may be reused; in
// checked mode it poisons the object instead.
func (t *Thread) recycle(o *Object) bool {
	if t.heap.checked {
		o.flags |= flagFreed
		return false
	}
	return true
}
