package core

// __new__ and __init__ of the built-in types as attributes, for classes
// derived from them: tuple.__new__(cls, iterable) (collections.namedtuple),
// int.__new__(cls, x), str.__new__(cls, s); list.__init__(self, iterable),
// dict.__init__(self, *args, **kwds), set.__init__(self, iterable). As in
// CPython, the immutable types take their value in __new__ and the mutable
// ones start empty and are filled by __init__.

// builtinNewMethod is root.__new__(cls, *args, **kwds), bound to root as
// CPython's tp_new_wrapper is: args[0] is root, args[1] the class.
func builtinNewMethod(root *Type) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if len(args)-len(kwnames) < 2 {
			return t.RaiseMsg(&TypeErrorType, "%s.__new__(): not enough arguments", root.Name)
		}
		c := args[1]
		if c.kind != KindType {
			return t.RaiseMsg(&TypeErrorType, "%s.__new__(X): X is not a type object (%s)", root.Name, c.typ.Name)
		}
		cls := asType(c)
		if !cls.IsSubtype(root) {
			return t.RaiseMsg(&TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", root.Name, cls.Name, cls.Name, root.Name)
		}
		if builtinRoot(cls) != root {
			return t.RaiseMsg(&TypeErrorType, "%s.__new__(%s) is not safe, use %s.__new__()", root.Name, cls.Name, solidBase(cls).Name)
		}
		if cls == root {
			return root.New(t, root, args[2:], kwnames)
		}
		return t.newBuiltinSub(cls, root, args[2:], kwnames)
	}
}

// listInit is list.__init__(self, iterable=()): self's items are replaced
// by the iterable's.
func listInit(t *Thread, args []*Object, kwnames []*Str) *Object {
	v := listNew(t, &ListType, args[1:], kwnames)
	if v == nil {
		return nil
	}
	self, src := asList(args[0]), asList(v)
	self.lk.lock(t)
	old := self.Items
	self.Items, src.Items = src.Items, nil
	self.lk.unlock(t)
	t.releaseAll(old)
	t.Decref(v)
	return None
}

// dictInit is dict.__init__(self, *args, **kwds): dict.update's merge,
// without calling a subclass's __setitem__.
func dictInit(t *Thread, args []*Object, kwnames []*Str) *Object {
	npos := len(args) - 1 - len(kwnames)
	if npos > 1 {
		return t.RaiseMsg(&TypeErrorType, "dict expected at most 1 argument, got %d", npos)
	}
	d := asDict(args[0])
	if npos == 1 && !d.update(t, args[1]) {
		return nil
	}
	d.updateKw(t, args[1:], kwnames)
	return None
}

// setInit is set.__init__(self, iterable=()): self is emptied, then
// filled from the iterable.
func setInit(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "set() takes no keyword arguments")
	}
	if !t.ArgsRange("set", args[1:], nil, 0, 1) {
		return nil
	}
	s := asSet(args[0])
	s.Clear(t)
	if len(args) == 2 {
		src := t.newSetFrom(&SetType, args[1])
		if src == nil {
			return nil
		}
		for _, e := range src.snapshot(t).table {
			if e.key != nil && e.key != setDummy && !s.Add(t, e.key) {
				t.Decref(&src.Object)
				return nil
			}
		}
		t.Decref(&src.Object)
	}
	return None
}

func init() {
	ListType.def("__init__", listInit)
	DictType.def("__init__", dictInit)
	SetType.def("__init__", setInit)
	afterReadyTypes(func() {
		bt := bootThread()
		for _, l := range subLayouts {
			if l == nil {
				continue
			}
			b := newStaticBuiltin("__new__", builtinNewMethod(l.root))
			b.self = &l.root.Object
			b.mkind = tpNewMethod
			l.root.Dict.SetStr(bt, dunderNew, &b.Object)
		}
	})
}
