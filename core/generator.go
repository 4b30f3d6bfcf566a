package core

import (
	"sync/atomic"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// Generator is a generator, a coroutine or an asynchronous generator: a
// suspended frame and CPython's PyGenObject state around it
// (Objects/genobject.c). The frame owns its locals, cells, value stack and
// block stack while it is suspended; the generator owns the frame until it
// finishes (or is closed or freed), then drops it.
//
// The state moves created -> suspended <-> running -> completed, with a
// compare-and-swap on every entry, so that a generator resumed by two
// threads at once under the free-threaded strategies runs on one of them
// and the other gets "generator already executing"; the swap also orders
// one thread's writes to the frame before the next thread's reads.
type Generator struct {
	Object
	frame *Frame
	state atomic.Int32
	kind  genKind
	// code is gi_code, kept after the frame is gone.
	code *Code
	// name and qualname are __name__ and __qualname__ (owned strs).
	name, qualname *Object
	// exc is the exception the generator's frame is handling while it is
	// suspended (CPython's gi_exc_state): Thread.handled while it runs.
	exc *Object
	// ag holds an asynchronous generator's extra state.
	ag *asyncGenState
}

// genKind says which of CPython's three generator-like types a Generator is.
type genKind uint8

const (
	kindGenerator genKind = iota
	kindCoroutine
	kindAsyncGen
)

// Generator states (CPython's FRAME_CREATED, FRAME_SUSPENDED,
// FRAME_EXECUTING, FRAME_COMPLETED).
const (
	genCreated int32 = iota
	genSuspended
	genRunning
	genCompleted
)

// sendStatus is the outcome of resuming a generator (CPython's PySendResult).
type sendStatus uint8

const (
	sendError  sendStatus = iota // an exception is set
	sendYield                    // the generator yielded the result
	sendReturn                   // the generator returned the result
)

func asGenerator(o *Object) *Generator { return (*Generator)(ptrOf(o)) }

// kindNames are the type names the generator-like kinds use in messages.
var kindNames = [...]string{kindGenerator: "generator", kindCoroutine: "coroutine", kindAsyncGen: "async generator"}

// newGenerator wraps the frame of a call of a generator, coroutine or
// async generator function (code flags CO_GENERATOR, CO_COROUTINE,
// CO_ASYNC_GENERATOR) in the matching object.
func (t *Thread) newGenerator(f *Frame) *Object {
	g := &Generator{frame: f, code: f.code}
	tp := &GeneratorType
	switch {
	case f.code.CoFlags&bc.CoCoroutine != 0:
		g.kind, tp = kindCoroutine, &CoroutineType
	case f.code.CoFlags&bc.CoAsyncGen != 0:
		g.kind, tp = kindAsyncGen, &AsyncGeneratorType
		g.ag = &asyncGenState{}
	}
	t.Incref(&f.code.Object)
	if fn := f.fn; fn != nil {
		g.name = t.NewRef(&fn.Name.Object)
		g.qualname = t.NewStr(fn.QualName)
	} else {
		g.name = t.NewStr(f.code.Name)
		g.qualname = t.NewStr(f.code.QualName)
	}
	t.initObject(&g.Object, KindGenerator, tp)
	return &g.Object
}

// genYieldFrom returns the iterator a suspended generator delegates to
// with `yield from` or `await` (gi_yieldfrom, borrowed), or nil: the frame
// is suspended at YIELD_FROM with the iterator on top of its stack.
func (g *Generator) genYieldFrom() *Object {
	f := g.frame
	if f == nil || g.state.Load() != genSuspended || f.code.instrs[f.pc].Op != bc.YIELD_FROM {
		return nil
	}
	return f.stack[f.sp-1]
}

// genSendEx resumes g: with arg pushed as the value of the yield it is
// suspended at (nil for __next__, which pushes None), or, when exc is set,
// raising the exception already set on t at that point (throw, close).
// It is CPython's gen_send_ex2.
func (t *Thread) genSendEx(g *Generator, arg *Object, exc, closing bool) (*Object, sendStatus) {
	st := g.state.Load()
	if st == genCreated && arg != nil && arg != None && !exc {
		t.RaiseMsg(&TypeErrorType, "can't send non-None value to a just-started %s", kindNames[g.kind])
		return nil, sendError
	}
	if st == genRunning || (st == genCreated || st == genSuspended) && !g.state.CompareAndSwap(st, genRunning) {
		t.RaiseMsg(&ValueErrorType, "%s already executing", kindNames[g.kind])
		return nil, sendError
	}
	if st == genCompleted {
		if g.kind == kindCoroutine && !closing {
			t.ClearExc()
			t.RaiseMsg(&RuntimeErrorType, "cannot reuse already awaited coroutine")
		} else if arg != nil && !exc {
			return None, sendReturn
		}
		return nil, sendError
	}
	if t.depth >= t.vm.cfg.RecursionLimit {
		g.state.Store(st)
		if exc {
			t.ClearExc()
		}
		t.RaiseMsg(&RecursionErrorType, "maximum recursion depth exceeded")
		return nil, sendError
	}
	f := g.frame
	if st == genSuspended && !exc {
		if arg == nil {
			arg = None
		}
		t.Incref(arg)
		f.stack[f.sp] = arg
		f.sp++
	}
	// The generator's handled exception becomes the thread's for the run;
	// the caller's waits on the exception stack (CPython's exc_info chain).
	t.excStack = append(t.excStack, t.handled)
	t.handled, g.exc = g.exc, nil
	if exc {
		// The thrown exception's context is what the generator itself was
		// handling (CPython's _PyErr_ChainStackItem), not its caller's.
		if h := t.handled; h != nil && t.exc != nil && t.exc != h && isExceptionInstance(t.exc) {
			t.chainContext(t.exc, h)
		}
		f.throwing = true
	}
	r := t.run(f)
	n := len(t.excStack) - 1
	g.exc, t.handled = t.handled, t.excStack[n]
	t.excStack[n] = nil
	t.excStack = t.excStack[:n]
	if r != nil && f.yielded {
		g.state.Store(genSuspended)
		return r, sendYield
	}
	// The frame finished: returned (r) or raised.
	g.frame = nil
	t.releaseFrame(f)
	if g.exc != nil {
		t.Decref(g.exc)
		g.exc = nil
	}
	g.state.Store(genCompleted)
	if r != nil {
		return r, sendReturn
	}
	switch {
	case t.ExcMatches(&StopIterationType):
		t.replaceFromCause(&RuntimeErrorType, kindNames[g.kind]+" raised StopIteration")
	case g.kind == kindAsyncGen && t.ExcMatches(&StopAsyncIterationType):
		t.replaceFromCause(&RuntimeErrorType, "async generator raised StopAsyncIteration")
	}
	return nil, sendError
}

// replaceFromCause replaces the exception being raised by a new one of
// class tp whose __cause__ and __context__ are the old one (CPython's
// _PyErr_FormatFromCause).
func (t *Thread) replaceFromCause(tp *Type, msg string) {
	old := t.TakeExc()
	t.RaiseMsg(tp, "%s", msg)
	if e := t.exc; e != nil && isExceptionInstance(e) {
		ex := asException(e)
		t.Incref(old)
		t.XDecref(ex.Context)
		ex.Context = old
		t.XDecref(ex.Cause)
		ex.Cause = old
		ex.SuppressContext = true
		return
	}
	t.Decref(old)
}

// genSend is gen_send_ex: StopIteration (StopAsyncIteration for an async
// generator) carries a return value out.
func (t *Thread) genSend(g *Generator, arg *Object, exc, closing bool) *Object {
	r, st := t.genSendEx(g, arg, exc, closing)
	if st == sendReturn {
		if g.kind == kindAsyncGen {
			t.Raise(t.NewException(&StopAsyncIterationType))
		} else {
			t.setStopIterationValue(r)
		}
		t.Decref(r)
		return nil
	}
	return r
}

// setStopIterationValue raises StopIteration(v), or a bare StopIteration
// for None (CPython's _PyGen_SetStopIterationValue: the value is passed
// as the only argument, so that a tuple or an exception stays whole).
func (t *Thread) setStopIterationValue(v *Object) {
	if v == None {
		t.Raise(t.NewException(&StopIterationType))
		return
	}
	t.Raise(t.NewException(&StopIterationType, v))
}

// stopIterationValue takes the value of the StopIteration being raised
// (None if it has none) and clears it; ok is false when the exception is
// something else, which stays set (CPython's _PyGen_FetchStopIterationValue).
func (t *Thread) stopIterationValue() (*Object, bool) {
	if t.exc == nil {
		return t.NewRef(None), true
	}
	if !t.ExcMatches(&StopIterationType) {
		return nil, false
	}
	e := t.TakeExc()
	v := None
	if x := asException(e).field(0); x != nil {
		v = x
	} else if args := excArgs(e); len(args) > 0 {
		v = args[0]
	}
	t.Incref(v)
	t.Decref(e)
	return v, true
}

// generatorNext is tp_iternext: nil with no exception when the generator
// returns, as core's iterators signal exhaustion (the return value is
// only seen by next(), genNext, and yield from).
func generatorNext(t *Thread, o *Object) *Object {
	r, st := t.genSendEx(asGenerator(o), nil, false, false)
	if st == sendReturn {
		t.Decref(r)
		return nil
	}
	return r
}

// genNext is next(generator): a return value other than None is raised
// as StopIteration(value) (CPython's gen_iternext).
func (t *Thread) genNext(g *Generator) *Object {
	r, st := t.genSendEx(g, nil, false, false)
	if st == sendReturn {
		if r != None {
			t.setStopIterationValue(r)
		}
		t.Decref(r)
		return nil
	}
	return r
}

// genSendMethod is generator.send(value).
func genSendMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("send", args[1:], kwnames, 1, 1) {
		return nil
	}
	return t.genSend(asGenerator(args[0]), args[1], false, false)
}

