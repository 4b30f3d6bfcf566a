package core

import (
	"sync"
	"unsafe"
)

// The built-in types. Their slots are filled by each type's own file (in an
// init function); readyTypes completes them (headers, MRO, method tables)
// once, before the first VM starts.
var (
	ObjectType         = Type{Name: "object"}
	TypeType           = Type{Name: "type"}
	NoneType           = Type{Name: "NoneType"}
	NotImplementedType = Type{Name: "NotImplementedType"}
	EllipsisType       = Type{Name: "ellipsis"}
	IntType            = Type{Name: "int", InstanceKind: KindInt}
	BoolType           = Type{Name: "bool", InstanceKind: KindBool, Base: &IntType}
	FloatType          = Type{Name: "float", InstanceKind: KindFloat}
	StrType            = Type{Name: "str", InstanceKind: KindStr}
	TupleType          = Type{Name: "tuple", InstanceKind: KindTuple}
	ListType           = Type{Name: "list", InstanceKind: KindList}
	DictType           = Type{Name: "dict", InstanceKind: KindDict}
	SetType            = Type{Name: "set", InstanceKind: KindSet}
	FrozenSetType      = Type{Name: "frozenset", InstanceKind: KindFrozenSet}
	RangeType          = Type{Name: "range", InstanceKind: KindRange}
	SliceType          = Type{Name: "slice", InstanceKind: KindSlice}
	FunctionType       = Type{Name: "function", InstanceKind: KindFunction}
	BuiltinType        = Type{Name: "builtin_function_or_method", InstanceKind: KindBuiltin}
	MethodType         = Type{Name: "method", InstanceKind: KindMethod}
	ModuleType         = Type{Name: "module", InstanceKind: KindModule}
	CellType           = Type{Name: "cell", InstanceKind: KindCell}
	CodeType           = Type{Name: "code", InstanceKind: KindOther}
	GeneratorType      = Type{Name: "generator", InstanceKind: KindGenerator}
	BytesType          = Type{Name: "bytes", InstanceKind: KindBytes}
	ByteArrayType      = Type{Name: "bytearray", InstanceKind: KindByteArray}
	MemoryViewType     = Type{Name: "memoryview", InstanceKind: KindMemoryView}
)

// builtinTypes lists every built-in type readyTypes must complete. Files that
// define more types (iterators, exceptions, modules' types) add theirs with
// registerType from an init function.
var builtinTypes = []*Type{
	&ObjectType, &TypeType, &NoneType, &NotImplementedType, &EllipsisType,
	&IntType, &BoolType, &FloatType, &StrType, &TupleType, &ListType, &DictType,
	&SetType, &FrozenSetType, &RangeType, &SliceType, &FunctionType, &BuiltinType,
	&MethodType, &ModuleType, &CellType, &CodeType, &GeneratorType,
	&BytesType, &ByteArrayType, &MemoryViewType,
}

// registerType adds a built-in type defined outside this file.
func registerType(tp *Type) { builtinTypes = append(builtinTypes, tp) }

// methodDef is a built-in method waiting to be placed in its type's dict.
type methodDef struct {
	tp   *Type
	name string
	fn   BuiltinFunc
	kind methodKind
}

type methodKind uint8

const (
	plainMethod methodKind = iota
	classMethod
	staticMethod
	// slotWrapper is a dunder method that calls a slot (deque.__len__); it
	// checks its self with CPython's wrapper_descriptor messages.
	slotWrapper
	// tpNewMethod is a type's __new__, bound to the type (CPython's
	// tp_new_wrapper): object.__new__(cls).
	tpNewMethod
)

var pendingMethods []methodDef

// def declares a built-in method of a type. fn receives self as args[0].
func (tp *Type) def(name string, fn BuiltinFunc) {
	pendingMethods = append(pendingMethods, methodDef{tp, name, fn, plainMethod})
}

// defSlotWrapper declares a slot wrapper of a type (api_descr.go).
func (tp *Type) defSlotWrapper(name string, fn BuiltinFunc) {
	pendingMethods = append(pendingMethods, methodDef{tp, name, fn, slotWrapper})
}

// defClass declares a built-in class method (e.g. dict.fromkeys); fn
// receives the class as args[0].
func (tp *Type) defClass(name string, fn BuiltinFunc) {
	pendingMethods = append(pendingMethods, methodDef{tp, name, fn, classMethod})
}

// defStatic declares a built-in static method (e.g. bytes.maketrans): it
// is stored unbound and receives no self.
func (tp *Type) defStatic(name string, fn BuiltinFunc) {
	pendingMethods = append(pendingMethods, methodDef{tp, name, fn, staticMethod})
}

var readyOnce sync.Once

