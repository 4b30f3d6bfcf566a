package core

import "unsafe"

// property, staticmethod and classmethod as CPython's descriptor objects:
// their attributes (__func__, __wrapped__, __isabstractmethod__, fget,
// fset, fdel, __doc__), their __init__, and classes derived from them
// (abc.abstractclassmethod, functools' and enum's property subclasses),
// whose instances are the wrapper layout followed by an instance dict.

// wrapperWithDict is the layout of an instance of a class derived from
// property, staticmethod or classmethod.
type wrapperWithDict struct {
	w    wrapper
	dict *Dict
}

var wrapperDictOffset = unsafe.Offsetof(wrapperWithDict{}.dict)

// wrapperType is the built-in descriptor type behind v: v's type, or for
// an instance of a class derived from property, staticmethod or
// classmethod, that built-in base.
func wrapperType(v *Object) *Type {
	if v.typ.Heap && v.typ.wrapperBase != nil {
		return v.typ.wrapperBase
	}
	return v.typ
}

// wrapperBaseOf returns the descriptor type a class derives from, or nil.
func wrapperBaseOf(cls *Type) *Type {
	switch b := solidBase(cls); b {
	case &PropertyType, &StaticMethodType, &ClassMethodType:
		return b
	}
	return nil
}

// allocWrapperSub allocates an empty instance of a class derived from a
// descriptor type; __init__ fills it.
func (t *Thread) allocWrapperSub(cls *Type) *Object {
	w := &wrapperWithDict{}
	t.initObject(&w.w.Object, KindOther, cls)
	t.Incref(&cls.Object)
	return &w.w.Object
}

// staticInit is staticmethod.__init__ and classmethod.__init__.
func staticInit(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange(wrapperType(args[0]).Name, args[1:], kwnames, 1, 1) {
		return nil
	}
	w := asWrapper(args[0])
	old := w.a
	w.a = t.NewRef(args[1])
	t.XDecref(old)
	return None
}

// propertyInit is property.__init__(fget=None, fset=None, fdel=None, doc=None).
func propertyInit(t *Thread, args []*Object, kwnames []*Str) *Object {
	var fget, fset, fdel, doc *Object
	if !t.ParseArgs("property", args[1:], kwnames, []string{"fget", "fset", "fdel", "doc"}, 0, &fget, &fset, &fdel, &doc) {
		return nil
	}
	w := asWrapper(args[0])
	for _, p := range []struct {
		slot **Object
		v    *Object
	}{{&w.a, fget}, {&w.b, fset}, {&w.c, fdel}, {&w.d, doc}} {
		old := *p.slot
		*p.slot = t.XNewRef(p.v)
		t.XDecref(old)
	}
	return None
}

// wrapperGetAttr is the GetAttr slot of property, staticmethod and
// classmethod objects (and of their subclasses' instances, after the
// instance dict).
func wrapperGetAttr(t *Thread, o *Object, name *Str) *Object {
	w := asWrapper(o)
	kind := wrapperType(o)
	if kind != o.typ {
		if d := instanceDict(o); d != nil {
			if v := d.GetStr(t, name); v != nil {
				return v
			}
		}
	}
	orNone := func(v *Object) *Object {
		if v == nil {
			return None
		}
		return t.NewRef(v)
	}
	switch kind {
	case &PropertyType:
		switch name.S {
		case "fget":
			return orNone(w.a)
		case "fset":
			return orNone(w.b)
		case "fdel":
			return orNone(w.c)
		case "__doc__":
			if kind != o.typ {
				// A subclass's instance: the class's own __doc__ shadows
				// the property's (CPython 3.11 shows the same).
				break
			}
			if w.d != nil && w.d != None {
				return t.NewRef(w.d)
			}
			if w.a != nil && w.a != None {
				return t.GetAttr(w.a, dunderDoc)
			}
			return None
		case "__isabstractmethod__":
			for _, f := range []*Object{w.a, w.b, w.c} {
				if f != nil && f != None {
					if r, ok := t.isAbstract(f); !ok || r {
						if !ok {
							return nil
						}
						return True
					}
				}
			}
			return False
		}
	default:
		switch name.S {
		case "__func__", "__wrapped__":
			return orNone(w.a)
		case "__isabstractmethod__":
			r, ok := t.isAbstract(w.a)
			if !ok {
				return nil
			}
			return Bool(r)
		case "__name__", "__qualname__", "__doc__", "__module__":
			if w.a != nil {
				return t.GetAttr(w.a, name)
			}
		case "__dict__":
			if kind != o.typ {
				return instanceGetAttribute(t, o, name)
			}
		}
	}
	if kind != o.typ {
		return instanceGetAttr(t, o, name)
	}
	return t.genericGetAttr(o, name)
}

// isAbstract is getattr(f, "__isabstractmethod__", False) as a truth value.
func (t *Thread) isAbstract(f *Object) (bool, bool) {
	v, ok := t.LookupAttr(f, "__isabstractmethod__")
	if v == nil {
		return false, ok
	}
	defer t.Decref(v)
	return t.Truth(v)
}

func init() {
	for _, tp := range []*Type{&PropertyType, &StaticMethodType, &ClassMethodType} {
		tp.GetAttr = wrapperGetAttr
	}
	StaticMethodType.def("__init__", staticInit)
	ClassMethodType.def("__init__", staticInit)
	PropertyType.def("__init__", propertyInit)
}
