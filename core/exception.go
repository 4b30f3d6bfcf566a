package core

import "fmt"

// Exception is an instance of BaseException or a subclass (built-in or
// defined by the program): CPython's PyBaseExceptionObject, with the
// members of the subclass layouts (OSError's errno, SyntaxError's lineno,
// ...) in fields.
type Exception struct {
	Object
	Dict            *Dict
	Args            *Object // a tuple
	Traceback       *Object // a traceback object, or nil
	Cause, Context  *Object
	SuppressContext bool
	// fields holds the members of the exception's built-in layout, in the
	// order of its excLayout's members (nil entries read as None); nil for
	// BaseException's own layout.
	fields []*Object
	// written is BlockingIOError's characters_written, -1 when unset.
	written int64
}

// TraceEntry is what the printer shows of one traceback entry.
type TraceEntry struct {
	Filename string
	Line     int
	Func     string
}

func asException(o *Object) *Exception { return (*Exception)(ptrOf(o)) }

// isExceptionInstance reports whether o is an instance of BaseException
// (PyExceptionInstance_Check).
func isExceptionInstance(o *Object) bool { return o.kind == KindInstance && o.typ.IsException }

// isExceptionClass reports whether o is BaseException or a subclass
// (PyExceptionClass_Check).
func isExceptionClass(o *Object) bool { return o.kind == KindType && asType(o).IsException }

// allocException allocates an exception of class cls with the layout l:
// BaseException.__new__, which keeps the positional arguments as args and
// leaves the layout's members unset.
func (t *Thread) allocException(cls *Type, l *excLayout, args []*Object) *Exception {
	e := &Exception{written: -1}
	e.Args = t.TupleOf(args...)
	if n := len(l.members); n > 0 {
		e.fields = make([]*Object, n)
	}
	t.initObject(&e.Object, KindInstance, cls)
	if cls.Heap {
		t.Incref(&cls.Object)
	}
	return e
}

// NewException creates an exception of class tp with the given positional
// arguments, as calling the class does (new references are taken). It
// does not raise it. Should the class reject the arguments, the exception
// that constructor raised is returned instead, so that raising the result
// always reports an error.
func (t *Thread) NewException(tp *Type, args ...*Object) *Object {
	if e := t.constructException(tp, args, nil); e != nil {
		return e
	}
	return t.TakeExc()
}

func deallocException(t *Thread, o *Object) {
	e := asException(o)
	t.XDecref(e.Args)
	t.releaseChained(e.Traceback)
	t.XDecref(e.Cause)
	t.XDecref(e.Context)
	if e.Dict != nil {
		t.Decref(&e.Dict.Object)
	}
	for i, v := range e.fields {
		e.fields[i] = nil
		t.XDecref(v)
	}
	e.Args, e.Cause, e.Context, e.Dict, e.Traceback, e.fields = nil, nil, nil, nil, nil, nil
	cls := o.typ
	t.recycle(o)
	if cls.Heap {
		t.Decref(&cls.Object)
	}
}

// Raise sets exc as the exception being raised, stealing the reference.
// The exception being handled, if any, becomes its __context__, as
// CPython's _PyErr_SetObject does: any link back to exc in the handled
// exception's context chain is cut first, so that no cycle forms.
func (t *Thread) Raise(exc *Object) {
	if t.exc != nil {
		t.Decref(t.exc)
	}
	if h := t.handledException(); h != nil && h != exc && isExceptionInstance(exc) {
		t.chainContext(exc, h)
	}
	t.exc = exc
}

// chainContext makes handled the __context__ of exc.
func (t *Thread) chainContext(exc, handled *Object) {
	// Floyd's cycle detection keeps a pre-existing cycle in the chain
	// from hanging the walk.
	o, slow, toggle := handled, handled, false
	for {
		ctx := asException(o).Context
		if ctx == nil {
			break
		}
		if ctx == exc {
			asException(o).Context = nil
			t.Decref(ctx)
			break
		}
		o = ctx
		if o == slow {
			break
		}
		if toggle {
			slow = asException(slow).Context
		}
		toggle = !toggle
	}
	e := asException(exc)
	t.Incref(handled)
	old := e.Context
	e.Context = handled
	t.XDecref(old)
}

