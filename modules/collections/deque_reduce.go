package collections

import "github.com/rcvm/rcvm/core"

// dequeReduce is deque.__reduce__: (type(d), () or ((), maxlen),
// d.__dict__ or None, iter(d)), as CPython's deque_reduce builds it.
func dequeReduce(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("deque.__reduce__", args[1:], kwnames, 0, 0) {
		return nil
	}
	o := args[0]
	dict, ok := t.LookupAttr(o, "__dict__")
	if !ok {
		return nil
	}
	if dict == nil {
		dict = t.NewRef(core.None)
	}
	it := t.GetIter(o)
	if it == nil {
		t.Decref(dict)
		return nil
	}
	cargs := t.TupleOf()
	if ml := asDeque(o).maxlen; ml >= 0 {
		cargs = t.TupleOwned(cargs, t.NewInt(ml))
	}
	return t.TupleOwned(t.NewRef(&o.Type().Object), cargs, dict, it)
}
