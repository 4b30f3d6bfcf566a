package core

import "strings"

// __slots__ (CPython's type_new slot handling): each name becomes a
// member descriptor in the class's dict, the instances keep the values in
// a fixed array after their header, and a class whose hierarchy declares
// __slots__ without "__dict__" has instances without a __dict__.

// slottedInstance is the layout of an instance of a class with slots.
type slottedInstance struct {
	Instance
	vals []*Object
}

func asSlotted(o *Object) *slottedInstance { return (*slottedInstance)(ptrOf(o)) }

// setupSlots reads the namespace's __slots__ and adds the member
// descriptors; it sets cls.nslots, cls.ownSlots and cls.noDict.
func (t *Thread) setupSlots(cls *Type, base *Type, ns *Dict) bool {
	cls.nslots = base.nslots
	sl := ns.GetStr(t, dunderSlotsName)
	if sl == nil {
		cls.weakrefable = base.weakrefable || mayAddWeakref(base)
		return true
	}
	defer t.Decref(sl)
	var items []*Object
	if sl.kind == KindStr {
		items = []*Object{t.NewRef(sl)}
	} else {
		var ok bool
		if items, ok = t.Collect(sl); !ok {
			return false
		}
	}
	defer t.releaseAll(items)
	var names []string
	wantDict, wantWeak := false, false
	for _, it := range items {
		if it.kind != KindStr {
			t.RaiseMsg(&TypeErrorType, "__slots__ items must be strings, not '%s'", it.typ.Name)
			return false
		}
		s := asStr(it).S
		if !isIdentifier(s) {
			t.RaiseMsg(&TypeErrorType, "__slots__ must be identifiers")
			return false
		}
		switch s {
		case "__dict__":
			if !base.noDict && base != &ObjectType || wantDict {
				t.RaiseMsg(&TypeErrorType, "__dict__ slot disallowed: we already got one")
				return false
			}
			wantDict = true
			continue
		case "__weakref__":
			if l := subLayoutOf(base); l != nil && l.varSize {
				t.RaiseMsg(&TypeErrorType, "nonempty __slots__ not supported for subtype of '%s'", l.root.Name)
				return false
			}
			if !mayAddWeakref(base) || wantWeak {
				t.RaiseMsg(&TypeErrorType, "__weakref__ slot disallowed: either we already got one, or the base type's itemsize != 0")
				return false
			}
			wantWeak = true
			continue
		}
		s = mangleSlot(cls.Name, s)
		if v := ns.GetStr(t, Intern(s)); v != nil {
			t.Decref(v)
			t.RaiseMsg(&ValueErrorType, "'%s' in __slots__ conflicts with class variable", s)
			return false
		}
		names = append(names, s)
	}
	if l := subLayoutOf(base); l != nil && len(names) > 0 && l.varSize {
		t.RaiseMsg(&TypeErrorType, "nonempty __slots__ not supported for subtype of '%s'", l.root.Name)
		return false
	}
	if len(names) > 0 && (subLayoutOf(base) != nil || base.IsException || base.wrapperBase != nil || base == &TypeType || base.IsSubtype(&TypeType)) {
		t.RaiseMsg(&TypeErrorType, "nonempty __slots__ in a class derived from '%s' is not supported by rcvm", base.Name)
		return false
	}
	cls.noDict = !wantDict && (base == &ObjectType || base.noDict || builtinRoot(base) == base || base.layout != nil && base.dictOffset == 0)
	cls.weakrefable = base.weakrefable || wantWeak
	for _, s := range names {
		d := t.newSlotDescr(cls, s, cls.nslots)
		ns.SetStr(t, Intern(s), d)
		t.Decref(d)
		cls.nslots++
	}
	cls.ownSlots = len(names)
	return true
}

// mayAddWeakref reports whether a class derived from base may get a weak
// reference list: base has none and a fixed size (CPython's may_add_weak:
// int, bytes and tuple have variable-size instances).
func mayAddWeakref(base *Type) bool {
	return !base.weakrefable && !base.IsSubtype(&IntType) && !base.IsSubtype(&TupleType) && !base.IsSubtype(&BytesType)
}

// mangleSlot applies private name mangling (__x in class C is _C__x).
func mangleSlot(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") {
		return name
	}
	c := strings.TrimLeft(class, "_")
	if c == "" {
		return name
	}
	return "_" + c + name
}

// newSlotDescr makes the member descriptor of slot i of cls. It does not
// hold a reference to cls: the class's dict holds the descriptor.
func (t *Thread) newSlotDescr(cls *Type, name string, i int) *Object {
	d := &attrDescr{name: name, owner: cls}
	d.get = func(t *Thread, o *Object) *Object {
		if v := slotVal(o, i); v != nil {
			return t.NewRef(v)
		}
		return t.RaiseMsg(&AttributeErrorType, "'%s' object has no attribute '%s'", o.typ.Name, name)
	}
	d.set = func(t *Thread, o, v *Object) bool {
		p := slotPtr(o, i)
		if p == nil {
			t.RaiseMsg(&AttributeErrorType, "'%s' object has no attribute '%s'", o.typ.Name, name)
			return false
		}
		old := *p
		if v == nil && old == nil {
			t.RaiseMsg(&AttributeErrorType, "%s", name)
			return false
		}
		*p = t.XNewRef(v)
		t.XDecref(old)
		return true
	}
	t.initObject(&d.Object, KindOther, &MemberDescriptorType)
	return &d.Object
}

// slotPtr is where slot i of o is kept, or nil when o has no such slot.
func slotPtr(o *Object, i int) **Object {
	if o.typ.nslots <= i {
		return nil
	}
	if o.typ.layout != nil {
		return &(*nativeSlots(o))[i]
	}
	if o.kind != KindInstance {
		return nil
	}
	return &asSlotted(o).vals[i]
}

func slotVal(o *Object, i int) *Object {
	if p := slotPtr(o, i); p != nil {
		return *p
	}
	return nil
}

// releaseSlots drops the references of a slotted instance's values.
func (t *Thread) releaseSlots(o *Object) {
	s := asSlotted(o)
	vals := s.vals
	s.vals = nil
	t.releaseAll(nonNil(vals))
}

func nonNil(objs []*Object) []*Object {
	out := objs[:0]
	for _, o := range objs {
		if o != nil {
			out = append(out, o)
		}
	}
	return out
}

var dunderSlotsName = Intern("__slots__")

func init() {
	MemberDescriptorType.Dealloc = func(t *Thread, o *Object) { t.recycle(o) }
}