// genThrowMethod is generator.throw(value), throw(type[, value[, tb]]).
func genThrowMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("throw", args[1:], kwnames, 1, 3) {
		return nil
	}
	var val, tb *Object
	if len(args) > 2 {
		val = args[2]
	}
	if len(args) > 3 {
		tb = args[3]
	}
	return t.genThrow(asGenerator(args[0]), true, args[1], val, tb)
}

// genThrow is CPython's _gen_throw: a generator delegating with `yield
// from` passes the exception on to its subiterator first.
func (t *Thread) genThrow(g *Generator, closeOnExit bool, typ, val, tb *Object) *Object {
	if yf := g.genYieldFrom(); yf != nil {
		t.Incref(yf)
		defer t.Decref(yf)
		if closeOnExit && t.givenMatches(typ, &GeneratorExitType) {
			g.state.Store(genRunning)
			ok := t.closeIter(yf)
			g.state.Store(genSuspended)
			if !ok {
				return t.genSend(g, nil, true, false)
			}
			return t.throwHere(g, typ, val, tb)
		}
		var r *Object
		if yf.kind == KindGenerator && asGenerator(yf).kind != kindAsyncGen {
			g.state.Store(genRunning)
			r = t.genThrow(asGenerator(yf), closeOnExit, typ, val, tb)
			g.state.Store(genSuspended)
		} else {
			meth, ok := t.LookupAttr(yf, "throw")
			if !ok {
				return nil
			}
			if meth == nil {
				return t.throwHere(g, typ, val, tb)
			}
			callArgs := []*Object{typ}
			if val != nil {
				callArgs = append(callArgs, val)
				if tb != nil {
					callArgs = append(callArgs, tb)
				}
			}
			g.state.Store(genRunning)
			r = t.Call(meth, callArgs, nil)
			g.state.Store(genSuspended)
			t.Decref(meth)
		}
		if r != nil {
			return r
		}
		// The subiterator finished: the yield from ends here, with its
		// value or by raising its exception in the generator.
		f := g.frame
		f.sp--
		it := f.stack[f.sp]
		f.stack[f.sp] = nil
		t.Decref(it)
		f.pc++
		if v, ok := t.stopIterationValue(); ok {
			res := t.genSend(g, v, false, false)
			t.Decref(v)
			return res
		}
		return t.genSend(g, nil, true, false)
	}
	return t.throwHere(g, typ, val, tb)
}

