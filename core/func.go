package core

import (
	"sync/atomic"

	"github.com/rcvm/rcvm/core/bytecode"
)

// BuiltinFunc is the Go signature of a built-in function or method: args
// holds the positional arguments followed by the keyword arguments' values,
// named by kwnames (nil when there are none). Methods receive self as
// args[0]. The result is a new reference, or nil with an exception set.
type BuiltinFunc func(t *Thread, args []*Object, kwnames []*Str) *Object

// Builtin is a built-in function, or a built-in method (bound when self is
// set, a descriptor in its type's dict otherwise).
type Builtin struct {
	Object
	Name  string
	Fn    BuiltinFunc
	self  *Object // bound receiver, or nil
	owner *Type   // the type a method descriptor belongs to
	mkind methodKind
}

func asBuiltin(o *Object) *Builtin { return (*Builtin)(ptrOf(o)) }

// newStaticBuiltin makes an immortal built-in (module functions, methods).
func newStaticBuiltin(name string, fn BuiltinFunc) *Builtin {
	b := &Builtin{Name: name, Fn: fn}
	b.rc, b.kind, b.flags, b.typ = 1, KindBuiltin, flagImmortal, &BuiltinType
	b.tid = immortalTid
	return b
}

// NewBuiltin returns an immortal built-in function object, for modules and
// for strategies or embedders that add functions.
func NewBuiltin(name string, fn BuiltinFunc) *Object { return &newStaticBuiltin(name, fn).Object }

// bindBuiltin returns a new built-in bound to self (x.append as a value).
func (t *Thread) bindBuiltin(b *Builtin, self *Object) *Object {
	nb := &Builtin{Name: b.Name, Fn: b.Fn, owner: b.owner, self: self, mkind: b.mkind}
	t.Incref(self)
	t.initObject(&nb.Object, KindBuiltin, boundTypeOf(b.mkind))
	return &nb.Object
}

func deallocBuiltin(t *Thread, o *Object) {
	b := asBuiltin(o)
	if b.self != nil {
		s := b.self
		b.self = nil
		t.Decref(s)
	}
	t.recycle(o)
}

// Code is a code object: the compiled bytecode with its constants turned
// into (immortal) objects and its names interned.
type Code struct {
	Object
	*bytecode.Code
	// instrs is Code.Instrs with superinstructions (bytecode.Quicken): what
	// the eval loop runs.
	instrs []bytecode.Instr
	consts []*Object
	names  []*Str
	// varNames are the local names as strs (keyword-argument matching).
	varNames []*Str
	// cell2arg is Code.Cell2Arg, or nil when no parameter is a cell.
	cell2arg []int
	nlocals  int
	ncells   int
	// frameSize is the number of slots a frame needs: locals, cells, stack.
	frameSize int
	// kwCache holds, at each KW_NAMES constant's index, its names as strs
	// (prepared when the code is loaded, so that calls do not allocate).
	kwCache [][]*Str
	// globalCaches are LOAD_GLOBAL's inline caches, one per name.
	globalCaches []atomic.Pointer[globalCache]
	// attrHints are LOAD_ATTR's and STORE_ATTR's entry hints, one per name.
	attrHints attrHints
}

func asCode(o *Object) *Code { return (*Code)(ptrOf(o)) }

// Function is a Python function object.
type Function struct {
	Object
	Code       *Code
	Globals    *Dict
	Name       *Str
	QualName   string
	Defaults   []*Object // positional defaults (owned references)
	KwDefaults *Dict     // keyword-only defaults, or nil
	Closure    []*Object // cells (owned references)
	Dict       *Dict     // function attributes, created on demand
	Module     *Object   // __module__ (owned), or nil
	Doc        *Object   // __doc__ (owned), or nil for None
	// Annotations is __annotations__ (owned): nil until set or read, the
	// tuple of names and values MAKE_FUNCTION builds, or a dict.
	Annotations *Object
}

func asFunction(o *Object) *Function { return (*Function)(ptrOf(o)) }

func deallocFunction(t *Thread, o *Object) {
	f := asFunction(o)
	for _, d := range f.Defaults {
		t.Decref(d)
	}
	for _, c := range f.Closure {
		t.Decref(c)
	}
	f.Defaults, f.Closure = nil, nil
	if f.KwDefaults != nil {
		t.Decref(&f.KwDefaults.Object)
		f.KwDefaults = nil
	}
	if f.Dict != nil {
		t.Decref(&f.Dict.Object)
		f.Dict = nil
	}
	t.releaseFunctionAttrs(f)
	t.Decref(&f.Globals.Object)
	t.recycle(o)
}

// Method is a bound method: a function and the instance it is bound to.
type Method struct {
	Object
	Func *Object
	Self *Object
}

func asMethod(o *Object) *Method { return (*Method)(ptrOf(o)) }

// NewMethod binds fn to self (new references to both are taken).
func (t *Thread) NewMethod(fn, self *Object) *Object {
	m := t.heap.meths.pop()
	if m == nil {
		m = new(Method)
	}
	t.Incref(fn)
	t.Incref(self)
	m.Func, m.Self = fn, self
	t.initObject(&m.Object, KindMethod, &MethodType)
	return &m.Object
}

func deallocMethod(t *Thread, o *Object) {
	m := asMethod(o)
	fn, self := m.Func, m.Self
	m.Func, m.Self = nil, nil
	t.Decref(fn)
	t.Decref(self)
	if t.recycle(o) {
		t.heap.meths.push(m)
	}
}

// Module is a module object: a name and a namespace.
type Module struct {
	Object
	Name string
	Dict *Dict
}

func asModule(o *Object) *Module { return (*Module)(ptrOf(o)) }
