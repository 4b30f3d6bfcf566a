package core

// Classes that override attribute access (__getattribute__, __setattr__,
// __delattr__), the built-in object.__getattribute__, __setattr__ and
// __delattr__ they call through super(), and the slots of metaclasses
// (classes derived from type).

var (
	dunderGetattribute = Intern("__getattribute__")
	dunderSetattr      = Intern("__setattr__")
	dunderDelattr      = Intern("__delattr__")
)

// userAttrDunder reports whether a class along cls's MRO defined by a
// program has name in its own dict.
func userAttrDunder(cls *Type, name *Str) bool {
	for _, c := range cls.MRO {
		if c.Heap && c.Dict != nil && c.Dict.getStr(name) != nil {
			return true
		}
	}
	return false
}

// userGetAttribute is the GetAttr slot of a class with its own
// __getattribute__, followed by __getattr__ on AttributeError.
func userGetAttribute(t *Thread, o *Object, name *Str) *Object {
	m := t.lookupType(o.typ, dunderGetattribute)
	var v *Object
	if m == nil || m == objectGetattributeBuiltin {
		v = instanceGetAttribute(t, o, name)
	} else {
		t.Incref(m)
		v = t.callBound(m, o, []*Object{&name.Object})
		t.Decref(m)
	}
	if v == nil && t.ExcMatches(&AttributeErrorType) {
		if ga := t.lookupType(o.typ, dunderGetattr); ga != nil {
			t.ClearExc()
			t.Incref(ga)
			v = t.callBound(ga, o, []*Object{&name.Object})
			t.Decref(ga)
		}
	}
	return v
}

// userSetAttr is the SetAttr slot of a class with its own __setattr__ or
// __delattr__.
func userSetAttr(t *Thread, o *Object, name *Str, v *Object) bool {
	dunder, builtin := dunderSetattr, objectSetattrBuiltin
	if v == nil {
		dunder, builtin = dunderDelattr, objectDelattrBuiltin
	}
	m := t.lookupType(o.typ, dunder)
	if m == nil || m == builtin {
		return instanceSetAttr(t, o, name, v)
	}
	t.Incref(m)
	var r *Object
	if v == nil {
		r = t.callBound(m, o, []*Object{&name.Object})
	} else {
		r = t.callBound(m, o, []*Object{&name.Object, v})
	}
	t.Decref(m)
	t.XDecref(r)
	return r != nil
}

var objectGetattributeBuiltin, objectSetattrBuiltin, objectDelattrBuiltin *Object

// attrNameArg checks the name argument of object.__getattribute__ and
// friends.
func (t *Thread) attrNameArg(o *Object) (*Str, bool) {
	if o.kind != KindStr {
		t.RaiseMsg(&TypeErrorType, "attribute name must be string, not '%s'", o.typ.Name)
		return nil, false
	}
	return asStr(o), true
}

// objectGetattribute is object.__getattribute__(self, name): the generic
// lookup, bypassing a class's own __getattribute__ and __getattr__.
func objectGetattribute(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__getattribute__", args, kwnames, 2, 2) {
		return nil
	}
	name, ok := t.attrNameArg(args[1])
	if !ok {
		return nil
	}
	o := args[0]
	switch {
	case o.kind == KindType:
		return typeGetAttr(t, o, name)
	case o.typ.Heap:
		return instanceGetAttribute(t, o, name)
	}
	return t.GetAttr(o, name)
}

// objectSetattr is object.__setattr__(self, name, value).
func objectSetattr(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__setattr__", args, kwnames, 3, 3) {
		return nil
	}
	return t.objectSetattrOf(args[0], args[1], args[2])
}

// objectDelattr is object.__delattr__(self, name).
func objectDelattr(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__delattr__", args, kwnames, 2, 2) {
		return nil
	}
	return t.objectSetattrOf(args[0], args[1], nil)
}

func (t *Thread) objectSetattrOf(o, n, v *Object) *Object {
	name, ok := t.attrNameArg(n)
	if !ok {
		return nil
	}
	switch {
	case o.kind == KindType:
		ok = typeSetAttr(t, o, name, v)
	case o.typ.Heap:
		ok = instanceSetAttr(t, o, name, v)
	default:
		ok = t.SetAttr(o, name, v)
	}
	if !ok {
		return nil
	}
	return None
}

// setMetaclassSlots gives a metaclass defined by a program the slots of
// type for its instances (classes), forwarding to the dunders it defines.
func setMetaclassSlots(cls *Type) {
	cls.GetAttr = typeGetAttr
	cls.SetAttr = typeSetAttr
	cls.instanceAttrs = false
	cls.customGetattr = false
	cls.Dealloc = deallocClass
	cls.Call = metaclassCall
	cls.GetItem = typeGetItem
	cls.Repr = func(t *Thread, o *Object) *Object {
		if m := t.lookupType(o.typ, dunderRepr); m != nil && m.kind == KindFunction {
			return callDunder(t, m, o)
		}
		return typeRepr(t, o)
	}
}

func init() {
	ObjectType.defSlotWrapper("__getattribute__", objectGetattribute)
	ObjectType.defSlotWrapper("__setattr__", objectSetattr)
	ObjectType.defSlotWrapper("__delattr__", objectDelattr)
	afterReadyTypes(func() {
		bt := bootThread()
		objectGetattributeBuiltin = ObjectType.Dict.GetStr(bt, dunderGetattribute)
		objectSetattrBuiltin = ObjectType.Dict.GetStr(bt, dunderSetattr)
		objectDelattrBuiltin = ObjectType.Dict.GetStr(bt, dunderDelattr)
	})
}
