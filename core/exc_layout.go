package core

// The layouts of the built-in exception classes: the members each adds to
// BaseException's (OSError's errno and strerror, SyntaxError's lineno, ...),
// its __new__ and __init__, and how calling an exception class runs them.

// memberKind says how a layout member is read and written, as CPython's
// PyMemberDef types do.
type memberKind uint8

const (
	// memberObject is _Py_T_OBJECT: None while unset, deletable.
	memberObject memberKind = iota
	// memberReadonly is a read-only _Py_T_OBJECT.
	memberReadonly
	// memberSsize is a Py_ssize_t held as an int: set from an index, not
	// deletable.
	memberSsize
)

type excMember struct {
	name string
	kind memberKind
}

// excLayout is a built-in exception layout.
type excLayout struct {
	owner   *Type // the class that introduces the layout
	members []excMember
	// new is the layout's __new__; nil means BaseException's, which keeps
	// the positional arguments.
	new func(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object
	// init is the layout's __init__ on e; args holds the positional
	// arguments, then the keyword arguments' values named by kwnames.
	init func(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool
}

// member indices of each layout.
const (
	stopValue = 0

	exitCode = 0

	importMsg, importName, importPath = 0, 1, 2

	osErrno, osStrerror, osFilename, osFilename2 = 0, 1, 2, 3

	nameName = 0

	attrName, attrObj = 0, 1

	synMsg, synFilename, synLineno, synOffset, synText, synEndLineno, synEndOffset, synPrintFileAndLine = 0, 1, 2, 3, 4, 5, 6, 7

	uniEncoding, uniObject, uniStart, uniEnd, uniReason = 0, 1, 2, 3, 4

	groupMessage, groupExceptions = 0, 1
)

func objectMembers(names ...string) []excMember {
	ms := make([]excMember, len(names))
	for i, n := range names {
		ms[i] = excMember{name: n, kind: memberObject}
	}
	return ms
}

// The layouts (their functions are set in init: they refer back to the
// layouts).
var (
	baseLayout             = &excLayout{owner: &BaseExceptionType}
	stopIterationLayout    = &excLayout{owner: &StopIterationType, members: objectMembers("value")}
	systemExitLayout       = &excLayout{owner: &SystemExitType, members: objectMembers("code")}
	importErrorLayout      = &excLayout{owner: &ImportErrorType, members: objectMembers("msg", "name", "path")}
	osErrorLayout          = &excLayout{owner: &OSErrorType, members: objectMembers("errno", "strerror", "filename", "filename2")}
	nameErrorLayout        = &excLayout{owner: &NameErrorType, members: objectMembers("name")}
	attributeErrorLayout   = &excLayout{owner: &AttributeErrorType, members: objectMembers("name", "obj")}
	syntaxErrorLayout      = &excLayout{owner: &SyntaxErrorType, members: objectMembers("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line")}
	unicodeMembers         = []excMember{{name: "encoding"}, {name: "object"}, {name: "start", kind: memberSsize}, {name: "end", kind: memberSsize}, {name: "reason"}}
	unicodeEncodeLayout    = &excLayout{owner: &UnicodeEncodeErrorType, members: unicodeMembers}
	unicodeDecodeLayout    = &excLayout{owner: &UnicodeDecodeErrorType, members: unicodeMembers}
	unicodeTranslateLayout = &excLayout{owner: &UnicodeTranslateErrorType, members: unicodeMembers}
	groupLayout            = &excLayout{owner: &BaseExceptionGroupType, members: []excMember{{name: "message", kind: memberReadonly}, {name: "exceptions", kind: memberReadonly}}}
)

// excLayouts maps each class that introduces a layout to it.
var excLayouts = map[*Type]*excLayout{}

func init() {
	inits := map[*excLayout]func(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool{
		baseLayout: baseExceptionInit, stopIterationLayout: stopIterationInit,
		systemExitLayout: systemExitInit, importErrorLayout: importErrorInit, osErrorLayout: osErrorInit,
		nameErrorLayout: nameErrorInit, attributeErrorLayout: attributeErrorInit, syntaxErrorLayout: syntaxErrorInit,
		unicodeEncodeLayout: unicodeEncodeInit, unicodeDecodeLayout: unicodeDecodeInit,
		unicodeTranslateLayout: unicodeTranslateInit, groupLayout: exceptionGroupInit,
	}
	osErrorLayout.new = osErrorNew
	groupLayout.new = exceptionGroupNew
	for l, init := range inits {
		l.init = init
		excLayouts[l.owner] = l
		l.owner.def("__init__", layoutInitMethod(l))
	}
}

// layoutOf returns the layout of an exception class's instances.
func layoutOf(tp *Type) *excLayout {
	for ; tp != nil; tp = tp.Base {
		if l := excLayouts[tp]; l != nil {
			return l
		}
	}
	return baseLayout
}

// field returns member i of e (borrowed), nil when unset.
func (e *Exception) field(i int) *Object {
	if i < len(e.fields) {
		return e.fields[i]
	}
	return nil
}

// setField stores v (nil to unset) as member i, taking a new reference.
func (e *Exception) setField(t *Thread, i int, v *Object) {
	if v != nil {
		t.Incref(v)
	}
	old := e.fields[i]
	e.fields[i] = v
	t.XDecref(old)
}

// layoutInitMethod is a layout's __init__ as a built-in method.
func layoutInitMethod(l *excLayout) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if len(args) == 0 {
			return t.RaiseMsg(&TypeErrorType, "descriptor '__init__' of '%s' object needs an argument", l.owner.Name)
		}
		self := args[0]
		if !isExceptionInstance(self) || !self.typ.IsSubtype(l.owner) {
			return t.RaiseMsg(&TypeErrorType, "descriptor '__init__' requires a '%s' object but received a '%s'", l.owner.Name, self.typ.Name)
		}
		if !l.init(t, asException(self), args[1:], kwnames) {
			return nil
		}
		return None
	}
}

// excTypeNew is the New slot of the built-in exception classes: calling
// one runs its __new__ and its __init__.
func excTypeNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	return t.constructException(cls, args, kwnames)
}

