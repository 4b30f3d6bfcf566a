package core

import (
	"sort"
	"strings"
)

// Calling a type (CPython's type_call): __new__ creates the object, then
// __init__ initialises it when it is an instance of the type called; and
// the built-in __new__, __init__, __call__, __init_subclass__ and
// __prepare__ of object and type as attributes, so that metaclasses and
// classes with their own __new__ can call them through super().

var (
	// objectNewBuiltin is object.__new__, typeNewBuiltin type.__new__:
	// built-in methods bound to their type, as CPython's tp_new_wrapper.
	objectNewBuiltin *Object
	typeNewBuiltin   *Object
)

// callType implements calling a type: int(x), MyClass(...), type(name,
// bases, ns), Meta(name, bases, ns).
func callType(t *Thread, callee *Object, args []*Object, kwnames []*Str) *Object {
	return t.typeCall(asType(callee), args, kwnames)
}

// typeCall is type.__call__(cls, *args, **kwds).
func (t *Thread) typeCall(cls *Type, args []*Object, kwnames []*Str) *Object {
	if cls == &TypeType {
		npos := len(args) - len(kwnames)
		if npos == 1 && len(kwnames) == 0 {
			return t.NewRef(&args[0].typ.Object)
		}
		if npos != 3 {
			return t.RaiseMsg(&TypeErrorType, "type() takes 1 or 3 arguments")
		}
		return t.initNew(cls, t.typeNew(&TypeType, args, kwnames), false, args, kwnames)
	}
	if !cls.Heap {
		if cls.layout != nil {
			return t.callNative(cls, args, kwnames)
		}
		if cls.New == nil {
			return t.RaiseMsg(&TypeErrorType, "cannot create '%s' instances", cls.Name)
		}
		return cls.New(t, cls, args, kwnames)
	}
	nf := t.lookupType(cls, dunderNew)
	userNew := nf != nil && nf != objectNewBuiltin && nf != typeNewBuiltin && !slotNewWrappers[nf]
	var obj *Object
	switch {
	case userNew:
		obj = t.callNew(nf, cls, args, kwnames)
	case cls.InstanceKind == KindType:
		obj = t.typeNew(cls, args, kwnames)
	case cls.IsException:
		return t.constructException(cls, args, kwnames)
	case cls.layout != nil:
		return t.callNative(cls, args, kwnames)
	case cls.wrapperBase != nil:
		obj = t.allocWrapperSub(cls)
	default:
		// object.__new__: the excess-arguments check is initNew's.
		if cls.abstract && !t.checkAbstract(cls) {
			return nil
		}
		obj = t.instantiate(cls, nil)
	}
	return t.initNew(cls, obj, userNew, args, kwnames)
}

// initNew is the second half of type.__call__: __init__ of the object's
// type when obj, just returned by __new__, is an instance of cls.
func (t *Thread) initNew(cls *Type, obj *Object, userNew bool, args []*Object, kwnames []*Str) *Object {
	if obj == nil || !obj.typ.IsSubtype(cls) {
		return obj
	}
	init := t.lookupType(obj.typ, dunderInit)
	if init == nil || init == objectInit {
		if len(args) > 0 && !userNew && cls.InstanceKind != KindType {
			t.Decref(obj)
			return t.RaiseMsg(&TypeErrorType, "%s() takes no arguments", cls.Name)
		}
		return obj
	}
	if init == typeInitBuiltin {
		if !t.checkTypeInit(args, kwnames) {
			t.Decref(obj)
			return nil
		}
		return obj
	}
	t.Incref(init)
	r := t.callWithSelf(func(t *Thread, a []*Object, k []*Str) *Object { return t.Call(init, a, k) }, obj, args, kwnames)
	t.Decref(init)
	if r == nil {
		t.Decref(obj)
		return nil
	}
	if r != None {
		t.Decref(r)
		t.Decref(obj)
		return t.RaiseMsg(&TypeErrorType, "__init__() should return None, not '%s'", r.typ.Name)
	}
	return obj
}

