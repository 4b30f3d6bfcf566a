package core

// isinstance and issubclass, as CPython's PyObject_IsInstance and
// PyObject_IsSubclass: a tuple is tried item by item, and a class whose
// metaclass defines __instancecheck__ or __subclasscheck__ (abc.ABCMeta)
// decides for itself.

var (
	dunderInstancecheck = Intern("__instancecheck__")
	dunderSubclasscheck = Intern("__subclasscheck__")
)

// IsInstanceOf is isinstance(obj, classinfo); ok is false with an
// exception raised.
func (t *Thread) IsInstanceOf(obj, classinfo *Object) (r, ok bool) {
	if &obj.typ.Object == classinfo {
		return true, true
	}
	switch {
	case classinfo.kind == KindType && !classinfo.typ.Heap:
		return obj.typ.IsSubtype(asType(classinfo)), true
	case classinfo.kind == KindTuple:
		return t.anyOf(classinfo, func(c *Object) (bool, bool) { return t.IsInstanceOf(obj, c) })
	case classinfo.typ == &UnionType:
		return t.anyOf(asUnion(classinfo).args, func(c *Object) (bool, bool) { return t.IsInstanceOf(obj, c) })
	case classinfo.typ == &GenericAliasType:
		t.RaiseMsg(&TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic")
		return false, false
	}
	if r, found, ok := t.callCheckHook(classinfo, dunderInstancecheck, obj); found || !ok {
		return r, ok
	}
	if classinfo.kind == KindType {
		return obj.typ.IsSubtype(asType(classinfo)), true
	}
	t.RaiseMsg(&TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	return false, false
}

// IsSubclassOf is issubclass(derived, classinfo).
func (t *Thread) IsSubclassOf(derived, classinfo *Object) (r, ok bool) {
	switch {
	case classinfo.kind == KindType && !classinfo.typ.Heap && derived.kind == KindType:
		return asType(derived).IsSubtype(asType(classinfo)), true
	case classinfo.kind == KindTuple:
		return t.anyOf(classinfo, func(c *Object) (bool, bool) { return t.IsSubclassOf(derived, c) })
	case classinfo.typ == &UnionType:
		return t.anyOf(asUnion(classinfo).args, func(c *Object) (bool, bool) { return t.IsSubclassOf(derived, c) })
	case classinfo.typ == &GenericAliasType:
		t.RaiseMsg(&TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic")
		return false, false
	}
	if r, found, ok := t.callCheckHook(classinfo, dunderSubclasscheck, derived); found || !ok {
		return r, ok
	}
	if derived.kind != KindType {
		t.RaiseMsg(&TypeErrorType, "issubclass() arg 1 must be a class")
		return false, false
	}
	if classinfo.kind == KindType {
		return asType(derived).IsSubtype(asType(classinfo)), true
	}
	t.RaiseMsg(&TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	return false, false
}

// anyOf applies check to each item of a tuple of classes, counting the
// nesting against the recursion limit.
func (t *Thread) anyOf(tuple *Object, check func(c *Object) (bool, bool)) (bool, bool) {
	if !t.enterRecursive() {
		return false, false
	}
	defer t.leaveRecursive()
	for _, c := range asTuple(tuple).Items {
		r, ok := check(c)
		if !ok || r {
			return r, ok
		}
	}
	return false, true
}

// callCheckHook calls the __instancecheck__ or __subclasscheck__ that a
// class defined by a program gives classinfo's type (found reports one).
func (t *Thread) callCheckHook(classinfo *Object, name *Str, arg *Object) (r, found, ok bool) {
	if !classinfo.typ.Heap {
		return false, false, true
	}
	m := t.lookupType(classinfo.typ, name)
	if m == nil || (m.kind == KindBuiltin && asBuiltin(m).owner == &TypeType) {
		return false, false, true
	}
	if !t.enterRecursive() {
		return false, true, false
	}
	defer t.leaveRecursive()
	t.Incref(m)
	res := t.callBound(m, classinfo, []*Object{arg})
	t.Decref(m)
	if res == nil {
		return false, true, false
	}
	b, ok := t.Truth(res)
	t.Decref(res)
	return b, true, ok
}

// typeInstancecheck is type.__instancecheck__(cls, obj).
func typeInstancecheck(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__instancecheck__", args, kwnames, 2, 2) {
		return nil
	}
	return Bool(args[1].typ.IsSubtype(asType(args[0])))
}

// typeSubclasscheck is type.__subclasscheck__(cls, sub).
func typeSubclasscheck(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__subclasscheck__", args, kwnames, 2, 2) {
		return nil
	}
	if args[1].kind != KindType {
		return t.RaiseMsg(&TypeErrorType, "issubclass() arg 1 must be a class")
	}
	return Bool(asType(args[1]).IsSubtype(asType(args[0])))
}

func init() {
	TypeType.def("__instancecheck__", typeInstancecheck)
	TypeType.def("__subclasscheck__", typeSubclasscheck)
}
