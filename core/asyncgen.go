package core

// Asynchronous generators' awaitables (CPython's async_generator_asend
// and async_generator_athrow, Objects/genobject.c): __anext__() and
// asend(v) return an asend object, athrow() and aclose() an athrow
// object; awaiting one resumes the async generator until it yields one
// of its own values (the awaitable then finishes with StopIteration(value))
// while the awaits inside it pass their suspensions through.

var (
	asyncGenASendType  = Type{Name: "async_generator_asend", InstanceKind: KindOther}
	asyncGenAThrowType = Type{Name: "async_generator_athrow", InstanceKind: KindOther}
)

// awaitable states (CPython's AWAITABLE_STATE_*).
const (
	awaitInit int8 = iota
	awaitIter
	awaitClosed
)

// agAwaitable is an asend or athrow object.
type agAwaitable struct {
	Object
	gen   *Object
	state int8
	// sendval is asend's value; typ, val, tb are athrow's arguments
	// (typ nil for aclose).
	sendval, typ, val, tb *Object
	isThrow               bool
}

func asAgAwaitable(o *Object) *agAwaitable { return (*agAwaitable)(ptrOf(o)) }

func (t *Thread) newAgAwaitable(gen *Object, throw bool, vals ...*Object) *Object {
	a := &agAwaitable{gen: t.NewRef(gen), isThrow: throw}
	tp := &asyncGenASendType
	if throw {
		tp = &asyncGenAThrowType
		for i, v := range vals {
			p := []**Object{&a.typ, &a.val, &a.tb}[i]
			*p = t.XNewRef(v)
		}
	} else {
		a.sendval = t.XNewRef(vals[0])
	}
	t.initObject(&a.Object, KindOther, tp)
	return &a.Object
}

func deallocAgAwaitable(t *Thread, o *Object) {
	a := asAgAwaitable(o)
	refs := []*Object{a.gen, a.sendval, a.typ, a.val, a.tb}
	a.gen, a.sendval, a.typ, a.val, a.tb = nil, nil, nil, nil, nil
	t.recycle(o)
	for _, r := range refs {
		t.XDecref(r)
	}
}

// agUnwrap is async_gen_unwrap_value: an own yield of the generator
// finishes the awaitable with StopIteration(value); an await's suspension
// passes through; the end of the generator is StopAsyncIteration.
func (t *Thread) agUnwrap(g *Generator, r *Object, own bool) *Object {
	if r == nil {
		if !t.Failed() {
			t.Raise(t.NewException(&StopAsyncIterationType))
		}
		if t.ExcMatches(&StopAsyncIterationType) || t.ExcMatches(&GeneratorExitType) {
			g.ag.closed = true
		}
		g.ag.runningAsync = false
		return nil
	}
	if own {
		t.setStopIterationValue(r)
		t.Decref(r)
		g.ag.runningAsync = false
		return nil
	}
	return r
}

// agResume resumes g as genSend does and reports whether it stopped at
// one of its own yields.
func (t *Thread) agResume(g *Generator, arg *Object, exc bool) (*Object, bool) {
	r := t.genSend(g, arg, exc, false)
	return r, r != nil && g.frame != nil && g.frame.agYield
}

// agThrowResume is _gen_throw on the async generator.
func (t *Thread) agThrowResume(g *Generator, typ, val, tb *Object) (*Object, bool) {
	r := t.genThrow(g, false, typ, val, tb)
	return r, r != nil && g.frame != nil && g.frame.agYield
}