// callNew calls the __new__ found on a class (a staticmethod wrapping a
// function, or any callable) with the class first.
func (t *Thread) callNew(nf *Object, cls *Type, args []*Object, kwnames []*Str) *Object {
	fn := nf
	if nf.typ == &StaticMethodType {
		fn = asWrapper(nf).a
	}
	t.Incref(fn)
	defer t.Decref(fn)
	return t.callWithSelf(func(t *Thread, a []*Object, k []*Str) *Object { return t.Call(fn, a, k) }, &cls.Object, args, kwnames)
}

// allocInstance creates an uninitialised instance of the class cls, with
// the layout of its solid base (object.__new__(cls) called from a
// class's own __new__).
func (t *Thread) allocInstance(cls *Type, args []*Object, kwnames []*Str) *Object {
	switch {
	case cls.IsException:
		l := layoutOf(cls)
		if l.new != nil {
			return l.new(t, cls, args, kwnames)
		}
		return &t.allocException(cls, l, args[:len(args)-len(kwnames)]).Object
	case cls.layout != nil:
		return cls.New(t, cls, args, kwnames)
	case cls.wrapperBase != nil:
		return t.allocWrapperSub(cls)
	case cls == &ObjectType:
		return objectNew(t, cls, nil, nil)
	}
	if cls.abstract && !t.checkAbstract(cls) {
		return nil
	}
	return t.instantiate(cls, nil)
}

// checkAbstract raises CPython's TypeError for a class whose
// __abstractmethods__ is not empty.
func (t *Thread) checkAbstract(cls *Type) bool {
	am := cls.Dict.GetStr(t, dunderAbstract)
	if am == nil {
		return true
	}
	defer t.Decref(am)
	items, ok := t.Collect(am)
	if !ok {
		return false
	}
	defer t.releaseAll(items)
	var names []string
	for _, it := range items {
		s, ok := t.StrString(it)
		if !ok {
			return false
		}
		names = append(names, s)
	}
	if len(names) == 0 {
		return true
	}
	sort.Strings(names)
	plural := ""
	if len(names) > 1 {
		plural = "s"
	}
	t.RaiseMsg(&TypeErrorType, "Can't instantiate abstract class %s with abstract method%s %s", cls.Name, plural, strings.Join(names, ", "))
	return false
}

// objectNewMethod is object.__new__(cls, *args, **kwds).
func objectNewMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(args)-len(kwnames) < 2 {
		return t.RaiseMsg(&TypeErrorType, "object.__new__(): not enough arguments")
	}
	c := args[1]
	if c.kind != KindType {
		return t.RaiseMsg(&TypeErrorType, "object.__new__(X): X is not a type object (%s)", c.typ.Name)
	}
	cls := asType(c)
	if cls.IsSubtype(&TypeType) {
		return t.RaiseMsg(&TypeErrorType, "object.__new__(%s) is not safe, use type.__new__()", cls.Name)
	}
	if !cls.Heap && cls != &ObjectType {
		return t.RaiseMsg(&TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.tpName(), cls.tpName())
	}
	if builtinRoot(cls) != nil {
		return t.RaiseMsg(&TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
	}
	rest := args[2:]
	if len(rest) > 0 {
		if nf := t.lookupType(cls, dunderNew); nf != objectNewBuiltin {
			return t.RaiseMsg(&TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if init := t.lookupType(cls, dunderInit); init == nil || init == objectInit {
			return t.RaiseMsg(&TypeErrorType, "%s() takes no arguments", cls.Name)
		}
	}
	return t.allocInstance(cls, rest, kwnames)
}

// objectInitMethod is object.__init__(self, *args, **kwds).
func objectInitMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(args) > 1 {
		tp := args[0].typ
		if init := t.lookupType(tp, dunderInit); init != objectInit {
			return t.RaiseMsg(&TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if nf := t.lookupType(tp, dunderNew); nf == nil || nf == objectNewBuiltin {
			return t.RaiseMsg(&TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)", tp.Name)
		}
	}
	return None
}

// typeNewMethod is type.__new__(meta, name, bases, ns, **kwds).
func typeNewMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(args)-len(kwnames) < 2 {
		return t.RaiseMsg(&TypeErrorType, "type.__new__(): not enough arguments")
	}
	m := args[1]
	if m.kind != KindType {
		return t.RaiseMsg(&TypeErrorType, "type.__new__(X): X is not a type object (%s)", m.typ.Name)
	}
	if !asType(m).IsSubtype(&TypeType) {
		return t.RaiseMsg(&TypeErrorType, "type.__new__(%s): %s is not a subtype of type", asType(m).Name, asType(m).Name)
	}
	return t.typeNew(asType(m), args[2:], kwnames)
}

var typeInitBuiltin *Object

// checkTypeInit is type.__init__'s argument check.
func (t *Thread) checkTypeInit(args []*Object, kwnames []*Str) bool {
	npos := len(args) - len(kwnames)
	if npos == 1 && len(kwnames) > 0 {
		t.RaiseMsg(&TypeErrorType, "type.__init__() takes no keyword arguments")
		return false
	}
	if npos != 1 && npos != 3 {
		t.RaiseMsg(&TypeErrorType, "type.__init__() takes 1 or 3 arguments")
		return false
	}
	return true
}

func typeInitMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.checkTypeInit(args[1:], kwnames) {
		return nil
	}
	return None
}

// typeCallMethod is type.__call__(cls, *args, **kwds).
func typeCallMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	return t.typeCall(asType(args[0]), args[1:], kwnames)
}

