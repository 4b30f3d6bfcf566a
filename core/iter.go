package core

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
	// size at creation in n, to detect a size change.
	cur, step, n int64
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
	it.seq, it.index, it.cur, it.step, it.n = seq, index, 0, 0, 0
	t.initObject(&it.Object, KindIterator, tp)
	return it
}

func deallocSeqIter(t *Thread, o *Object) {
	it := asSeqIter(o)
	if s := it.seq; s != nil {
		it.seq = nil
		t.Decref(s)
	}
	if t.recycle(o) {
		t.heap.iters.push(it)
	}
}

// iterSelf is the Iter slot of iterators: iter(it) is it.
func iterSelf(t *Thread, o *Object) *Object { return t.NewRef(o) }
