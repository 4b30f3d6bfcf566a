package core

import "fmt"

// Exception is an instance of BaseException or a subclass (built-in or
// defined by the program).
type Exception struct {
	Object
	Dict            *Dict
	Args            *Object // a tuple
	Traceback       []TraceEntry
	Cause, Context  *Object
	SuppressContext bool
}

// TraceEntry is one frame of a traceback, innermost last.
type TraceEntry struct {
	Filename string
	Line     int
	Func     string
}

func asException(o *Object) *Exception { return (*Exception)(ptrOf(o)) }

// The exception hierarchy (the part of CPython's the subset needs).
var (
	BaseExceptionType       = excType("BaseException", nil)
	SystemExitType          = excType("SystemExit", &BaseExceptionType)
	KeyboardInterruptType   = excType("KeyboardInterrupt", &BaseExceptionType)
	ExceptionType           = excType("Exception", &BaseExceptionType)
	StopIterationType       = excType("StopIteration", &ExceptionType)
	ArithmeticErrorType     = excType("ArithmeticError", &ExceptionType)
	ZeroDivisionErrorType   = excType("ZeroDivisionError", &ArithmeticErrorType)
	OverflowErrorType       = excType("OverflowError", &ArithmeticErrorType)
	AssertionErrorType      = excType("AssertionError", &ExceptionType)
	AttributeErrorType      = excType("AttributeError", &ExceptionType)
	LookupErrorType         = excType("LookupError", &ExceptionType)
	IndexErrorType          = excType("IndexError", &LookupErrorType)
	KeyErrorType            = excType("KeyError", &LookupErrorType)
	MemoryErrorType         = excType("MemoryError", &ExceptionType)
	NameErrorType           = excType("NameError", &ExceptionType)
	UnboundLocalErrorType   = excType("UnboundLocalError", &NameErrorType)
	RuntimeErrorType        = excType("RuntimeError", &ExceptionType)
	RecursionErrorType      = excType("RecursionError", &RuntimeErrorType)
	SystemErrorType         = excType("SystemError", &ExceptionType)
	NotImplementedErrorType = excType("NotImplementedError", &RuntimeErrorType)
	TypeErrorType           = excType("TypeError", &ExceptionType)
	ValueErrorType          = excType("ValueError", &ExceptionType)
	UnicodeErrorType        = excType("UnicodeError", &ValueErrorType)
	ImportErrorType         = excType("ImportError", &ExceptionType)
	ModuleNotFoundErrorType = excType("ModuleNotFoundError", &ImportErrorType)
	OSErrorType             = excType("OSError", &ExceptionType)
	SyntaxErrorType         = excType("SyntaxError", &ExceptionType)
	IndentationErrorType    = excType("IndentationError", &SyntaxErrorType)
	TabErrorType            = excType("TabError", &IndentationErrorType)
)

// ExceptionTypes lists the built-in exception classes (for the builtins module).
var ExceptionTypes = []*Type{
	&BaseExceptionType, &SystemExitType, &KeyboardInterruptType, &ExceptionType,
	&StopIterationType, &ArithmeticErrorType, &ZeroDivisionErrorType, &OverflowErrorType,
	&AssertionErrorType, &AttributeErrorType, &LookupErrorType, &IndexErrorType,
	&KeyErrorType, &MemoryErrorType, &NameErrorType, &UnboundLocalErrorType,
	&RuntimeErrorType, &RecursionErrorType, &SystemErrorType, &NotImplementedErrorType, &TypeErrorType,
	&ValueErrorType, &UnicodeErrorType, &ImportErrorType, &ModuleNotFoundErrorType,
	&OSErrorType, &SyntaxErrorType, &IndentationErrorType, &TabErrorType,
}

func excType(name string, base *Type) Type {
	return Type{Name: name, Base: base, InstanceKind: KindInstance, IsException: true}
}

func init() {
	for _, tp := range ExceptionTypes {
		registerType(tp)
	}
}

// NewException creates an exception of class tp with the given arguments
// (new references are taken). It does not raise it.
func (t *Thread) NewException(tp *Type, args ...*Object) *Object {
	e := &Exception{}
	e.Args = t.TupleOf(args...)
	t.initObject(&e.Object, KindInstance, tp)
	if tp.Heap {
		t.Incref(&tp.Object)
	}
	return &e.Object
}

