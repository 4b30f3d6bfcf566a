package core

// Attribute access with a dict the caller supplies, for native types whose
// instance dict is not a field of the object (threading.local keeps one
// dict per thread): CPython's _PyObject_GenericGetAttrWithDict and
// _PyObject_GenericSetAttrWithDict.

// GenericGetAttrWithDict is object.__getattribute__ with d as o's instance
// dict: data descriptors of o's class, then d, then the class's attributes
// (bound to o), then __getattr__.
func (t *Thread) GenericGetAttrWithDict(o *Object, name *Str, d *Dict) *Object {
	if name.S == "__class__" {
		return t.NewRef(&o.typ.Object)
	}
	cv := t.lookupType(o.typ, name)
	if cv != nil && isDataDescriptor(cv) {
		return descriptorGet(t, cv, o)
	}
	if v := d.GetStr(t, name); v != nil {
		return v
	}
	if cv != nil {
		return t.bindAttr(cv, o)
	}
	if ga := t.lookupType(o.typ, dunderGetattr); ga != nil {
		return t.Call(ga, []*Object{o, &name.Object}, nil)
	}
	return t.RaiseMsg(&AttributeErrorType, "'%s' object has no attribute '%s'", o.typ.tpName(), name.S)
}

// GenericSetAttrWithDict is object.__setattr__ (v nil: __delattr__) with d
// as o's instance dict: data descriptors of o's class first.
func (t *Thread) GenericSetAttrWithDict(o *Object, name *Str, v *Object, d *Dict) bool {
	if cv := t.lookupType(o.typ, name); cv != nil && isDataDescriptor(cv) {
		return instanceSetAttr(t, o, name, v)
	}
	if v == nil {
		if found, _ := d.Delete(t, &name.Object); !found {
			t.RaiseMsg(&AttributeErrorType, "'%s' object has no attribute '%s'", o.typ.tpName(), name.S)
			return false
		}
		return true
	}
	d.SetStr(t, name, v)
	return true
}

// keepNativeAttrSlots gives a class derived from a native type whose
// TypeSpec sets OwnAttrSlots that type's GetAttr and SetAttr, which look
// the class's descriptors up themselves (GenericGetAttrWithDict).
func keepNativeAttrSlots(cls *Type) {
	for b := cls.Base; b != nil; b = b.Base {
		if b.layout != nil {
			if b.ownAttrSlots {
				cls.GetAttr, cls.SetAttr = b.GetAttr, b.SetAttr
				cls.instanceAttrs = false
			}
			return
		}
	}
}

// OverridesInit reports whether cls or a base other than object defines
// __init__ (CPython's tp_init != object's tp_init).
func (t *Thread) OverridesInit(cls *Type) bool {
	init := t.lookupType(cls, dunderInit)
	return init != nil && init != objectInit
}

// CallArgs calls callable(*args, **kwargs) with a tuple and a dict (nil:
// no keywords), as CPython's PyObject_Call does.
func (t *Thread) CallArgs(callable, args, kwargs *Object) *Object {
	return t.callEx(callable, nil, args, kwargs)
}

// TpName is the type's name as CPython's tp_name spells it in messages and
// reprs: "_thread.lock" for a native type, the bare name for a class.
func (tp *Type) TpName() string { return tp.tpName() }

// GenericSetAttr is object.__setattr__ (v nil: __delattr__), CPython's
// PyObject_GenericSetAttr: data descriptors of o's class, then o's
// instance dict when it has one. A native type whose base refuses
// attributes (dict) sets it as its SetAttr slot to make its members
// writable.
func GenericSetAttr(t *Thread, o *Object, name *Str, v *Object) bool {
	return instanceSetAttr(t, o, name, v)
}
