package core

import (
	"strings"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// types.GenericAlias, the object list[int] evaluates to (PEP 585), as
// CPython's Objects/genericaliasobject.c: an origin and its arguments,
// with the type variables among them as __parameters__, substitution by
// subscription, and every other attribute read through the origin.

// GenericAliasType is types.GenericAlias.
var GenericAliasType = Type{Name: "GenericAlias", Module: "types", InstanceKind: KindOther}

// genericAlias is the layout of a GenericAlias.
type genericAlias struct {
	Object
	origin, args *Object
	// params is __parameters__, computed on first use (nil until then).
	params *Object
}

func asGenericAlias(o *Object) *genericAlias { return (*genericAlias)(ptrOf(o)) }

// NewGenericAlias returns origin[args] as a types.GenericAlias
// (Py_GenericAlias): args is a tuple, or one argument.
func (t *Thread) NewGenericAlias(origin, args *Object) *Object {
	g := &genericAlias{origin: t.NewRef(origin)}
	if args.kind == KindTuple {
		g.args = t.NewRef(args)
	} else {
		g.args = t.TupleOf(args)
	}
	t.initObject(&g.Object, KindOther, &GenericAliasType)
	return &g.Object
}

// ClassGetItem is the __class_getitem__ class method of the built-in
// containers (list[int]); native modules give their generic types the
// same one (MethodDef{Name: "__class_getitem__", Kind: ClassMethod, Fn:
// core.ClassGetItem}).
func ClassGetItem(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__class_getitem__", args[1:], kwnames, 1, 1) {
		return nil
	}
	return t.NewGenericAlias(args[0], args[1])
}

func deallocGenericAlias(t *Thread, o *Object) {
	g := asGenericAlias(o)
	origin, args, params := g.origin, g.args, g.params
	g.origin, g.args, g.params = nil, nil, nil
	t.XDecref(origin)
	t.XDecref(args)
	t.XDecref(params)
	t.recycle(o)
}

// genericAliasNew is types.GenericAlias(origin, args).
func genericAliasNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "GenericAlias() takes no keyword arguments")
	}
	if len(args) != 2 {
		return t.RaiseMsg(&TypeErrorType, "GenericAlias expected 2 arguments, got %d", len(args))
	}
	return t.NewGenericAlias(args[0], args[1])
}

// aliasParameters is __parameters__ of an alias's arguments (CPython's
// _Py_make_parameters): the arguments that are type variables (they have
// __typing_subst__) and the parameters of the arguments that have some,
// each once, in order.
func (t *Thread) aliasParameters(args *Object) *Object {
	var params []*Object
	add := func(p *Object) {
		for _, q := range params {
			if q == p {
				return
			}
		}
		params = append(params, t.NewRef(p))
	}
	for _, a := range asTuple(args).Items {
		if a.kind == KindType {
			continue
		}
		subst, ok := t.LookupAttr(a, "__typing_subst__")
		if !ok {
			t.releaseAll(params)
			return nil
		}
		if subst != nil {
			t.Decref(subst)
			add(a)
			continue
		}
		sub, ok := t.LookupAttr(a, "__parameters__")
		if !ok {
			t.releaseAll(params)
			return nil
		}
		if sub != nil {
			if sub.kind == KindTuple {
				for _, p := range asTuple(sub).Items {
					add(p)
				}
			}
			t.Decref(sub)
		}
	}
	return t.TupleOwned(params...)
}

// cachedParameters returns a borrowed __parameters__ of a GenericAlias.
func (t *Thread) cachedParameters(g *genericAlias) *Object {
	if g.params == nil {
		p := t.aliasParameters(g.args)
		if p == nil {
			return nil
		}
		g.params = p
	}
	return g.params
}

