package core

import bc "github.com/rcvm/rcvm/core/bytecode"

// Coroutines (async def) and asynchronous generators (async def with
// yield) share Generator's machinery; this file holds their types, the
// awaitable protocol (GET_AWAITABLE, async for, async with) and
// coroutine.__await__'s wrapper; asyncgen.go the async generators'
// awaitables.
//
// Not done: the "coroutine ... was never awaited" RuntimeWarning (a
// coroutine dropped before it started is freed silently), cr_origin
// tracking (always None), the aiter() and anext() builtins, and
// sys.set_asyncgen_hooks (async generators are finalized by closing them
// synchronously, like generators).

var (
	// CoroutineType is types.CoroutineType.
	CoroutineType = Type{Name: "coroutine", InstanceKind: KindGenerator}
	// AsyncGeneratorType is types.AsyncGeneratorType.
	AsyncGeneratorType = Type{Name: "async_generator", InstanceKind: KindGenerator}
	// coroWrapperType is the type of coroutine.__await__()'s result.
	coroWrapperType = Type{Name: "coroutine_wrapper", InstanceKind: KindOther}
)

// asyncGenState is an async generator's state beyond a generator's.
type asyncGenState struct {
	// finalizer is the sys.set_asyncgen_hooks finalizer, once hooked.
	finalizer *Object
	// runningAsync is set while an asend or athrow awaitable drives it.
	runningAsync bool
	// closed is set once aclose() ran or it ended with StopAsyncIteration.
	closed bool
}

// clearAsyncGen drops an async generator's extra references.
func (t *Thread) clearAsyncGen(g *Generator) {
	if f := g.ag.finalizer; f != nil {
		g.ag.finalizer = nil
		t.Decref(f)
	}
}

// isAwaitableGen reports whether o is a coroutine or a generator made
// awaitable by types.coroutine (CO_ITERABLE_COROUTINE).
func isAwaitableGen(o *Object) bool {
	if o.kind != KindGenerator {
		return false
	}
	g := asGenerator(o)
	return g.kind == kindCoroutine || g.kind == kindGenerator && g.code.CoFlags&bc.CoIterableCoroutine != 0
}

// callDunder calls type(o).name(o) with no arguments; found is false when
// the type has no such method.
func (t *Thread) callDunder(o *Object, name string) (r *Object, found bool) {
	m := t.lookupType(o.typ, Intern(name))
	if m == nil {
		return nil, false
	}
	b := t.bindAttr(m, o)
	if b == nil {
		return nil, true
	}
	r = t.Call(b, nil, nil)
	t.Decref(b)
	return r, true
}

// awaitableIter is CPython's _PyCoro_GetAwaitableIter: the iterator that
// `await o` drives. ok is false when o has no __await__ (no exception set
// then; the caller words it).
func (t *Thread) awaitableIter(o *Object) (it *Object, ok bool) {
	if isAwaitableGen(o) {
		return t.NewRef(o), true
	}
	r, found := t.callDunder(o, "__await__")
	if !found {
		return nil, false
	}
	if r == nil {
		return nil, true
	}
	if isAwaitableGen(r) {
		t.Decref(r)
		return t.RaiseMsg(&TypeErrorType, "__await__() returned a coroutine"), true
	}
	if r.typ.Next == nil {
		t.Decref(r)
		return t.RaiseMsg(&TypeErrorType, "__await__() returned non-iterator of type '%s'", r.typ.tpName()), true
	}
	return r, true
}

// getAwaitable is GET_AWAITABLE.
func (t *Thread) getAwaitable(o *Object, where int32) *Object {
	it, ok := t.awaitableIter(o)
	if !ok {
		switch where {
		case 1:
			return t.RaiseMsg(&TypeErrorType, "'async with' received an object from __aenter__ that does not implement __await__: %s", o.typ.tpName())
		case 2:
			return t.RaiseMsg(&TypeErrorType, "'async with' received an object from __aexit__ that does not implement __await__: %s", o.typ.tpName())
		}
		return t.RaiseMsg(&TypeErrorType, "object %s can't be used in 'await' expression", o.typ.tpName())
	}
	if it != nil && it.kind == KindGenerator && asGenerator(it).kind == kindCoroutine && asGenerator(it).genYieldFrom() != nil {
		t.Decref(it)
		return t.RaiseMsg(&RuntimeErrorType, "coroutine is being awaited already")
	}
	return it
}