func deallocException(t *Thread, o *Object) {
	e := asException(o)
	t.XDecref(e.Args)
	t.XDecref(e.Cause)
	t.XDecref(e.Context)
	if e.Dict != nil {
		t.Decref(&e.Dict.Object)
	}
	e.Args, e.Cause, e.Context, e.Dict, e.Traceback = nil, nil, nil, nil, nil
	if o.typ.Heap {
		t.Decref(&o.typ.Object)
	}
	t.recycle(o)
}

// Raise sets exc as the exception being raised, stealing the reference. The
// exception being handled, if any, becomes its __context__.
func (t *Thread) Raise(exc *Object) {
	if t.exc != nil {
		t.Decref(t.exc)
	}
	if t.handled != nil && t.handled != exc && exc.kind == KindInstance && exc.typ.IsException {
		e := asException(exc)
		if e.Context == nil && !causes(t.handled, exc) {
			t.Incref(t.handled)
			e.Context = t.handled
		}
	}
	t.exc = exc
}

// causes reports whether exc already appears in start's context chain
// (to avoid cycles, as CPython does).
func causes(start, exc *Object) bool {
	for o := start; o != nil && o.kind == KindInstance; o = asException(o).Context {
		if o == exc {
			return true
		}
	}
	return false
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

// TypeName returns the name of o's type, for error messages.
func TypeName(o *Object) string { return o.typ.Name }

// exceptionNew is BaseException.__new__ + __init__: it keeps the arguments.
func exceptionNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", cls.Name)
	}
	return t.NewException(cls, args...)
}

// exceptionStr is str(exc): ” for no arguments, str(arg) for one, the
// tuple's repr otherwise. KeyError shows its single argument's repr.
func exceptionStr(t *Thread, o *Object) *Object {
	if isUnicodeErrorWithFields(o) {
		return unicodeErrorStr(t, o)
	}
	args := asTuple(asException(o).Args).Items
	switch len(args) {
	case 0:
		return t.NewStr("")
	case 1:
		if o.typ.IsSubtype(&KeyErrorType) {
			return t.Repr(args[0])
		}
		return t.StrOf(args[0])
	}
	return t.Repr(asException(o).Args)
}

// exceptionRepr is repr(exc): Name(args...).
func exceptionRepr(t *Thread, o *Object) *Object {
	args := asException(o).Args
	items := asTuple(args).Items
	if len(items) == 1 {
		r, ok := t.ReprString(items[0])
		if !ok {
			return nil
		}
		return t.NewStr(o.typ.Name + "(" + r + ")")
	}
	r, ok := t.ReprString(args)
	if !ok {
		return nil
	}
	return t.NewStr(o.typ.Name + r)
}

// exceptionAttr serves the attributes every exception has.
func exceptionAttr(t *Thread, o *Object, name *Str) *Object {
	e := asException(o)
	switch name.S {
	case "args":
		return t.NewRef(e.Args)
	case "__cause__":
		if e.Cause == nil {
			return None
		}
		return t.NewRef(e.Cause)
	case "__context__":
		if e.Context == nil {
			return None
		}
		return t.NewRef(e.Context)
	case "__traceback__":
		return None
	case "code":
		if o.typ.IsSubtype(&SystemExitType) {
			items := asTuple(e.Args).Items
			switch len(items) {
			case 0:
				return None
			case 1:
				return t.NewRef(items[0])
			}
			return t.NewRef(e.Args)
		}
	}
	return nil
}

func setExceptionLink(t *Thread, o *Object, name *Str, v *Object) bool {
	e := asException(o)
	if v == None {
		v = nil
	}
	if v != nil {
		t.Incref(v)
	}
	if name.S == "__cause__" {
		t.XDecref(e.Cause)
		e.Cause = v
		e.SuppressContext = true
	} else {
		t.XDecref(e.Context)
		e.Context = v
	}
	return true
}

func exceptionGetAttr(t *Thread, o *Object, name *Str) *Object { return instanceGetAttr(t, o, name) }

// exceptionInit is BaseException.__init__: it replaces the arguments.
func exceptionInit(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", args[0].typ.Name)
	}
	e := asException(args[0])
	old := e.Args
	e.Args = t.TupleOf(args[1:]...)
	t.XDecref(old)
	return None
}

func init() {
	BaseExceptionType.def("__init__", exceptionInit)
	BaseExceptionType.New = exceptionNew
	BaseExceptionType.Repr = exceptionRepr
	BaseExceptionType.Str = exceptionStr
	BaseExceptionType.GetAttr = exceptionGetAttr
	BaseExceptionType.SetAttr = instanceSetAttr
}
