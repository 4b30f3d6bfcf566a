package core

import (
	"fmt"
	"sort"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// object's slots and methods beyond creation and attribute access
// (type_call.go, class_custom.go): CPython's object_str,
// object_richcompare, __format__, __sizeof__, __dir__, __subclasshook__,
// __reduce__/__reduce_ex__/__getstate__ and the __class__ attribute, as
// Objects/typeobject.c defines them.

const objectDoc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"

// objectStr is object.__str__: repr() through the object's type.
func objectStr(t *Thread, o *Object) *Object { return t.Repr(o) }

// objectCompare is object's rich comparison (object_richcompare): == by
// identity, != the inverse of the type's own ==, the orderings
// NotImplemented.
func objectCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	switch op {
	case bc.Eq:
		if a == b {
			return True
		}
	case bc.Ne:
		cmp := a.typ.Compare
		if cmp == nil {
			return NotImplemented
		}
		r := cmp(t, a, b, bc.Eq)
		if r == nil || r == NotImplemented {
			return r
		}
		v, ok := t.Truth(r)
		t.Decref(r)
		if !ok {
			return nil
		}
		return Bool(!v)
	}
	return NotImplemented
}

// objectFormat is object.__format__(spec): str(self) for an empty spec.
func objectFormat(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__format__", args[1:], kwnames, 1, 1) {
		return nil
	}
	spec := args[1]
	if spec.kind != KindStr {
		return t.RaiseMsg(&TypeErrorType, "__format__() argument must be str, not %s", spec.typ.tpName())
	}
	if asStr(spec).S != "" {
		return t.RaiseMsg(&TypeErrorType, "unsupported format string passed to %s.__format__", args[0].typ.tpName())
	}
	return t.StrOf(args[0])
}

// objectSizeof is object.__sizeof__: the size of the object's layout, as
// CPython's tp_basicsize counts it (a header of two words, plus the
// instance dict pointer of a class's instance).
func objectSizeof(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__sizeof__", args[1:], kwnames, 0, 0) {
		return nil
	}
	n := int64(16)
	if dictSlot(args[0]) != nil {
		n += 16
	}
	return t.NewInt(n)
}

// objectSubclasshook is object.__subclasshook__: NotImplemented, so that
// the ABC machinery falls back to the normal subclass check.
func objectSubclasshook(t *Thread, args []*Object, kwnames []*Str) *Object {
	return NotImplemented
}

// objectDir is object.__dir__: the instance dict's keys and the
// attributes of the object's class and its bases (CPython's object___dir__
// reads __class__ and __dict__ through the object).
func objectDir(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__dir__", args[1:], kwnames, 0, 0) {
		return nil
	}
	o := args[0]
	names := map[string]*Object{}
	d, ok := t.LookupAttr(o, "__dict__")
	if !ok {
		return nil
	}
	if d != nil {
		if d.kind == KindDict {
			for _, k := range t.dictKeysList(asDict(d)) {
				t.addName(names, k)
			}
		}
		t.Decref(d)
	}
	c, ok := t.LookupAttr(o, "__class__")
	if !ok {
		return nil
	}
	if c != nil {
		if c.kind == KindType {
			t.mergeClassDict(asType(c), names)
		}
		t.Decref(c)
	}
	return t.dirList(names)
}

// typeDir is type.__dir__: the attributes of the class and its bases.
func typeDir(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__dir__", args[1:], kwnames, 0, 0) {
		return nil
	}
	names := map[string]*Object{}
	t.mergeClassDict(asType(args[0]), names)
	return t.dirList(names)
}

// mergeClassDict adds the names of cls's dict and its bases' dicts.
func (t *Thread) mergeClassDict(cls *Type, names map[string]*Object) {
	for _, c := range cls.MRO {
		if c.Dict == nil {
			continue
		}
		for _, k := range t.dictKeysList(c.Dict) {
			t.addName(names, k)
		}
	}
}

// dirKey tells the keys of a dir() apart: strs by value, other keys by
// identity.
func dirKey(k *Object) string {
	if k.kind == KindStr {
		return asStr(k).S
	}
	return fmt.Sprintf("\x00%x", uintptrOf(k))
}

// dictKeysList returns new references to d's keys, read under its lock.
func (t *Thread) dictKeysList(d *Dict) []*Object {
	d.lk.lock(t)
	defer d.lk.unlock(t)
	var keys []*Object
	for i := range d.entries {
		if e := &d.entries[i]; e.key != nil && e.value != nil {
			t.Incref(e.key)
			keys = append(keys, e.key)
		}
	}
	return keys
}

// addName adds a new reference to a name to names (dropping it when the
// name is already there).
func (t *Thread) addName(names map[string]*Object, k *Object) {
	key := dirKey(k)
	if _, dup := names[key]; dup {
		t.Decref(k)
		return
	}
	names[key] = k
}

// dirList returns the names as a new list (it takes their references).
func (t *Thread) dirList(names map[string]*Object) *Object {
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	items := make([]*Object, len(keys))
	for i, k := range keys {
		items[i] = names[k]
	}
	return t.ListOwned(items...)
}

// builtinDir is dir([object]): the sorted names of the caller's scope, or
// of type(object).__dir__(object).
func builtinDir(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("dir", args, kwnames, 0, 1) {
		return nil
	}
	var names *Object
	if len(args) == 0 {
		names = builtinLocals(t, nil, nil)
	} else {
		o := args[0]
		m := t.lookupType(o.typ, internName("__dir__"))
		if m == nil {
			return t.RaiseMsg(&TypeErrorType, "object does not provide __dir__")
		}
		t.Incref(m)
		names = t.callBound(m, o, nil)
		t.Decref(m)
	}
	if names == nil {
		return nil
	}
	r := builtinSorted(t, []*Object{names}, nil)
	t.Decref(names)
	return r
}
func init() {
	ObjectType.Str = objectStr
	ObjectType.Compare = objectCompare
	ObjectType.doc = objectDoc
	ObjectType.def("__format__", objectFormat)
	ObjectType.def("__sizeof__", objectSizeof)
	ObjectType.def("__dir__", objectDir)
	ObjectType.defClass("__subclasshook__", objectSubclasshook)
	TypeType.def("__dir__", typeDir)
	ObjectType.defGetSet(GetSetDef{Name: "__class__",
		Get: func(t *Thread, o *Object) *Object { return t.NewRef(&o.typ.Object) },
		Set: func(t *Thread, o, v *Object) bool {
			t.RaiseMsg(&TypeErrorType, "assigning or deleting __class__ is not supported by rcvm")
			return false
		},
		Doc: "the object's class"})
	defBuiltin("dir", builtinDir)
}
