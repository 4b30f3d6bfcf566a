package core

import (
	"sync/atomic"
	"unsafe"
)

// SeqIter is the layout shared by the index-driven iterators: list, tuple
// and str iterators (CPython's listiterator, tupleiterator, str iterator),
// their reversed forms, dict and set iterators, and the range iterator. One
// layout lets them all share the thread's iterator free list, so that a for
// loop does not touch the Go allocator. The type says how the fields are
// read (see iterators.go).
type SeqIter struct {
	Object
	// seq is the object iterated over (a new reference), or nil once the
	// iterator is exhausted. The range iterator does not need one.
	seq *Object
	// index is the position of the next item: an item index for sequences
	// (counting down for the reversed ones), a byte offset for str, an
	// entry or slot position for dicts and sets.
	index int
	// cur and step are the range iterator's next value and step; n is the
	// number of values left. Dict and set iterators keep the container's
	// size at creation in n, to detect a size change; dict iterators count
	// the items still to come in cur, to detect changed keys.
	cur, step, n int64
	// held keeps the sequence of an exhausted iterator alive until the
	// iterator dies, under free-threaded strategies only: another thread
	// sharing the iterator may still be reading the sequence it loaded
	// before the iterator ran out (free-threaded CPython defers such frees
	// with QSBR instead).
	held *Object
}

func asSeqIter(o *Object) *SeqIter { return (*SeqIter)(ptrOf(o)) }

// newSeqIter returns an iterator of type tp over seq (a new reference to
// seq is taken when it is not nil), starting at index.
func (t *Thread) newSeqIter(tp *Type, seq *Object, index int) *SeqIter {
	it := t.heap.iters.pop()
	if it == nil {
		it = new(SeqIter)
	}
	if seq != nil {
		t.Incref(seq)
	}
	it.seq, it.index, it.cur, it.step, it.n, it.held = seq, index, 0, 0, 0, nil
	t.initObject(&it.Object, KindIterator, tp)
	return it
}

func deallocSeqIter(t *Thread, o *Object) {
	it := asSeqIter(o)
	if s := it.seq; s != nil {
		it.seq = nil
		t.Decref(s)
	}
	if h := it.held; h != nil {
		it.held = nil
		t.Decref(h)
	}
	if t.recycle(o) {
		t.heap.iters.push(it)
	}
}

// loadSeq returns the object iterated over, or nil once exhausted. The
// load is atomic because under a free-threaded strategy several threads may
// share one iterator; the index is read into a local and bounds-checked, so
// a shared iterator may repeat or skip items (as in free-threaded CPython)
// but never fails.
func (it *SeqIter) loadSeq() *Object {
	return (*Object)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(&it.seq))))
}

// exhaust marks the iterator exhausted and drops its reference to the
// sequence (or, under a free-threaded strategy, parks it in held), exactly
// once even when threads race to the end.
func (it *SeqIter) exhaust(t *Thread) {
	seq := (*Object)(atomic.SwapPointer((*unsafe.Pointer)(unsafe.Pointer(&it.seq)), nil))
	switch {
	case seq == nil:
	case t.lockContainers:
		it.held = seq
	default:
		t.Decref(seq)
	}
}

// iterSelf is the Iter slot of iterators: iter(it) is it.
func iterSelf(t *Thread, o *Object) *Object { return t.NewRef(o) }