// throwHere raises the exception described by throw's arguments inside g.
func (t *Thread) throwHere(g *Generator, typ, val, tb *Object) *Object {
	if tb == None {
		tb = nil
	} else if tb != nil && tb.typ != &TracebackType {
		return t.RaiseMsg(&TypeErrorType, "throw() third argument must be a traceback object")
	}
	var exc *Object
	switch {
	case isExceptionClass(typ):
		exc = t.normalizeException(asType(typ), val)
		if exc == nil {
			return nil
		}
	case isExceptionInstance(typ):
		if val != nil && val != None {
			return t.RaiseMsg(&TypeErrorType, "instance exception may not have a separate value")
		}
		exc = t.NewRef(typ)
	default:
		return t.RaiseMsg(&TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", typ.typ.tpName())
	}
	if tb != nil {
		t.swapRef(&asException(exc).Traceback, tb)
	}
	if t.exc != nil {
		t.Decref(t.exc)
	}
	t.exc = exc
	return t.genSend(g, nil, true, false)
}

// normalizeException instantiates an exception class with throw's value
// as PyErr_NormalizeException does: no value or None calls it with no
// arguments, a tuple is the argument list, an instance of the class is
// used as it is, anything else is the one argument.
func (t *Thread) normalizeException(cls *Type, val *Object) *Object {
	switch {
	case val == nil || val == None:
		return t.Call(&cls.Object, nil, nil)
	case val.kind == KindTuple:
		return t.Call(&cls.Object, asTuple(val).Items, nil)
	case isExceptionInstance(val) && val.typ.IsSubtype(cls):
		return t.NewRef(val)
	}
	return t.Call(&cls.Object, []*Object{val}, nil)
}

// givenMatches is PyErr_GivenExceptionMatches for a class or an instance.
func (t *Thread) givenMatches(given *Object, tp *Type) bool {
	switch {
	case isExceptionClass(given):
		return asType(given).IsSubtype(tp)
	case isExceptionInstance(given):
		return given.typ.IsSubtype(tp)
	}
	return false
}

// closeIter closes the subiterator of a yield from (gen_close_iter); it
// returns false with an exception set when closing it failed.
func (t *Thread) closeIter(yf *Object) bool {
	if yf.kind == KindGenerator && asGenerator(yf).kind != kindAsyncGen {
		r := t.genClose(asGenerator(yf))
		t.XDecref(r)
		return r != nil
	}
	meth, ok := t.LookupAttr(yf, "close")
	if !ok {
		t.writeUnraisable(yf)
	}
	if meth == nil {
		return true
	}
	r := t.Call(meth, nil, nil)
	t.Decref(meth)
	t.XDecref(r)
	return r != nil
}

// genClose is generator.close(): GeneratorExit is raised where the
// generator is suspended; yielding again is a RuntimeError.
func (t *Thread) genClose(g *Generator) *Object {
	if g.state.Load() == genCreated && g.state.CompareAndSwap(genCreated, genCompleted) {
		// Nothing ran: there is nothing to unwind (CPython 3.11 runs the
		// frame to raise GeneratorExit at its first instruction, to the
		// same effect).
		t.dropFrame(g)
		return t.NewRef(None)
	}
	ok := true
	if yf := g.genYieldFrom(); yf != nil {
		t.Incref(yf)
		g.state.Store(genRunning)
		ok = t.closeIter(yf)
		g.state.Store(genSuspended)
		t.Decref(yf)
	}
	if ok {
		t.Raise(t.NewException(&GeneratorExitType))
	}
	r := t.genSend(g, nil, true, true)
	if r != nil {
		t.Decref(r)
		msg := "generator ignored GeneratorExit"
		switch g.kind {
		case kindCoroutine:
			msg = "coroutine ignored GeneratorExit"
		case kindAsyncGen:
			msg = "async generator ignored GeneratorExit"
		}
		return t.RaiseMsg(&RuntimeErrorType, "%s", msg)
	}
	if t.ExcMatches(&StopIterationType) || t.ExcMatches(&GeneratorExitType) {
		t.ClearExc()
		return t.NewRef(None)
	}
	return nil
}

// dropFrame releases a generator's frame without running it.
func (t *Thread) dropFrame(g *Generator) {
	if f := g.frame; f != nil {
		g.frame = nil
		t.releaseFrame(f)
	}
}

func genCloseMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("close", args[1:], kwnames, 0, 0) {
		return nil
	}
	return t.genClose(asGenerator(args[0]))
}