// getAIter is GET_AITER.
func (t *Thread) getAIter(o *Object) *Object {
	it, found := t.callDunder(o, "__aiter__")
	if !found {
		return t.RaiseMsg(&TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", o.typ.tpName())
	}
	if it == nil {
		return nil
	}
	if t.lookupType(it.typ, Intern("__anext__")) == nil {
		t.Decref(it)
		return t.RaiseMsg(&TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", it.typ.tpName())
	}
	return it
}

// getANext is GET_ANEXT: the awaitable of aiter.__anext__().
func (t *Thread) getANext(aiter *Object) *Object {
	next, found := t.callDunder(aiter, "__anext__")
	if !found {
		return t.RaiseMsg(&TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", aiter.typ.tpName())
	}
	if next == nil {
		return nil
	}
	if aiter.typ == &AsyncGeneratorType {
		return next // an asend object: awaitable as it is
	}
	it, ok := t.awaitableIter(next)
	if !ok || it == nil {
		if !ok {
			t.RaiseMsg(&TypeErrorType, "'async for' received an invalid object from __anext__: %s", next.typ.tpName())
		} else {
			t.replaceFromCause(&TypeErrorType, "'async for' received an invalid object from __anext__: "+next.typ.tpName())
		}
		t.Decref(next)
		return nil
	}
	t.Decref(next)
	return it
}

// beforeAsyncWith is BEFORE_ASYNC_WITH: the bound __aexit__ and the result
// of __aenter__() (to be awaited).
func (t *Thread) beforeAsyncWith(cm *Object) (exit, res *Object) {
	return t.enterContext(cm, dunderAenter, dunderAexit, "the asynchronous context manager protocol")
}

// ---- coroutine.__await__() ----

// coroWrapper is the iterator coroutine.__await__() returns: it drives
// the coroutine as a generator would be driven.
type coroWrapper struct {
	Object
	coro *Object
}

func asCoroWrapper(o *Object) *coroWrapper { return (*coroWrapper)(ptrOf(o)) }

func coroAwait(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__await__", args[1:], kwnames, 0, 0) {
		return nil
	}
	w := &coroWrapper{coro: t.NewRef(args[0])}
	t.initObject(&w.Object, KindOther, &coroWrapperType)
	return &w.Object
}

func deallocCoroWrapper(t *Thread, o *Object) {
	w := asCoroWrapper(o)
	c := w.coro
	w.coro = nil
	t.recycle(o)
	t.XDecref(c)
}

// wrapperCoro returns the coroutine a wrapper method's self wraps.
func wrapperCoro(args []*Object) []*Object {
	a := make([]*Object, len(args))
	copy(a, args)
	a[0] = asCoroWrapper(args[0]).coro
	return a
}

func init() {
	registerType(&CoroutineType)
	registerType(&AsyncGeneratorType)
	registerType(&coroWrapperType)
	CoroutineType.def("send", genSendMethod)
	CoroutineType.def("throw", genThrowMethod)
	CoroutineType.def("close", genCloseMethod)
	CoroutineType.def("__await__", coroAwait)
	for _, g := range genGetSets("cr") {
		CoroutineType.defGetSet(g)
	}
	for _, g := range genGetSets("ag") {
		AsyncGeneratorType.defGetSet(g)
	}
	coroWrapperType.Dealloc = deallocCoroWrapper
	coroWrapperType.Iter = func(t *Thread, o *Object) *Object { return t.NewRef(o) }
	coroWrapperType.Next = func(t *Thread, o *Object) *Object {
		return t.genNext(asGenerator(asCoroWrapper(o).coro))
	}
	coroWrapperType.def("send", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		return genSendMethod(t, wrapperCoro(args), kwnames)
	})
	coroWrapperType.def("throw", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		return genThrowMethod(t, wrapperCoro(args), kwnames)
	})
	coroWrapperType.def("close", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		return genCloseMethod(t, wrapperCoro(args), kwnames)
	})
}
