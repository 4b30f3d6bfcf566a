package core

import bc "github.com/rcvm/rcvm/core/bytecode"

// The eval loop's side of generators: YIELD_FROM's send into the
// subiterator and GET_YIELD_FROM_ITER.

// sendTo sends v into the iterator of a `yield from` or `await`
// (CPython's PyIter_Send): generators and coroutines are resumed
// directly; otherwise None calls __next__ and anything else send().
// sendReturn gives the subiterator's return value (its StopIteration's).
func (t *Thread) sendTo(it, v *Object) (*Object, sendStatus) {
	if it.kind == KindGenerator && asGenerator(it).kind != kindAsyncGen {
		return t.genSendEx(asGenerator(it), v, false, false)
	}
	var r *Object
	if v == None && it.typ.Next != nil {
		r = it.typ.Next(t, it)
	} else {
		r = t.CallMethod(it, "send", v)
	}
	if r != nil {
		return r, sendYield
	}
	if r, ok := t.stopIterationValue(); ok {
		return r, sendReturn
	}
	return nil, sendError
}

// yieldFromIter is GET_YIELD_FROM_ITER: a generator or coroutine is its
// own iterator (a coroutine only in a coroutine or a types.coroutine
// generator); anything else goes through iter().
func (t *Thread) yieldFromIter(code *Code, v *Object) *Object {
	if v.kind == KindGenerator {
		switch asGenerator(v).kind {
		case kindCoroutine:
			if code.CoFlags&(bc.CoCoroutine|bc.CoIterableCoroutine) == 0 {
				return t.RaiseMsg(&TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
			}
			return t.NewRef(v)
		case kindGenerator:
			return t.NewRef(v)
		}
	}
	return t.GetIter(v)
}
