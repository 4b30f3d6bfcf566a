package core

import (
	"strings"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// types.SimpleNamespace (CPython's Objects/namespaceobject.c): an object
// whose attributes are its keyword arguments. sys.implementation is one,
// and types.py takes the type from it.

// SimpleNamespaceType is types.SimpleNamespace.
var SimpleNamespaceType *Type

type simpleNamespace struct{ Object }

func init() {
	SimpleNamespaceType = NewType[simpleNamespace](TypeSpec{
		Name:         "types.SimpleNamespace",
		Doc:          "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
		Subclassable: true,
		Dict:         true,
		Slots: Slots{
			New: func(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
				return &Alloc[simpleNamespace](t, cls).Object
			},
			Repr:    namespaceRepr,
			Compare: namespaceCompare,
			Hash:    Unhashable,
		},
		Init: func(t *Thread, self *Object, args []*Object, kwnames []*Str) bool {
			if len(args) > len(kwnames) {
				t.RaiseMsg(&TypeErrorType, "no positional arguments expected")
				return false
			}
			for i, k := range kwnames {
				if !t.SetAttr(self, k, args[i]) {
					return false
				}
			}
			return true
		},
	})
}

// NewNamespace returns a types.SimpleNamespace with the given attributes
// (new references are taken).
func (t *Thread) NewNamespace(attrs map[string]*Object) *Object {
	ns := &Alloc[simpleNamespace](t, SimpleNamespaceType).Object
	d := t.NewDict()
	*dictSlot(ns) = d
	for k, v := range attrs {
		d.SetStr(t, Intern(k), v)
	}
	return ns
}

func namespaceRepr(t *Thread, o *Object) *Object {
	name := "namespace"
	if o.typ != SimpleNamespaceType {
		name = o.typ.Name
	}
	d := instanceDict(o)
	if d == nil {
		return t.NewStr(name + "()")
	}
	if !t.enterRecursive() {
		return nil
	}
	defer t.leaveRecursive()
	keys, values := d.Items(t)
	defer t.DecrefAll(keys)
	defer t.DecrefAll(values)
	type kv struct {
		k string
		v *Object
	}
	var parts []kv
	for i, k := range keys {
		if s, ok := StrValue(k); ok {
			parts = append(parts, kv{s, values[i]})
		}
	}
	var b strings.Builder
	b.WriteString(name + "(")
	for i, p := range parts {
		if i > 0 {
			b.WriteString(", ")
		}
		r, ok := t.ReprString(p.v)
		if !ok {
			return nil
		}
		b.WriteString(p.k + "=" + r)
	}
	b.WriteString(")")
	return t.NewStr(b.String())
}

func namespaceCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if (op != bc.Eq && op != bc.Ne) || !IsInstance(b, SimpleNamespaceType) {
		return NotImplemented
	}
	da, db := instanceDict(a), instanceDict(b)
	if da == nil {
		da = t.NewDict()
		defer t.Decref(&da.Object)
	}
	if db == nil {
		db = t.NewDict()
		defer t.Decref(&db.Object)
	}
	return t.RichCompare(&da.Object, &db.Object, op)
}