// RaiseMsg raises an exception of class tp with a formatted message and
// returns nil, so that callers can `return t.RaiseMsg(...)`.
func (t *Thread) RaiseMsg(tp *Type, format string, args ...any) *Object {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	s := t.NewStr(msg)
	exc := t.NewException(tp, s)
	t.Decref(s)
	t.Raise(exc)
	return nil
}

// Failed reports whether an exception is being raised.
func (t *Thread) Failed() bool { return t.exc != nil }

// Exc returns the exception being raised (borrowed), or nil.
func (t *Thread) Exc() *Object { return t.exc }

// TakeExc clears the exception being raised and returns it (the reference
// passes to the caller).
func (t *Thread) TakeExc() *Object {
	e := t.exc
	t.exc = nil
	return e
}

// ExcMatches reports whether the exception being raised is an instance of tp.
func (t *Thread) ExcMatches(tp *Type) bool {
	return t.exc != nil && t.exc.typ.IsSubtype(tp)
}

// ClearExc drops the exception being raised.
func (t *Thread) ClearExc() {
	if t.exc != nil {
		e := t.exc
		t.exc = nil
		t.Decref(e)
	}
}

// TypeName returns the name of o's type as CPython's error messages show
// it (its tp_name: "collections.deque" for a native type, "int" for a
// built-in one, the class name for a class).
func TypeName(o *Object) string { return o.typ.tpName() }

// excArgs returns an exception's arguments (borrowed).
func excArgs(o *Object) []*Object { return asTuple(asException(o).Args).Items }

// builtinExcBase returns the nearest built-in class of an exception class:
// the one whose layout, str and repr its instances have.
func builtinExcBase(tp *Type) *Type {
	for tp.Heap && tp.Base != nil {
		tp = tp.Base
	}
	return tp
}

// exceptionStr is str(exc) for an instance of a class defined in Python
// that does not define __str__: its built-in base's.
func exceptionStr(t *Thread, o *Object) *Object { return builtinExcBase(o.typ).Str(t, o) }

// exceptionRepr is repr(exc) for such an instance.
func exceptionRepr(t *Thread, o *Object) *Object { return builtinExcBase(o.typ).Repr(t, o) }

// baseExceptionStr is BaseException.__str__: ” for no arguments, str(arg)
// for one, str of the tuple otherwise.
func baseExceptionStr(t *Thread, o *Object) *Object {
	args := excArgs(o)
	switch len(args) {
	case 0:
		return t.NewStr("")
	case 1:
		return t.StrOf(args[0])
	}
	return t.StrOf(asException(o).Args)
}

// baseExceptionRepr is BaseException.__repr__: Name(args...), the type's
// bare name.
func baseExceptionRepr(t *Thread, o *Object) *Object {
	args := asException(o).Args
	items := asTuple(args).Items
	var r string
	var ok bool
	if len(items) == 1 {
		r, ok = t.ReprString(items[0])
		r = "(" + r + ")"
	} else {
		r, ok = t.ReprString(args)
	}
	if !ok {
		return nil
	}
	return t.NewStr(o.typ.Name + r)
}

// keyErrorStr is KeyError.__str__: a single argument is shown by its repr,
// so that {}[”] reports KeyError: ”.
func keyErrorStr(t *Thread, o *Object) *Object {
	if args := excArgs(o); len(args) == 1 {
		return t.Repr(args[0])
	}
	return baseExceptionStr(t, o)
}