// objectInitSubclass is object.__init_subclass__: it takes no keyword
// arguments.
func objectInitSubclass(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", asType(args[0]).Name)
	}
	if len(args) > 1 {
		return t.RaiseMsg(&TypeErrorType, "%s.__init_subclass__() takes no arguments (%d given)", asType(args[0]).Name, len(args)-1)
	}
	return None
}

// typePrepare is type.__prepare__(name, bases, **kwds): a new dict.
func typePrepare(t *Thread, args []*Object, kwnames []*Str) *Object {
	return &t.NewDict().Object
}

// typeMRO is type.mro(cls): the C3 linearisation as a list.
func typeMRO(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("mro", args, kwnames, 1, 1) {
		return nil
	}
	cls := asType(args[0])
	items := make([]*Object, len(cls.MRO))
	for i, m := range cls.MRO {
		items[i] = t.NewRef(&m.Object)
	}
	return t.ListOwned(items...)
}

// metaclassCall is the Call slot of a metaclass defined by a program:
// its own __call__, or type.__call__.
func metaclassCall(t *Thread, callee *Object, args []*Object, kwnames []*Str) *Object {
	m := t.lookupType(callee.typ, dunderCallName)
	if m == nil || m == typeCallBuiltin {
		return t.typeCall(asType(callee), args, kwnames)
	}
	t.Incref(m)
	defer t.Decref(m)
	return t.callWithSelf(func(t *Thread, a []*Object, k []*Str) *Object { return t.Call(m, a, k) }, callee, args, kwnames)
}

var typeCallBuiltin *Object

func init() {
	afterReadyTypes(func() {
		bt := bootThread()
		mk := func(tp *Type, name string, fn BuiltinFunc) *Object {
			b := newStaticBuiltin(name, fn)
			b.self = &tp.Object
			b.mkind = tpNewMethod
			tp.Dict.SetStr(bt, Intern(name), &b.Object)
			return &b.Object
		}
		objectNewBuiltin = mk(&ObjectType, "__new__", objectNewMethod)
		typeNewBuiltin = mk(&TypeType, "__new__", typeNewMethod)
		objectInit = ObjectType.Dict.GetStr(bt, dunderInit)
		typeInitBuiltin = TypeType.Dict.GetStr(bt, dunderInit)
		typeCallBuiltin = TypeType.Dict.GetStr(bt, dunderCallName)
	})
	ObjectType.defSlotWrapper("__init__", objectInitMethod)
	ObjectType.defClass("__init_subclass__", objectInitSubclass)
	TypeType.defSlotWrapper("__init__", typeInitMethod)
	TypeType.defSlotWrapper("__call__", typeCallMethod)
	TypeType.defClass("__prepare__", typePrepare)
	TypeType.def("mro", typeMRO)
}