// readyTypes completes the built-in types: immortal headers, MROs,
// method dicts. It runs once per process.
func readyTypes() {
	readyOnce.Do(func() {
		for _, tp := range builtinTypes {
			tp.rc, tp.kind, tp.flags, tp.typ = 1, KindType, flagImmortal, &TypeType
			tp.tid = immortalTid
			if tp.Module == "" {
				tp.Module = "builtins"
			}
			if tp.Dict == nil {
				tp.Dict = newStaticDict()
			}
		}
		own := make([]Slots, len(builtinTypes))
		for i, tp := range builtinTypes {
			own[i] = tp.Slots
		}
		for _, tp := range builtinTypes {
			if tp != &ObjectType && tp.Base == nil {
				tp.Base = &ObjectType
			}
			tp.MRO = computeMRO(tp)
			tp.Dict.watch = watchType
			inheritSlots(tp)
		}
		t := bootThread()
		for _, m := range pendingMethods {
			b := newStaticBuiltin(m.name, m.fn)
			if m.kind != staticMethod {
				b.owner = m.tp
			}
			b.mkind = m.kind
			b.typ = descrTypeOf(m.kind)
			m.tp.Dict.SetStr(t, internName(m.name), &b.Object)
		}
		pendingMethods = nil
		readyStatics(t)
		readyDescrs(t)
		readyConsts(t)
		for i, tp := range builtinTypes[:len(own)] {
			addOperators(t, tp, &own[i])
			addDoc(t, tp)
		}
		for _, h := range readyHooks {
			h()
		}
		typesReady.Store(true)
	})
}

var readyHooks []func()

// afterReadyTypes registers a function that completes built-in types once
// readyTypes has built them (ExceptionGroup's MRO over two bases).
func afterReadyTypes(f func()) { readyHooks = append(readyHooks, f) }

// computeMRO returns the type followed by its bases (single inheritance).
func computeMRO(tp *Type) []*Type {
	var mro []*Type
	for b := tp; b != nil; b = b.Base {
		mro = append(mro, b)
	}
	return mro
}

// inheritSlots copies unset slots from the base chain, as CPython's
// inherit_slots does.
func inheritSlots(tp *Type) {
	for b := tp.Base; b != nil; b = b.Base {
		inheritFrom(tp, b)
	}
}

func inheritFrom(tp, b *Type) {
	if tp.Repr == nil {
		tp.Repr = b.Repr
	}
	if tp.Str == nil {
		tp.Str = b.Str
	}
	if tp.Hash == nil {
		tp.Hash = b.Hash
	}
	if tp.Compare == nil {
		tp.Compare = b.Compare
	}
	if tp.Truth == nil {
		tp.Truth = b.Truth
	}
	if tp.Len == nil {
		tp.Len = b.Len
	}
	if tp.GetItem == nil {
		tp.GetItem = b.GetItem
	}
	if tp.SetItem == nil {
		tp.SetItem = b.SetItem
	}
	if tp.Contains == nil {
		tp.Contains = b.Contains
	}
	if tp.Iter == nil {
		tp.Iter = b.Iter
	}
	if tp.Next == nil {
		tp.Next = b.Next
	}
	if tp.Call == nil && b != &TypeType {
		tp.Call = b.Call
	}
	if tp.GetAttr == nil {
		tp.GetAttr = b.GetAttr
	}
	if tp.SetAttr == nil {
		tp.SetAttr = b.SetAttr
	}
	for i := range tp.Binary {
		if tp.Binary[i] == nil {
			tp.Binary[i] = b.Binary[i]
		}
		if tp.Inplace[i] == nil {
			tp.Inplace[i] = b.Inplace[i]
		}
	}
	if tp.Neg == nil {
		tp.Neg = b.Neg
	}
	if tp.Pos == nil {
		tp.Pos = b.Pos
	}
	if tp.Invert == nil {
		tp.Invert = b.Invert
	}
	if tp.Abs == nil {
		tp.Abs = b.Abs
	}
	if tp.Dealloc == nil {
		tp.Dealloc = b.Dealloc
	}
	if tp.Format == nil {
		tp.Format = b.Format
	}
	if tp.GetBuffer == nil {
		tp.GetBuffer, tp.ReleaseBuffer = b.GetBuffer, b.ReleaseBuffer
	}
	if tp.New == nil && b != &ObjectType {
		tp.New = b.New
	}
	if tp.InstanceKind == 0 && tp != &NoneType {
		tp.InstanceKind = b.InstanceKind
	}
}

// internName returns the process-wide immortal str for a name.
func internName(s string) *Str { return Intern(s) }

// ptrOf converts an object header to an unsafe.Pointer for a concrete-type
// conversion (see the package comment).
func ptrOf(o *Object) unsafe.Pointer { return unsafe.Pointer(o) }

// bootThread is a thread that belongs to no VM, used at start-up to build
// immortal objects (plain counting; nothing it builds is ever freed).
func bootThread() *Thread {
	return &Thread{counting: CountPlain, base: CountPlain, vm: bootVM}
}

var bootVM = &VM{}
