package core

import "unsafe"

// Classes derived from core's built-in types (class P(tuple), class
// D(dict), class I(int), ...), as CPython builds them: an instance has the
// built-in's layout (so that every method of the base and every
// PyList_Check-style test, here a test of the kind, accepts it) followed
// by an instance dict, found at the class's dict offset as CPython's
// tp_dictoffset finds it. The class's slots are the base's own, except
// for those whose dunder methods a class defined by the program overrides
// (builtin_sub_slots.go): those forward to the dunders, as CPython's
// update_one_slot installs slot_tp_* functions. Exact-type fast paths
// (o.typ == &ListType) leave subclass instances to the general path.

// subLayout is what core knows of the instances of the classes derived
// from one built-in type.
type subLayout struct {
	// root is the built-in type.
	root *Type
	// alloc returns a zeroed instance: the built-in's struct, then the
	// instance dict.
	alloc func() *Object
	// dictOffset is where the instance dict sits.
	dictOffset uintptr
	// prepare sets the fields a fresh built-in object starts with (a str's
	// hash cache at -1, a set's inline table).
	prepare func(o *Object)
	// release drops the references the built-in's fields hold, as the
	// built-in's own dealloc does, without recycling the memory.
	release func(t *Thread, o *Object)
	// fill gives a new instance the value of src, an exact instance of
	// root just built by root's New (immutable types take their value in
	// __new__); nil for the mutable types, filled by __init__.
	fill func(t *Thread, dst, src *Object)
	// ownStr: the built-in has its own str() (CPython's tp_str: str,
	// bytes, bytearray); for the others str() of an instance is its repr.
	ownStr bool
	// varSize: the built-in's instances have a variable size in CPython
	// (tp_itemsize != 0: int, bytes, tuple), which rules out nonempty
	// __slots__ in a subclass.
	varSize bool
}

// subLayouts are indexed by the built-in's instance kind.
var subLayouts [numKinds]*subLayout

func newSubLayout[T any](root *Type, prepare func(o *Object), release func(t *Thread, o *Object), fill func(t *Thread, dst, src *Object)) *subLayout {
	var wd withDict[T]
	l := &subLayout{
		root:       root,
		alloc:      func() *Object { return (*Object)(unsafe.Pointer(&new(withDict[T]).obj)) },
		dictOffset: unsafe.Offsetof(wd.dict),
		prepare:    prepare,
		release:    release,
		fill:       fill,
	}
	subLayouts[root.InstanceKind] = l
	return l
}

func init() {
	noPrepare := func(o *Object) {}
	noRelease := func(t *Thread, o *Object) {}
	l := newSubLayout[Int](&IntType, noPrepare, func(t *Thread, o *Object) { asInt(o).Big = nil },
		func(t *Thread, dst, src *Object) {
			d, s := asInt(dst), asInt(src)
			d.V, d.Big = s.V, s.Big
		})
	l.varSize = true
	newSubLayout[Float](&FloatType, noPrepare, noRelease,
		func(t *Thread, dst, src *Object) { asFloat(dst).V = asFloat(src).V })
	l = newSubLayout[Str](&StrType, func(o *Object) { asStr(o).hash.Store(-1) },
		func(t *Thread, o *Object) { asStr(o).S = "" },
		func(t *Thread, dst, src *Object) { asStr(dst).S = asStr(src).S })
	l.ownStr = true
	l = newSubLayout[Bytes](&BytesType, func(o *Object) { asBytes(o).hash.Store(-1) },
		func(t *Thread, o *Object) { asBytes(o).V = nil },
		func(t *Thread, dst, src *Object) { asBytes(dst).V = asBytes(src).V })
	l.ownStr, l.varSize = true, true
	l = newSubLayout[Tuple](&TupleType, noPrepare, releaseTupleItems,
		func(t *Thread, dst, src *Object) {
			items := make([]*Object, len(asTuple(src).Items))
			for i, x := range asTuple(src).Items {
				items[i] = t.NewRef(x)
			}
			asTuple(dst).Items = items
		})
	l.varSize = true
	newSubLayout[List](&ListType, noPrepare, func(t *Thread, o *Object) {
		l := asList(o)
		items := l.Items
		l.Items = nil
		t.releaseAll(items)
	}, nil)
	newSubLayout[Dict](&DictType, noPrepare, func(t *Thread, o *Object) { asDict(o).Clear(t) }, nil)
	prepareSet := func(o *Object) {
		s := asSet(o)
		s.hash = -1
		s.table = s.small[:]
	}
	newSubLayout[Set](&SetType, prepareSet, func(t *Thread, o *Object) { asSet(o).Clear(t) }, nil)
	newSubLayout[Set](&FrozenSetType, prepareSet, func(t *Thread, o *Object) { asSet(o).Clear(t) },
		func(t *Thread, dst, src *Object) {
			d := asSet(dst)
			for _, e := range asSet(src).table {
				if e.key != nil && e.key != setDummy {
					d.Add(t, e.key)
				}
			}
		})
	l = newSubLayout[ByteArray](&ByteArrayType, noPrepare, func(t *Thread, o *Object) { asByteArray(o).V = nil }, nil)
	l.ownStr = true
}