// asendSend is async_gen_asend_send.
func (t *Thread) asendSend(a *agAwaitable, arg *Object) *Object {
	g := asGenerator(a.gen)
	if a.state == awaitClosed {
		return t.RaiseMsg(&RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	if a.state == awaitInit {
		if g.ag.runningAsync {
			return t.RaiseMsg(&RuntimeErrorType, "anext(): asynchronous generator is already running")
		}
		if arg == nil || arg == None {
			arg = a.sendval
		}
		a.state = awaitIter
	}
	g.ag.runningAsync = true
	r, own := t.agResume(g, arg, false)
	r = t.agUnwrap(g, r, own)
	if r == nil {
		a.state = awaitClosed
	}
	return r
}

// athrowSend is async_gen_athrow_send.
func (t *Thread) athrowSend(a *agAwaitable, arg *Object) *Object {
	g := asGenerator(a.gen)
	closing := a.typ == nil
	if a.state == awaitClosed {
		return t.RaiseMsg(&RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
	}
	if g.state.Load() == genCompleted {
		a.state = awaitClosed
		t.Raise(t.NewException(&StopIterationType))
		return nil
	}
	var r *Object
	var own bool
	if a.state == awaitInit {
		if g.ag.runningAsync {
			a.state = awaitClosed
			if closing {
				return t.RaiseMsg(&RuntimeErrorType, "aclose(): asynchronous generator is already running")
			}
			return t.RaiseMsg(&RuntimeErrorType, "athrow(): asynchronous generator is already running")
		}
		if g.ag.closed {
			a.state = awaitClosed
			t.Raise(t.NewException(&StopAsyncIterationType))
			return nil
		}
		if arg != nil && arg != None {
			return t.RaiseMsg(&RuntimeErrorType, "can't send non-None value to a just-started coroutine")
		}
		a.state = awaitIter
		g.ag.runningAsync = true
		if closing {
			g.ag.closed = true
			r, own = t.agThrowResume(g, &GeneratorExitType.Object, nil, nil)
		} else {
			r, own = t.agThrowResume(g, a.typ, a.val, a.tb)
			return t.athrowCheck(a, t.agUnwrap(g, r, own))
		}
	} else {
		r, own = t.agResume(g, arg, false)
		if !closing {
			return t.athrowCheck(a, t.agUnwrap(g, r, own))
		}
	}
	if r != nil && own {
		g.ag.runningAsync = false
		t.Decref(r)
		return t.RaiseMsg(&RuntimeErrorType, "async generator ignored GeneratorExit")
	}
	return t.athrowCheck(a, r)
}

// athrowCheck is the check_error tail of async_gen_athrow_send.
func (t *Thread) athrowCheck(a *agAwaitable, r *Object) *Object {
	if r != nil {
		return r
	}
	g := asGenerator(a.gen)
	g.ag.runningAsync = false
	if t.ExcMatches(&StopAsyncIterationType) || t.ExcMatches(&GeneratorExitType) {
		a.state = awaitClosed
		if a.typ == nil {
			t.ClearExc()
			t.Raise(t.NewException(&StopIterationType))
		}
	}
	return nil
}

func agAwaitableSend(t *Thread, o, arg *Object) *Object {
	a := asAgAwaitable(o)
	if a.isThrow {
		return t.athrowSend(a, arg)
	}
	return t.asendSend(a, arg)
}

func agAwaitableSendMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("send", args[1:], kwnames, 1, 1) {
		return nil
	}
	return agAwaitableSend(t, args[0], args[1])
}

// agAwaitableThrow is asend.throw and athrow.throw.
func agAwaitableThrow(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("throw", args[1:], kwnames, 1, 3) {
		return nil
	}
	a := asAgAwaitable(args[0])
	if a.state == awaitClosed {
		if a.isThrow {
			return t.RaiseMsg(&RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
		}
		return t.RaiseMsg(&RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	var val, tb *Object
	if len(args) > 2 {
		val = args[2]
	}
	if len(args) > 3 {
		tb = args[3]
	}
	g := asGenerator(a.gen)
	r, own := t.agThrowResume(g, args[1], val, tb)
	if a.isThrow && a.typ == nil {
		if r != nil && own {
			g.ag.runningAsync = false
			t.Decref(r)
			return t.RaiseMsg(&RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		return t.athrowCheck(a, r)
	}
	r = t.agUnwrap(g, r, own)
	if r == nil {
		a.state = awaitClosed
	}
	return r
}

func agAwaitableClose(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("close", args[1:], kwnames, 0, 0) {
		return nil
	}
	asAgAwaitable(args[0]).state = awaitClosed
	return t.NewRef(None)
}

// ---- the async generator's methods ----

func agANext(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__anext__", args[1:], kwnames, 0, 0) {
		return nil
	}
	return t.newAgAwaitable(args[0], false, None)
}

func agASend(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("asend", args[1:], kwnames, 1, 1) {
		return nil
	}
	return t.newAgAwaitable(args[0], false, args[1])
}

func agAThrow(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("athrow", args[1:], kwnames, 1, 3) {
		return nil
	}
	return t.newAgAwaitable(args[0], true, args[1:]...)
}

func agAClose(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("aclose", args[1:], kwnames, 0, 0) {
		return nil
	}
	return t.newAgAwaitable(args[0], true)
}

func init() {
	for _, tp := range []*Type{&asyncGenASendType, &asyncGenAThrowType} {
		registerType(tp)
		tp.Dealloc = deallocAgAwaitable
		tp.Iter = func(t *Thread, o *Object) *Object { return t.NewRef(o) }
		tp.Next = func(t *Thread, o *Object) *Object { return agAwaitableSend(t, o, None) }
		tp.def("__await__", func(t *Thread, args []*Object, kwnames []*Str) *Object { return t.NewRef(args[0]) })
		tp.def("send", agAwaitableSendMethod)
		tp.def("throw", agAwaitableThrow)
		tp.def("close", agAwaitableClose)
	}
	AsyncGeneratorType.def("__aiter__", func(t *Thread, args []*Object, kwnames []*Str) *Object { return t.NewRef(args[0]) })
	AsyncGeneratorType.def("__anext__", agANext)
	AsyncGeneratorType.def("asend", agASend)
	AsyncGeneratorType.def("athrow", agAThrow)
	AsyncGeneratorType.def("aclose", agAClose)
}