// deallocGenerator finalizes a generator as CPython's _PyGen_Finalize
// does when its count reaches zero: a generator suspended in its frame is
// closed first, so that its finally clauses and with blocks run; an
// exception that escapes is reported as unraisable.
func deallocGenerator(t *Thread, o *Object) {
	g := asGenerator(o)
	if g.state.Load() == genSuspended && g.frame != nil {
		t.resurrect(o)
		saved := t.TakeExc()
		r := t.genClose(g)
		if r == nil {
			t.writeUnraisable(o)
		}
		t.XDecref(r)
		if t.exc != nil {
			t.ClearExc()
		}
		t.exc = saved
		if !t.unresurrect(o) {
			return // closing it stored a new reference
		}
	}
	t.dropFrame(g)
	for _, p := range []**Object{&g.exc, &g.name, &g.qualname} {
		if v := *p; v != nil {
			*p = nil
			t.Decref(v)
		}
	}
	if g.ag != nil {
		t.clearAsyncGen(g)
	}
	if c := g.code; c != nil {
		g.code = nil
		t.Decref(&c.Object)
	}
	t.recycle(o)
}

// resurrect gives an object whose count reached zero one reference again,
// owned by t, so that its finalizer can pass it to Python code (CPython's
// PyObject_CallFinalizerFromDealloc). The allocation is counted again, as
// the free that follows will be.
func (t *Thread) resurrect(o *Object) {
	atomic.StoreInt64(&o.shared, 0)
	atomic.StoreInt64(&o.rc, 1)
	atomic.StoreUint32(&o.tid, t.ownerTid)
	t.heap.acct.allocated++
}

// unresurrect drops the reference resurrect gave, and reports whether that
// was the last one (the caller then frees the object); otherwise the
// finalizer stored a reference and the object lives on.
func (t *Thread) unresurrect(o *Object) bool {
	if t.RefCount(o) == 1 {
		atomic.StoreInt64(&o.rc, 0)
		atomic.StoreInt64(&o.shared, 0)
		t.heap.acct.freed++ // the second death, as resurrect counted a second birth
		return true
	}
	t.Decref(o)
	return false
}

func init() {
	for _, tp := range []*Type{&GeneratorType, &CoroutineType, &AsyncGeneratorType} {
		tp.Dealloc = deallocGenerator
		tp.Repr = generatorRepr
	}
	GeneratorType.Iter = func(t *Thread, o *Object) *Object { return t.NewRef(o) }
	GeneratorType.Next = generatorNext
	GeneratorType.def("send", genSendMethod)
	GeneratorType.def("throw", genThrowMethod)
	GeneratorType.def("close", genCloseMethod)
	for _, g := range genGetSets("gi") {
		GeneratorType.defGetSet(g)
	}
}
