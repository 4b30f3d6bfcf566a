package core

// SeqIter iterates over a list, tuple or str by index (CPython's
// listiterator, tupleiterator and str iterator).
type SeqIter struct {
	Object
	seq   *Object
	index int
}

func asSeqIter(o *Object) *SeqIter { return (*SeqIter)(ptrOf(o)) }
