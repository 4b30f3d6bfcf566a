package core

import (
	"strings"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// types.UnionType, the object int | str evaluates to (PEP 604), as
// CPython's Objects/unionobject.c: the flattened, deduplicated operands
// (None stands for NoneType), usable with isinstance and issubclass.

// UnionType is types.UnionType.
var UnionType = Type{Name: "UnionType", Module: "types", InstanceKind: KindOther}

// unionObject is the layout of a UnionType: its arguments, and their
// __parameters__ computed on first use.
type unionObject struct {
	Object
	args, params *Object
}

func asUnion(o *Object) *unionObject { return (*unionObject)(ptrOf(o)) }

// isUnionable reports whether o may be an operand of | on types.
func isUnionable(o *Object) bool {
	return o == None || o.kind == KindType || o.typ == &GenericAliasType || o.typ == &UnionType
}

// unionOr is the | of types, aliases and unions (_Py_union_type_or).
func unionOr(t *Thread, a, b *Object) *Object {
	if !isUnionable(a) || !isUnionable(b) {
		return NotImplemented
	}
	var flat []*Object
	for _, o := range []*Object{a, b} {
		switch {
		case o.typ == &UnionType:
			flat = append(flat, asTuple(asUnion(o).args).Items...)
		case o == None:
			flat = append(flat, &NoneType.Object)
		default:
			flat = append(flat, o)
		}
	}
	var args []*Object
	for _, x := range flat {
		dup := false
		for _, y := range args {
			if x.typ == &GenericAliasType && y.typ == &GenericAliasType {
				eq, ok := t.RichEq(x, y)
				if !ok {
					return nil
				}
				dup = eq
			} else {
				dup = x == y
			}
			if dup {
				break
			}
		}
		if !dup {
			args = append(args, x)
		}
	}
	if len(args) == 1 {
		return t.NewRef(args[0])
	}
	return t.newUnion(t.TupleOf(args...))
}

// newUnion makes a union of the arguments tuple args (taking its reference).
func (t *Thread) newUnion(args *Object) *Object {
	u := &unionObject{args: args}
	t.initObject(&u.Object, KindOther, &UnionType)
	return &u.Object
}

func deallocUnion(t *Thread, o *Object) {
	u := asUnion(o)
	args, params := u.args, u.params
	u.args, u.params = nil, nil
	t.XDecref(args)
	t.XDecref(params)
	t.recycle(o)
}

func unionRepr(t *Thread, o *Object) *Object {
	var b strings.Builder
	for i, a := range asTuple(asUnion(o).args).Items {
		if i > 0 {
			b.WriteString(" | ")
		}
		if a == &NoneType.Object {
			b.WriteString("None")
			continue
		}
		if !t.aliasReprItem(a, &b) {
			return nil
		}
	}
	return t.NewStr(b.String())
}

func unionGetAttr(t *Thread, o *Object, name *Str) *Object {
	u := asUnion(o)
	switch name.S {
	case "__args__":
		return t.NewRef(u.args)
	case "__parameters__":
		if u.params == nil {
			if u.params = t.aliasParameters(u.args); u.params == nil {
				return nil
			}
		}
		return t.NewRef(u.params)
	}
	return t.genericGetAttr(o, name)
}

// unionArgSet is frozenset(u.__args__).
func (t *Thread) unionArgSet(u *Object) *Object {
	return t.Call(&FrozenSetType.Object, []*Object{asUnion(u).args}, nil)
}

func unionCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if (op != bc.Eq && op != bc.Ne) || b.typ != &UnionType {
		return NotImplemented
	}
	x := t.unionArgSet(a)
	if x == nil {
		return nil
	}
	defer t.Decref(x)
	y := t.unionArgSet(b)
	if y == nil {
		return nil
	}
	defer t.Decref(y)
	eq, ok := t.RichEq(x, y)
	if !ok {
		return nil
	}
	return Bool(eq == (op == bc.Eq))
}

func unionHash(t *Thread, o *Object) (int64, bool) {
	s := t.unionArgSet(o)
	if s == nil {
		return 0, false
	}
	defer t.Decref(s)
	return t.Hash(s)
}

// unionGetItem substitutes the union's type variables, and joins the
// results with | again.
func unionGetItem(t *Thread, o, item *Object) *Object {
	u := asUnion(o)
	if u.params == nil {
		if u.params = t.aliasParameters(u.args); u.params == nil {
			return nil
		}
	}
	args := t.substitute(o, u.args, u.params, item)
	if args == nil {
		return nil
	}
	defer t.Decref(args)
	items := asTuple(args).Items
	if len(items) == 0 {
		return t.newUnion(t.TupleOf())
	}
	r := t.NewRef(items[0])
	for _, x := range items[1:] {
		n := t.BinaryOp(r, x, bc.Or)
		t.Decref(r)
		if n == nil {
			return nil
		}
		r = n
	}
	return r
}

func init() {
	registerType(&UnionType)
	tp := &UnionType
	tp.Dealloc = deallocUnion
	tp.Repr = unionRepr
	tp.GetAttr = unionGetAttr
	tp.Compare = unionCompare
	tp.Hash = unionHash
	tp.GetItem = unionGetItem
	tp.Binary[bc.Or] = unionOr
	tp.doc = "Represent a PEP 604 union type\n\nE.g. for int | str"
	TypeType.Binary[bc.Or] = unionOr
}
