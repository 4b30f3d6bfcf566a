package core

import (
	bc "github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/pynum"
)

// The tuple type's slots and methods (CPython's Objects/tupleobject.c).
// Tuples are immutable, so their items are read without a lock.

func init() {
	TupleType.Dealloc = deallocTuple
	TupleType.Repr = func(t *Thread, o *Object) *Object { return t.seqRepr(o, "(", ")") }
	TupleType.Len = func(t *Thread, o *Object) (int, bool) { return len(asTuple(o).Items), true }
	TupleType.GetItem = tupleGetItem
	TupleType.Contains = seqContains
	TupleType.Iter = func(t *Thread, o *Object) *Object { return &t.newSeqIter(&TupleIterType, o, 0).Object }
	TupleType.Compare = seqCompare
	TupleType.Hash = tupleHash
	TupleType.Binary[bc.Add] = tupleAdd
	TupleType.Binary[bc.Mul] = tupleMul
	TupleType.New = tupleNew
	TupleType.SetAttr = readOnlySetAttr
	TupleType.def("index", seqIndexMethod)
	TupleType.def("count", seqCountMethod)
}

// tupleFromItems returns a tuple that takes over the given references.
func (t *Thread) tupleFromItems(items []*Object) *Object {
	r := t.NewTuple(len(items))
	copy(r.Items, items)
	return &r.Object
}

func tupleGetItem(t *Thread, o, key *Object) *Object {
	tp := asTuple(o)
	if key.kind == KindSlice {
		start, _, step, n, ok := asSlice(key).Indices(t, len(tp.Items))
		if !ok {
			return nil
		}
		if n == len(tp.Items) && step == 1 && o.typ == &TupleType {
			return t.NewRef(o)
		}
		r := t.NewTuple(n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			t.Incref(tp.Items[j])
			r.Items[i] = tp.Items[j]
		}
		return &r.Object
	}
	i, isIndex, ok := t.indexOf(key, &IndexErrorType)
	if !ok {
		return nil
	}
	if !isIndex {
		return t.RaiseMsg(&TypeErrorType, "tuple indices must be integers or slices, not %s", key.typ.Name)
	}
	n := int64(len(tp.Items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return t.RaiseMsg(&IndexErrorType, "tuple index out of range")
	}
	return t.NewRef(tp.Items[i])
}

// tupleHash is CPython 3.8+'s tuplehash, a simplified xxHash over the
// items' hashes.
func tupleHash(t *Thread, o *Object) (int64, bool) {
	h := pynum.NewTupleHasher()
	for _, x := range asTuple(o).Items {
		xh, ok := t.hashOf(x)
		if !ok {
			return 0, false
		}
		h.Add(xh)
	}
	return h.Sum(), true
}

func tupleAdd(t *Thread, a, b *Object) *Object {
	if a.kind != KindTuple {
		return NotImplemented
	}
	if b.kind != KindTuple {
		if r := tryReflected(t, a, b, bc.Add, a.typ); r != NotImplemented {
			return r
		}
		return t.RaiseMsg(&TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", b.typ.Name)
	}
	x, y := asTuple(a).Items, asTuple(b).Items
	if len(y) == 0 && a.typ == &TupleType {
		return t.NewRef(a)
	}
	if len(x) == 0 && b.typ == &TupleType {
		return t.NewRef(b)
	}
	r := t.NewTuple(len(x) + len(y))
	for i, v := range x {
		t.Incref(v)
		r.Items[i] = v
	}
	for i, v := range y {
		t.Incref(v)
		r.Items[len(x)+i] = v
	}
	return &r.Object
}

func tupleMul(t *Thread, a, b *Object) *Object {
	seq, n, r, done := repeatOperands(t, a, b, &TupleType)
	if done {
		return r
	}
	if n == 1 && seq.typ == &TupleType {
		return t.NewRef(seq)
	}
	items, ok := t.repeatItems(asTuple(seq).Items, n)
	if !ok {
		return nil
	}
	return t.tupleFromItems(items)
}

func tupleNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if o, ok := t.subNew(&TupleType, cls, args, kwnames); ok {
		return o
	}
	if !t.ArgsRange("tuple", args, kwnames, 0, 1) {
		return nil
	}
	if len(args) == 0 {
		return &t.NewTuple(0).Object
	}
	if args[0].typ == &TupleType {
		return t.NewRef(args[0])
	}
	items, ok := t.Collect(args[0])
	if !ok {
		return nil
	}
	return t.tupleFromItems(items)
}