// releaseTupleItems drops a tuple's items.
func releaseTupleItems(t *Thread, o *Object) {
	p := asTuple(o)
	items := p.Items
	p.Items = nil
	for _, it := range items {
		t.XDecref(it)
	}
}

// builtinRoot returns the built-in type whose layout the instances of
// cls have when cls derives from one of core's built-in types, or nil.
func builtinRoot(cls *Type) *Type {
	for tp := cls; tp != nil; tp = tp.Base {
		if !tp.Heap {
			if l := subLayouts[tp.InstanceKind]; l != nil && l.root == tp {
				return tp
			}
			return nil
		}
	}
	return nil
}

// subLayoutOf returns the layout of the instances of a class derived
// from a built-in type.
func subLayoutOf(cls *Type) *subLayout {
	if r := builtinRoot(cls); r != nil {
		return subLayouts[r.InstanceKind]
	}
	return nil
}

// setupBuiltinSub completes a class derived from a built-in type: the
// built-in's instance kind, the dict offset unless __slots__ leaves the
// instances without a dict, the slots, the deallocation.
func setupBuiltinSub(cls *Type, root *Type) {
	l := subLayouts[root.InstanceKind]
	cls.InstanceKind = root.InstanceKind
	cls.instanceAttrs = false
	cls.dictOffset = 0
	if !cls.noDict {
		cls.dictOffset = l.dictOffset
	}
	cls.Dealloc = deallocBuiltinSub
	inheritBuiltinSlots(cls, root, l)
}

// allocBuiltinSub returns an empty instance of cls, a class derived from
// a built-in type (one reference, owned by t).
func (t *Thread) allocBuiltinSub(cls *Type, l *subLayout) *Object {
	o := l.alloc()
	l.prepare(o)
	t.initObject(o, cls.InstanceKind, cls)
	t.Incref(&cls.Object)
	return o
}

// newBuiltinSub is root.__new__(cls, *args, **kwds) for cls a proper
// subclass of root: an immutable type's value is computed by root's own
// New from the arguments and copied into the new instance (CPython's
// long_subtype_new, tuple_subtype_new, ...); a mutable type's instance
// starts empty and its __init__ fills it.
func (t *Thread) newBuiltinSub(cls, root *Type, args []*Object, kwnames []*Str) *Object {
	l := subLayouts[root.InstanceKind]
	if l.fill == nil {
		if root == &SetType && len(kwnames) > 0 {
			return t.RaiseMsg(&TypeErrorType, "%s() takes no keyword arguments", root.Name)
		}
		return t.allocBuiltinSub(cls, l)
	}
	v := root.New(t, root, args, kwnames)
	if v == nil {
		return nil
	}
	defer t.Decref(v)
	if !v.typ.IsSubtype(root) || v.kind != root.InstanceKind {
		// int(x) and float(x) may return an instance of a subclass from
		// __int__/__float__; only the value matters.
		return t.RaiseMsg(&TypeErrorType, "%s.__new__(%s) returned a non-%s (type %s)", root.Name, cls.Name, root.Name, v.typ.Name)
	}
	o := t.allocBuiltinSub(cls, l)
	l.fill(t, o, v)
	return o
}

// deallocBuiltinSub frees an instance of a class derived from a built-in
// type (CPython's subtype_dealloc): its __del__, its dict, the built-in's
// fields; the class loses the reference its instance held.
func deallocBuiltinSub(t *Thread, o *Object) {
	if t.finalize(o) {
		return
	}
	cls := o.typ
	if p := dictSlot(o); p != nil && *p != nil {
		d := *p
		*p = nil
		t.Decref(&d.Object)
	}
	if l := subLayouts[o.kind]; l != nil {
		l.release(t, o)
	}
	t.recycle(o)
	t.Decref(&cls.Object)
}