// substitute replaces the parameters params of args by the items of item
// (CPython's _Py_subs_parameters); self names the alias in errors. It
// returns the new arguments as a tuple.
func (t *Thread) substitute(self, args, params, item *Object) *Object {
	np := len(asTuple(params).Items)
	if np == 0 {
		r, ok := t.ReprString(self)
		if ok {
			t.RaiseMsg(&TypeErrorType, "%s is not a generic class", r)
		}
		return nil
	}
	var items []*Object
	if item.kind == KindTuple {
		items = asTuple(item).Items
	} else {
		items = []*Object{item}
	}
	if len(items) != np {
		r, ok := t.ReprString(self)
		if ok {
			much := "many"
			if len(items) < np {
				much = "few"
			}
			t.RaiseMsg(&TypeErrorType, "Too %s arguments for %s; actual %d, expected %d", much, r, len(items), np)
		}
		return nil
	}
	index := func(p *Object) int {
		for i, q := range asTuple(params).Items {
			if q == p {
				return i
			}
		}
		return -1
	}
	var out []*Object
	for _, a := range asTuple(args).Items {
		if a.kind == KindType {
			out = append(out, t.NewRef(a))
			continue
		}
		subst, ok := t.LookupAttr(a, "__typing_subst__")
		if !ok {
			t.releaseAll(out)
			return nil
		}
		var r *Object
		if subst != nil {
			r = t.Call(subst, []*Object{items[index(a)]}, nil)
			t.Decref(subst)
		} else {
			r = t.substituteIn(a, params, items, index)
		}
		if r == nil {
			t.releaseAll(out)
			return nil
		}
		out = append(out, r)
	}
	return t.TupleOwned(out...)
}

// substituteIn is subs_tvars: a with its own parameters replaced, by
// subscribing it with their values.
func (t *Thread) substituteIn(a, params *Object, items []*Object, index func(*Object) int) *Object {
	sub, ok := t.LookupAttr(a, "__parameters__")
	if !ok {
		return nil
	}
	if sub == nil {
		return t.NewRef(a)
	}
	defer t.Decref(sub)
	if sub.kind != KindTuple || len(asTuple(sub).Items) == 0 {
		return t.NewRef(a)
	}
	vals := make([]*Object, len(asTuple(sub).Items))
	for i, p := range asTuple(sub).Items {
		j := index(p)
		if j < 0 {
			vals[i] = p
		} else {
			vals[i] = items[j]
		}
	}
	key := t.TupleOf(vals...)
	r := t.GetItem(a, key)
	t.Decref(key)
	return r
}

func genericAliasGetItem(t *Thread, o, item *Object) *Object {
	g := asGenericAlias(o)
	params := t.cachedParameters(g)
	if params == nil {
		return nil
	}
	args := t.substitute(o, g.args, params, item)
	if args == nil {
		return nil
	}
	r := t.NewGenericAlias(g.origin, args)
	t.Decref(args)
	return r
}

// aliasReprItem is how an alias's repr shows one argument (ga_repr_item):
// ... for Ellipsis, a class by its qualified name, an alias by its repr.
func (t *Thread) aliasReprItem(p *Object, b *strings.Builder) bool {
	if p == Ellipsis {
		b.WriteString("...")
		return true
	}
	if p.kind == KindList {
		b.WriteByte('[')
		for i, x := range asList(p).Items {
			if i > 0 {
				b.WriteString(", ")
			}
			if !t.aliasReprItem(x, b) {
				return false
			}
		}
		b.WriteByte(']')
		return true
	}
	origin, ok := t.LookupAttr(p, "__origin__")
	if !ok {
		return false
	}
	if origin != nil {
		t.Decref(origin)
		args, ok := t.LookupAttr(p, "__args__")
		if !ok {
			return false
		}
		if args != nil {
			t.Decref(args)
			return t.writeRepr(p, b)
		}
	}
	qual, ok := t.LookupAttr(p, "__qualname__")
	if !ok {
		return false
	}
	if qual == nil {
		return t.writeRepr(p, b)
	}
	defer t.Decref(qual)
	mod, ok := t.LookupAttr(p, "__module__")
	if !ok {
		return false
	}
	if mod == nil || mod == None {
		t.XDecref(mod)
		return t.writeRepr(p, b)
	}
	defer t.Decref(mod)
	if mod.kind == KindStr && asStr(mod).S != "builtins" {
		b.WriteString(asStr(mod).S)
		b.WriteByte('.')
	}
	s := t.StrOf(qual)
	if s == nil {
		return false
	}
	b.WriteString(asStr(s).S)
	t.Decref(s)
	return true
}

func (t *Thread) writeRepr(p *Object, b *strings.Builder) bool {
	r, ok := t.ReprString(p)
	b.WriteString(r)
	return ok
}

