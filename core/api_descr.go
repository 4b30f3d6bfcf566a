package core

import "unsafe"

// Descriptors of native types: getset descriptors (computed attributes),
// member descriptors (fields of the Go layout), and the slot wrappers that
// make a native type's slots visible as dunder methods in its dict
// (deque.__len__, super().__init__(...) in a subclass, and the dunder
// lookup a subclass's slots do).

var (
	// GetSetDescriptorType is the type of a native type's computed attributes.
	GetSetDescriptorType = Type{Name: "getset_descriptor", InstanceKind: KindOther}
	// MemberDescriptorType is the type of a native type's field attributes.
	MemberDescriptorType = Type{Name: "member_descriptor", InstanceKind: KindOther}
)

// attrDescr is a getset or member descriptor; both are immortal, created
// when the types are readied.
type attrDescr struct {
	Object
	name  string
	owner *Type
	get   func(t *Thread, o *Object) *Object
	set   func(t *Thread, o, v *Object) bool
	doc   string
}

func asAttrDescr(o *Object) *attrDescr { return (*attrDescr)(ptrOf(o)) }

func isAttrDescr(v *Object) bool {
	return v.typ == &GetSetDescriptorType || v.typ == &MemberDescriptorType
}

// isDataDescriptor reports whether a class attribute takes precedence over
// the instance dict.
func isDataDescriptor(v *Object) bool {
	return wrapperType(v) == &PropertyType || isAttrDescr(v) || v.typ.DescrSet != nil
}

type pendingDescr struct {
	tp *Type
	d  *attrDescr
}

var pendingDescrs []pendingDescr

func (tp *Type) defGetSet(g GetSetDef) {
	d := &attrDescr{name: g.Name, owner: tp, get: g.Get, set: g.Set, doc: g.Doc}
	d.rc, d.kind, d.flags, d.typ, d.tid = 1, KindOther, flagImmortal, &GetSetDescriptorType, immortalTid
	pendingDescrs = append(pendingDescrs, pendingDescr{tp, d})
}

func (tp *Type) defMember(m MemberDef) {
	off := m.Offset
	d := &attrDescr{name: m.Name, owner: tp, doc: m.Doc}
	d.rc, d.kind, d.flags, d.typ, d.tid = 1, KindOther, flagImmortal, &MemberDescriptorType, immortalTid
	field := func(o *Object) unsafe.Pointer { return unsafe.Add(unsafe.Pointer(o), off) }
	switch m.Type {
	case MemberObject:
		d.get = func(t *Thread, o *Object) *Object {
			if v := *(**Object)(field(o)); v != nil {
				return t.NewRef(v)
			}
			return None
		}
		d.set = func(t *Thread, o, v *Object) bool {
			p := (**Object)(field(o))
			if v != nil {
				t.Incref(v)
			}
			old := *p
			*p = v
			t.XDecref(old)
			return true
		}
	case MemberInt64, MemberInt:
		d.get = func(t *Thread, o *Object) *Object {
			if m.Type == MemberInt {
				return t.NewInt(int64(*(*int)(field(o))))
			}
			return t.NewInt(*(*int64)(field(o)))
		}
		d.set = func(t *Thread, o, v *Object) bool {
			if v == nil {
				t.RaiseMsg(&TypeErrorType, "can't delete numeric/char attribute")
				return false
			}
			n, ok := t.AsInt64(v)
			if ok && m.Type == MemberInt {
				*(*int)(field(o)) = int(n)
			} else if ok {
				*(*int64)(field(o)) = n
			}
			return ok
		}
	case MemberFloat64:
		d.get = func(t *Thread, o *Object) *Object { return t.NewFloat(*(*float64)(field(o))) }
		d.set = func(t *Thread, o, v *Object) bool {
			if v == nil {
				t.RaiseMsg(&TypeErrorType, "can't delete numeric/char attribute")
				return false
			}
			f, ok := t.AsFloat(v)
			if ok {
				*(*float64)(field(o)) = f
			}
			return ok
		}
	case MemberBool:
		d.get = func(t *Thread, o *Object) *Object { return Bool(*(*bool)(field(o))) }
		d.set = func(t *Thread, o, v *Object) bool {
			if v == nil || v.kind != KindBool {
				t.RaiseMsg(&TypeErrorType, "attribute value type must be bool")
				return false
			}
			*(*bool)(field(o)) = v == True
			return true
		}
	default:
		panic("core: unknown member type for " + tp.Name + "." + m.Name)
	}
	if m.ReadOnly {
		d.set = nil
	}
	pendingDescrs = append(pendingDescrs, pendingDescr{tp, d})
}

// readyDescrs puts the descriptors in their types' dicts.
func readyDescrs(t *Thread) {
	for _, p := range pendingDescrs {
		p.tp.Dict.SetStr(t, internName(p.d.name), &p.d.Object)
	}
	pendingDescrs = nil
}

