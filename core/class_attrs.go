package core

// Attribute access on classes (CPython's type_getattro: the metaclass's
// data descriptors, then the class's MRO, then the metaclass's other
// attributes), the descriptor protocol's __get__ for every kind of
// descriptor, and super objects.

var (
	dunderGet      = Intern("__get__")
	dunderSet      = Intern("__set__")
	dunderDelete   = Intern("__delete__")
	dunderAbstract = Intern("__abstractmethods__")
)

// descrGet is the value of the class attribute v read through obj (nil
// when read through the class owner itself), as each descriptor's
// tp_descr_get computes it. It returns a new reference.
func (t *Thread) descrGet(v, obj *Object, owner *Type) *Object {
	switch v.kind {
	case KindFunction:
		if obj == nil {
			return t.NewRef(v)
		}
		return t.NewMethod(v, obj)
	case KindBuiltin:
		b := asBuiltin(v)
		if b.self == nil && b.owner != nil {
			if b.mkind == classMethod {
				return t.bindBuiltin(b, &owner.Object)
			}
			if obj != nil {
				if !t.descrCheck(b.Name, b.owner, obj) {
					return nil
				}
				return t.bindBuiltin(b, obj)
			}
		}
		return t.NewRef(v)
	case KindOther, KindInstance:
	default:
		return t.NewRef(v)
	}
	if v.typ.Heap && userAttrDunder(v.typ, dunderGet) {
		return t.callUserGet(v, obj, owner)
	}
	if get := v.typ.DescrGet; get != nil {
		return get(t, v, obj, &owner.Object)
	}
	switch wrapperType(v) {
	case &StaticMethodType:
		return t.NewRef(asWrapper(v).a)
	case &ClassMethodType:
		return t.NewMethod(asWrapper(v).a, &owner.Object)
	case &PropertyType, &GetSetDescriptorType, &MemberDescriptorType:
		if obj == nil {
			return t.NewRef(v)
		}
		return descriptorGet(t, v, obj)
	}
	return t.NewRef(v)
}

// callUserGet calls the __get__ a class defined by a program gives its
// instance v: v.__get__(obj or None, owner).
func (t *Thread) callUserGet(v, obj *Object, owner *Type) *Object {
	g := t.lookupType(v.typ, dunderGet)
	o := obj
	if o == nil {
		o = None
	}
	t.Incref(g)
	r := t.Call(g, []*Object{v, o, &owner.Object}, nil)
	t.Decref(g)
	return r
}

// isUserDataDescriptor reports whether v is an instance of a class
// defined by a program that has __set__ or __delete__.
func (t *Thread) isUserDataDescriptor(v *Object) bool {
	return v.typ.Heap && (t.lookupType(v.typ, dunderSet) != nil || t.lookupType(v.typ, dunderDelete) != nil)
}

// typeGetAttr looks an attribute up on a class: the getset attributes of
// type, the metaclass's data descriptors, the class's MRO (descriptors
// bound to the class), the metaclass's attributes bound to the class, and
// the metaclass's __getattr__.
func typeGetAttr(t *Thread, o *Object, name *Str) *Object {
	cls := asType(o)
	if v, ok := t.typeSpecialAttr(cls, name); ok {
		return v
	}
	meta := o.typ
	metaAttr := t.lookupType(meta, name)
	if metaAttr != nil {
		t.Incref(metaAttr)
		defer t.Decref(metaAttr)
		if isDataDescriptor(metaAttr) || t.isUserDataDescriptor(metaAttr) {
			return t.descrGet(metaAttr, o, meta)
		}
	}
	if v := t.lookupType(cls, name); v != nil {
		t.Incref(v)
		r := t.descrGet(v, nil, cls)
		t.Decref(v)
		return r
	}
	if metaAttr != nil {
		return t.descrGet(metaAttr, o, meta)
	}
	switch name.S {
	case "__doc__":
		if cls.doc == "" {
			return None
		}
		return t.NewStr(cls.doc)
	case "__module__":
		return t.NewStr(cls.Module)
	}
	if meta.Heap {
		if ga := t.lookupType(meta, dunderGetattr); ga != nil {
			t.Incref(ga)
			r := t.Call(ga, []*Object{o, &name.Object}, nil)
			t.Decref(ga)
			return r
		}
	}
	return t.RaiseMsg(&AttributeErrorType, "type object '%s' has no attribute '%s'", cls.Name, name.S)
}