// exceptionGetAttr is the attribute lookup of exceptions: instances' (the
// members are served by exceptionAttr after the class's attributes).
func exceptionGetAttr(t *Thread, o *Object, name *Str) *Object { return instanceGetAttr(t, o, name) }

// slotMethod wraps a str or repr slot as a built-in method (__str__,
// __repr__), so that super().__str__() reaches the built-in's.
func slotMethod(name string, slot func(t *Thread, o *Object) *Object) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange(name, args[1:], kwnames, 0, 0) {
			return nil
		}
		return slot(t, args[0])
	}
}

// excWithTraceback is BaseException.with_traceback(tb).
func excWithTraceback(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("with_traceback", args[1:], kwnames, 1, 1) {
		return nil
	}
	if !setExceptionTraceback(t, args[0], args[1]) {
		return nil
	}
	return t.NewRef(args[0])
}

// excAddNote is BaseException.add_note(note): appended to __notes__ (a list
// in the instance dict, created on first use).
func excAddNote(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("add_note", args[1:], kwnames, 1, 1) {
		return nil
	}
	self, note := args[0], args[1]
	if !note.typ.IsSubtype(&StrType) {
		return t.RaiseMsg(&TypeErrorType, "note must be a str, not '%s'", note.typ.Name)
	}
	notes := t.GetAttr(self, dunderNotes)
	if notes == nil {
		if !t.ExcMatches(&AttributeErrorType) {
			return nil
		}
		t.ClearExc()
		notes = &t.NewList(1).Object
		if !t.SetAttr(self, dunderNotes, notes) {
			t.Decref(notes)
			return nil
		}
	} else if notes.kind != KindList {
		t.Decref(notes)
		return t.RaiseMsg(&TypeErrorType, "Cannot add note: __notes__ is not a list")
	}
	asList(notes).Append(t, note)
	t.Decref(notes)
	return None
}

// excReduce is BaseException.__reduce__: (type, args[, dict]).
func excReduce(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__reduce__", args[1:], kwnames, 0, 0) {
		return nil
	}
	e := asException(args[0])
	if e.Dict != nil && e.Dict.Len() > 0 {
		return t.TupleOf(&args[0].typ.Object, e.Args, &e.Dict.Object)
	}
	return t.TupleOf(&args[0].typ.Object, e.Args)
}

// excSetState is BaseException.__setstate__(state): each item of the dict
// becomes an attribute.
func excSetState(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__setstate__", args[1:], kwnames, 1, 1) {
		return nil
	}
	state := args[1]
	if state == None {
		return None
	}
	if state.kind != KindDict {
		return t.RaiseMsg(&TypeErrorType, "state is not a dictionary")
	}
	keys, values := asDict(state).Items(t)
	defer t.releaseAll(keys)
	defer t.releaseAll(values)
	for i, k := range keys {
		if k.kind != KindStr {
			return t.RaiseMsg(&TypeErrorType, "attribute name must be string, not '%s'", k.typ.Name)
		}
		if !t.SetAttr(args[0], asStr(k), values[i]) {
			return nil
		}
	}
	return None
}

var dunderNotes = Intern("__notes__")

func init() {
	BaseExceptionType.def("with_traceback", excWithTraceback)
	BaseExceptionType.def("add_note", excAddNote)
	BaseExceptionType.def("__reduce__", excReduce)
	BaseExceptionType.def("__setstate__", excSetState)
	BaseExceptionType.Repr = baseExceptionRepr
	BaseExceptionType.Str = baseExceptionStr
	BaseExceptionType.defSlotWrapper("__repr__", slotMethod("__repr__", baseExceptionRepr))
	BaseExceptionType.def("__str__", slotMethod("__str__", baseExceptionStr))
	KeyErrorType.Str = keyErrorStr
	KeyErrorType.def("__str__", slotMethod("__str__", keyErrorStr))
	BaseExceptionType.GetAttr = exceptionGetAttr
	BaseExceptionType.SetAttr = instanceSetAttr
}