func genericAliasRepr(t *Thread, o *Object) *Object {
	g := asGenericAlias(o)
	var b strings.Builder
	if !t.aliasReprItem(g.origin, &b) {
		return nil
	}
	b.WriteByte('[')
	items := asTuple(g.args).Items
	if len(items) == 0 {
		b.WriteString("()")
	}
	for i, a := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if !t.aliasReprItem(a, &b) {
			return nil
		}
	}
	b.WriteByte(']')
	return t.NewStr(b.String())
}

// genericAliasAttrs are the attributes an alias answers itself; every
// other attribute is its origin's (ga_getattro's attr_exceptions).
var genericAliasAttrs = map[string]bool{
	"__class__": true, "__origin__": true, "__args__": true, "__unpacked__": true,
	"__parameters__": true, "__typing_unpacked_tuple_args__": true, "__mro_entries__": true,
	"__reduce_ex__": true, "__reduce__": true, "__copy__": true, "__deepcopy__": true,
}

func genericAliasGetAttr(t *Thread, o *Object, name *Str) *Object {
	g := asGenericAlias(o)
	if !genericAliasAttrs[name.S] {
		return t.GetAttr(g.origin, name)
	}
	switch name.S {
	case "__origin__":
		return t.NewRef(g.origin)
	case "__args__":
		return t.NewRef(g.args)
	case "__parameters__":
		return t.XNewRef(t.cachedParameters(g))
	case "__unpacked__":
		return False
	case "__typing_unpacked_tuple_args__":
		return None
	}
	return t.genericGetAttr(o, name)
}

func genericAliasCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if (op != bc.Eq && op != bc.Ne) || b.typ != &GenericAliasType {
		return NotImplemented
	}
	x, y := asGenericAlias(a), asGenericAlias(b)
	eq, ok := t.RichEq(x.origin, y.origin)
	if !ok {
		return nil
	}
	if eq {
		if eq, ok = t.RichEq(x.args, y.args); !ok {
			return nil
		}
	}
	return Bool(eq == (op == bc.Eq))
}

func genericAliasHash(t *Thread, o *Object) (int64, bool) {
	g := asGenericAlias(o)
	h0, ok := t.Hash(g.origin)
	if !ok {
		return 0, false
	}
	h1, ok := t.Hash(g.args)
	if !ok {
		return 0, false
	}
	h := h0 ^ h1
	if h == -1 {
		h = -2
	}
	return h, true
}

// genericAliasCall is list[int](...): the origin called, with the alias
// remembered as the result's __orig_class__ where the result takes it.
func genericAliasCall(t *Thread, o *Object, args []*Object, kwnames []*Str) *Object {
	r := t.Call(asGenericAlias(o).origin, args, kwnames)
	if r == nil {
		return nil
	}
	if !t.SetAttr(r, Intern("__orig_class__"), o) {
		if !t.ExcMatches(&AttributeErrorType) && !t.ExcMatches(&TypeErrorType) {
			t.Decref(r)
			return nil
		}
		t.ClearExc()
	}
	return r
}

func init() {
	registerType(&GenericAliasType)
	tp := &GenericAliasType
	tp.Dealloc = deallocGenericAlias
	tp.New = genericAliasNew
	tp.Repr = genericAliasRepr
	tp.GetAttr = genericAliasGetAttr
	tp.GetItem = genericAliasGetItem
	tp.Compare = genericAliasCompare
	tp.Hash = genericAliasHash
	tp.Call = genericAliasCall
	tp.Binary[bc.Or] = unionOr
	tp.doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."
	tp.def("__mro_entries__", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("__mro_entries__", args[1:], kwnames, 1, 1) {
			return nil
		}
		return t.TupleOf(asGenericAlias(args[0]).origin)
	})
	tp.def("__reduce__", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("__reduce__", args[1:], kwnames, 0, 0) {
			return nil
		}
		g := asGenericAlias(args[0])
		inner := t.TupleOf(g.origin, g.args)
		return t.TupleOwned(t.NewRef(&GenericAliasType.Object), inner)
	})
	tp.def("__instancecheck__", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		return t.RaiseMsg(&TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic")
	})
	tp.def("__subclasscheck__", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		return t.RaiseMsg(&TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic")
	})
	for _, c := range []*Type{&ListType, &DictType, &TupleType, &SetType, &FrozenSetType} {
		c.defClass("__class_getitem__", ClassGetItem)
	}
}