// typeSpecialAttr reads the attributes that type defines as getset
// descriptors (data descriptors: they come before the class's own dict).
func (t *Thread) typeSpecialAttr(cls *Type, name *Str) (*Object, bool) {
	switch name.S {
	case "__name__":
		return t.NewStr(cls.Name), true
	case "__qualname__":
		if cls.qualname != "" {
			return t.NewStr(cls.qualname), true
		}
		return t.NewStr(cls.Name), true
	case "__mro__":
		items := make([]*Object, len(cls.MRO))
		for i, m := range cls.MRO {
			items[i] = &m.Object
		}
		return t.TupleOf(items...), true
	case "__bases__":
		return t.basesTuple(cls), true
	case "__base__":
		if cls.Base == nil {
			return None, true
		}
		return t.NewRef(&cls.Base.Object), true
	case "__dict__":
		return t.NewRef(&cls.Dict.Object), true
	case "__class__":
		return t.NewRef(&cls.typ.Object), true
	}
	return nil, false
}

// basesTuple is cls.__bases__.
func (t *Thread) basesTuple(cls *Type) *Object {
	if cls.Bases != nil {
		items := make([]*Object, len(cls.Bases))
		for i, b := range cls.Bases {
			items[i] = &b.Object
		}
		return t.TupleOf(items...)
	}
	if cls.Base == nil {
		return t.TupleOf()
	}
	return t.TupleOf(&cls.Base.Object)
}

func typeSetAttr(t *Thread, o *Object, name *Str, v *Object) bool {
	cls := asType(o)
	if !cls.Heap {
		if v == nil {
			t.RaiseMsg(&TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name.S, cls.Name)
		} else {
			t.RaiseMsg(&TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.S, cls.Name)
		}
		return false
	}
	if meta := o.typ; meta.Heap {
		if d := t.lookupType(meta, name); d != nil && (isDataDescriptor(d) || t.isUserDataDescriptor(d)) {
			return t.descrSet(d, o, name, v)
		}
	}
	switch name.S {
	case "__name__", "__qualname__":
		if v == nil {
			t.RaiseMsg(&TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name.S, cls.Name)
			return false
		}
		if v.kind != KindStr {
			t.RaiseMsg(&TypeErrorType, "can only assign string to %s.%s, not '%s'", cls.Name, name.S, v.typ.Name)
			return false
		}
		if name.S == "__name__" {
			cls.Name = asStr(v).S
		} else {
			cls.qualname = asStr(v).S
		}
		return true
	case "__bases__", "__mro__", "__dict__", "__class__", "__base__":
		t.RaiseMsg(&TypeErrorType, "assigning %s of a class is not supported by rcvm", name.S)
		return false
	case "__abstractmethods__":
		abstract := false
		if v != nil {
			b, ok := t.Truth(v)
			if !ok {
				return false
			}
			abstract = b
		}
		cls.abstract = abstract
	}
	if v == nil {
		if found, _ := cls.Dict.Delete(t, &name.Object); !found {
			t.RaiseMsg(&AttributeErrorType, "type object '%s' has no attribute '%s'", cls.Name, name.S)
			return false
		}
		return true
	}
	cls.Dict.SetStr(t, name, v)
	return true
}

// descrSet calls a data descriptor's setter (v nil: its deleter).
func (t *Thread) descrSet(d, obj *Object, attr *Str, v *Object) bool {
	switch {
	case isAttrDescr(d):
		return attrDescrSet(t, d, obj, v)
	case wrapperType(d) == &PropertyType:
		return t.propertySet(d, obj, attr, v)
	}
	name := dunderSet
	if v == nil {
		name = dunderDelete
	}
	m := t.lookupType(d.typ, name)
	if m == nil {
		if v == nil {
			t.RaiseMsg(&AttributeErrorType, "__delete__")
		} else {
			t.RaiseMsg(&AttributeErrorType, "__set__")
		}
		return false
	}
	t.Incref(m)
	var r *Object
	if v == nil {
		r = t.Call(m, []*Object{d, obj}, nil)
	} else {
		r = t.Call(m, []*Object{d, obj, v}, nil)
	}
	t.Decref(m)
	t.XDecref(r)
	return r != nil
}