// constructException calls the exception class cls, as type.__call__
// does: the layout's __new__ (which may choose a subclass: OSError by
// errno, BaseExceptionGroup by its members), then __init__ — the built-in
// one directly, or the one the program's class defines.
func (t *Thread) constructException(cls *Type, args []*Object, kwnames []*Str) *Object {
	l := layoutOf(cls)
	var o *Object
	if l.new != nil {
		o = l.new(t, cls, args, kwnames)
	} else {
		o = &t.allocException(cls, l, args[:len(args)-len(kwnames)]).Object
	}
	if o == nil || !o.typ.IsSubtype(cls) {
		return o
	}
	if !o.typ.Heap {
		if !layoutOf(o.typ).init(t, asException(o), args, kwnames) {
			t.Decref(o)
			return nil
		}
		return o
	}
	init := t.lookupType(o.typ, dunderInit)
	if init == nil {
		return o
	}
	t.Incref(init)
	var r *Object
	if init.kind == KindBuiltin && asBuiltin(init).self == nil {
		r = t.callWithSelf(asBuiltin(init).Fn, o, args, kwnames)
	} else {
		r = t.callWithSelf(func(t *Thread, a []*Object, k []*Str) *Object { return t.Call(init, a, k) }, o, args, kwnames)
	}
	t.Decref(init)
	if r == nil {
		t.Decref(o)
		return nil
	}
	if r != None {
		name := r.typ.Name
		t.Decref(r)
		t.Decref(o)
		return t.RaiseMsg(&TypeErrorType, "__init__() should return None, not '%s'", name)
	}
	return o
}

// noKeywords fails with CPython's message when a constructor that takes
// none got keyword arguments.
func (t *Thread) noKeywords(e *Exception, kwnames []*Str) bool {
	if len(kwnames) > 0 {
		t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", e.typ.Name)
		return false
	}
	return true
}

// setArgs replaces e.args with a tuple of items.
func (t *Thread) setArgs(e *Exception, items []*Object) {
	old := e.Args
	e.Args = t.TupleOf(items...)
	t.XDecref(old)
}

// baseExceptionInit is BaseException.__init__: it replaces the arguments.
func baseExceptionInit(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool {
	if !t.noKeywords(e, kwnames) {
		return false
	}
	t.setArgs(e, args)
	return true
}

func stopIterationInit(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool {
	if !baseExceptionInit(t, e, args, kwnames) {
		return false
	}
	v := None
	if len(args) > 0 {
		v = args[0]
	}
	e.setField(t, stopValue, v)
	return true
}

func systemExitInit(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool {
	if !baseExceptionInit(t, e, args, kwnames) {
		return false
	}
	switch len(args) {
	case 0:
	case 1:
		e.setField(t, exitCode, args[0])
	default:
		e.setField(t, exitCode, e.Args)
	}
	return true
}

// keywordMembers binds the keyword-only arguments of ImportError,
// NameError and AttributeError to members (unset when not given), with
// PyArg_ParseTupleAndKeywords's message for any other name; names[i] is
// member first+i.
func (t *Thread) keywordMembers(e *Exception, fname string, first int, args []*Object, kwnames []*Str, names ...string) bool {
	npos := len(args) - len(kwnames)
	vals := make([]*Object, len(names))
	for k, kw := range kwnames {
		found := false
		for i, n := range names {
			if kw.S == n {
				vals[i], found = args[npos+k], true
			}
		}
		if !found {
			t.RaiseMsg(&TypeErrorType, "'%s' is an invalid keyword argument for %s()", kw.S, fname)
			return false
		}
	}
	t.setArgs(e, args[:npos])
	for i, v := range vals {
		e.setField(t, first+i, v)
	}
	return true
}

func importErrorInit(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool {
	if !t.keywordMembers(e, "ImportError", importName, args, kwnames, "name", "path") {
		return false
	}
	var msg *Object
	if pos := args[:len(args)-len(kwnames)]; len(pos) == 1 {
		msg = pos[0]
	}
	e.setField(t, importMsg, msg)
	return true
}

func nameErrorInit(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool {
	return t.keywordMembers(e, "NameError", nameName, args, kwnames, "name")
}

func attributeErrorInit(t *Thread, e *Exception, args []*Object, kwnames []*Str) bool {
	return t.keywordMembers(e, "AttributeError", attrName, args, kwnames, "name", "obj")
}

// importErrorStr is ImportError.__str__: the message when it is a str.
func importErrorStr(t *Thread, o *Object) *Object {
	if msg := asException(o).field(importMsg); msg != nil && msg.typ == &StrType {
		return t.NewRef(msg)
	}
	return baseExceptionStr(t, o)
}

func init() {
	ImportErrorType.Str = importErrorStr
	ImportErrorType.def("__str__", slotMethod("__str__", importErrorStr))
}