// attrDescrGet is descr.__get__(o): the attribute's value for an instance
// of its owner.
func attrDescrGet(t *Thread, v, o *Object) *Object {
	d := asAttrDescr(v)
	if o.typ != d.owner && !o.typ.IsSubtype(d.owner) {
		return t.RaiseMsg(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, d.owner.tpName(), o.typ.tpName())
	}
	if d.get == nil {
		return t.RaiseMsg(&AttributeErrorType, "attribute '%s' of '%s' objects is not readable", d.name, d.owner.tpName())
	}
	return d.get(t, o)
}

// attrDescrSet is descr.__set__(o, v) (v nil: __delete__).
func attrDescrSet(t *Thread, v, o, value *Object) bool {
	d := asAttrDescr(v)
	if o.typ != d.owner && !o.typ.IsSubtype(d.owner) {
		t.RaiseMsg(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, d.owner.tpName(), o.typ.tpName())
		return false
	}
	if d.set == nil {
		if d.typ == &MemberDescriptorType {
			t.RaiseMsg(&AttributeErrorType, "readonly attribute")
		} else {
			t.RaiseMsg(&AttributeErrorType, "attribute '%s' of '%s' objects is not writable", d.name, d.owner.tpName())
		}
		return false
	}
	return d.set(t, o, value)
}

func attrDescrRepr(t *Thread, o *Object) *Object {
	d := asAttrDescr(o)
	kind := "attribute"
	if d.typ == &MemberDescriptorType {
		kind = "member"
	}
	return t.NewStr("<" + kind + " '" + d.name + "' of '" + d.owner.tpName() + "' objects>")
}

func attrDescrGetAttr(t *Thread, o *Object, name *Str) *Object {
	d := asAttrDescr(o)
	switch name.S {
	case "__name__", "__qualname__":
		if name.S == "__qualname__" {
			return t.NewStr(d.owner.Name + "." + d.name)
		}
		return t.NewStr(d.name)
	case "__objclass__":
		return t.NewRef(&d.owner.Object)
	case "__doc__":
		if d.doc == "" {
			return None
		}
		return t.NewStr(d.doc)
	}
	return t.genericGetAttr(o, name)
}

func init() {
	for _, tp := range []*Type{&GetSetDescriptorType, &MemberDescriptorType} {
		registerType(tp)
		tp.Repr = attrDescrRepr
		tp.GetAttr = attrDescrGetAttr
		tp.Dealloc = func(t *Thread, o *Object) {}
		tp.def("__get__", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			// PyArg_UnpackTuple(args, "", 1, 2): the messages name no function.
			if !t.ArgsRange("", args[1:], kwnames, 1, 2) {
				return nil
			}
			if args[1] == None {
				return t.NewRef(args[0])
			}
			return attrDescrGet(t, args[0], args[1])
		})
		tp.def("__set__", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if !t.ArgsRange("__set__", args[1:], kwnames, 2, 2) {
				return nil
			}
			if !attrDescrSet(t, args[0], args[1], args[2]) {
				return nil
			}
			return None
		})
		tp.def("__delete__", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if !t.ArgsRange("__delete__", args[1:], kwnames, 1, 1) {
				return nil
			}
			if !attrDescrSet(t, args[0], args[1], nil) {
				return nil
			}
			return None
		})
	}
}

// defSlot adds a slot wrapper taking self and nargs positional arguments
// (its self is checked on the call path, descrcheck.go).
func (tp *Type) defSlot(name string, nargs int, fn func(t *Thread, args []*Object) *Object) {
	tp.defSlotWrapper(name, fixedArgs(name, nargs, fn))
}

func noneIf(ok bool) *Object {
	if ok {
		return None
	}
	return nil
}

// constDef is a constant class attribute waiting for its type's dict
// (__hash__ = None).
type constDef struct {
	tp   *Type
	name string
	v    *Object
}

var pendingConsts []constDef

func readyConsts(t *Thread) {
	for _, c := range pendingConsts {
		c.tp.Dict.SetStr(t, internName(c.name), c.v)
	}
	pendingConsts = nil
}

// defDescrWrappers adds __get__, __set__ and __delete__ for the
// descriptor slots, with the checks of CPython's wrap_descr_get,
// wrap_descr_set and wrap_descr_delete.
func defDescrWrappers(tp *Type) {
	if get := tp.DescrGet; get != nil {
		tp.defSlotWrapper("__get__", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			// PyArg_UnpackTuple(args, "", 1, 2): the messages name no function.
			if !t.ArgsRange("", args[1:], kwnames, 1, 2) {
				return nil
			}
			obj, owner := args[1], None
			if len(args) > 2 {
				owner = args[2]
			}
			if obj == None {
				obj = nil
			}
			if owner == None {
				owner = nil
			}
			if obj == nil && owner == nil {
				return t.RaiseMsg(&TypeErrorType, "__get__(None, None) is invalid")
			}
			return get(t, args[0], obj, owner)
		})
	}
	if set := tp.DescrSet; set != nil {
		tp.defSlot("__set__", 2, func(t *Thread, args []*Object) *Object { return noneIf(set(t, args[0], args[1], args[2])) })
		tp.defSlot("__delete__", 1, func(t *Thread, args []*Object) *Object { return noneIf(set(t, args[0], args[1], nil)) })
	}
}