// propertySet calls a property's setter or deleter (name is the
// attribute's name, for the error when it has none).
func (t *Thread) propertySet(d, obj *Object, name *Str, v *Object) bool {
	w := asWrapper(d)
	fn := w.b
	if v == nil {
		fn = w.c
	}
	if fn == nil || fn == None {
		what := "setter"
		if v == nil {
			what = "deleter"
		}
		t.RaiseMsg(&AttributeErrorType, "property '%s' of '%s' object has no %s", name.S, obj.typ.Name, what)
		return false
	}
	var r *Object
	if v == nil {
		r = t.Call(fn, []*Object{obj}, nil)
	} else {
		r = t.Call(fn, []*Object{obj, v}, nil)
	}
	t.XDecref(r)
	return r != nil
}

// ---- super ----

// newSuper implements super(type, obj); the compiler supplies both
// arguments for the zero-argument form. The super object holds the type,
// obj, and the type whose MRO is searched (obj itself when it is a
// subclass of type, type(obj) otherwise), as CPython's supercheck finds.
func newSuper(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "super() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return t.RaiseMsg(&RuntimeErrorType, "super(): no arguments")
	case 1:
		if args[0].kind != KindType {
			return t.RaiseMsg(&TypeErrorType, "super() argument 1 must be a type, not %s", args[0].typ.Name)
		}
		return t.RaiseMsg(&TypeErrorType, "unbound super objects (super() with one argument) are not supported by rcvm")
	case 2:
	default:
		return t.RaiseMsg(&TypeErrorType, "super() takes at most 2 arguments (%d given)", len(args))
	}
	if args[0].kind != KindType {
		return t.RaiseMsg(&TypeErrorType, "super() argument 1 must be a type, not %s", args[0].typ.Name)
	}
	start, obj := asType(args[0]), args[1]
	var objType *Type
	switch {
	case obj.kind == KindType && asType(obj).IsSubtype(start):
		objType = asType(obj)
	case obj.typ.IsSubtype(start):
		objType = obj.typ
	default:
		return t.RaiseMsg(&TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
	}
	return t.newWrapper(&SuperType, args[0], obj, &objType.Object)
}

// superLookup finds name along objType's MRO after start and binds it to
// obj as super(start, obj).name does. It returns a new reference, or nil
// with AttributeError when no class after start has the name.
func (t *Thread) superLookup(start *Type, obj *Object, objType *Type, name *Str) *Object {
	mro := objType.MRO
	i := 0
	for i < len(mro) && mro[i] != start {
		i++
	}
	for _, tp := range mro[min(i+1, len(mro)):] {
		if tp.Dict == nil {
			continue
		}
		if v := tp.Dict.GetStr(t, name); v != nil {
			var r *Object
			if obj == &objType.Object {
				r = t.descrGet(v, nil, objType)
			} else {
				r = t.descrGet(v, obj, objType)
			}
			t.Decref(v)
			return r
		}
	}
	return t.RaiseMsg(&AttributeErrorType, "'super' object has no attribute '%s'", name.S)
}

func superGetAttr(t *Thread, o *Object, name *Str) *Object {
	w := asWrapper(o)
	switch name.S {
	case "__class__":
		return t.NewRef(&SuperType.Object)
	case "__thisclass__":
		return t.NewRef(w.a)
	case "__self__":
		return t.NewRef(w.b)
	case "__self_class__":
		return t.NewRef(w.c)
	}
	return t.superLookup(asType(w.a), w.b, asType(w.c), name)
}

func superRepr(t *Thread, o *Object) *Object {
	w := asWrapper(o)
	return t.NewStr("<super: <class '" + asType(w.a).Name + "'>, <" + asType(w.c).Name + " object>>")
}

// typeGetItem is C[key] on a class: the metaclass's __getitem__, else
// the class's __class_getitem__ (PEP 560).
func typeGetItem(t *Thread, o, key *Object) *Object {
	if meta := o.typ; meta.Heap {
		if m := t.lookupType(meta, dunderGetitem); m != nil {
			t.Incref(m)
			r := t.callBound(m, o, []*Object{key})
			t.Decref(m)
			return r
		}
	}
	cls := asType(o)
	if cls == &TypeType {
		return t.NewGenericAlias(o, key)
	}
	m := t.lookupType(cls, dunderClassGetitem)
	if m == nil {
		return t.RaiseMsg(&TypeErrorType, "type '%s' is not subscriptable", cls.Name)
	}
	t.Incref(m)
	f := t.descrGet(m, nil, cls)
	t.Decref(m)
	if f == nil {
		return nil
	}
	r := t.Call(f, []*Object{key}, nil)
	t.Decref(f)
	return r
}
