package core

import "fmt"

// The attributes of generators, coroutines and async generators: gi_*,
// cr_* and ag_* (prefix), __name__, __qualname__, and their repr.

// genGetSets returns the attributes of a generator-like type whose
// attribute names start with prefix ("gi", "cr" or "ag").
func genGetSets(prefix string) []GetSetDef {
	frame := func(t *Thread, o *Object) *Object {
		g := asGenerator(o)
		if f := g.frame; f != nil && g.state.Load() != genCompleted {
			return t.NewRef(t.frameObject(f))
		}
		return t.NewRef(None)
	}
	running := func(t *Thread, o *Object) *Object {
		return Bool(asGenerator(o).state.Load() == genRunning)
	}
	code := func(t *Thread, o *Object) *Object { return t.NewRef(&asGenerator(o).code.Object) }
	yieldFrom := func(t *Thread, o *Object) *Object {
		if yf := asGenerator(o).genYieldFrom(); yf != nil {
			return t.NewRef(yf)
		}
		return t.NewRef(None)
	}
	suspended := func(t *Thread, o *Object) *Object {
		return Bool(asGenerator(o).state.Load() == genSuspended)
	}
	defs := []GetSetDef{
		{Name: prefix + "_frame", Get: frame},
		{Name: prefix + "_running", Get: running},
		{Name: prefix + "_code", Get: code},
		{Name: "__name__", Get: func(t *Thread, o *Object) *Object { return t.NewRef(asGenerator(o).name) },
			Set: func(t *Thread, o, v *Object) bool { return t.setGenName(&asGenerator(o).name, v, "__name__") }},
		{Name: "__qualname__", Get: func(t *Thread, o *Object) *Object { return t.NewRef(asGenerator(o).qualname) },
			Set: func(t *Thread, o, v *Object) bool { return t.setGenName(&asGenerator(o).qualname, v, "__qualname__") }},
	}
	switch prefix {
	case "gi":
		defs = append(defs, GetSetDef{Name: "gi_yieldfrom", Get: yieldFrom}, GetSetDef{Name: "gi_suspended", Get: suspended})
	case "cr":
		defs = append(defs, GetSetDef{Name: "cr_await", Get: yieldFrom}, GetSetDef{Name: "cr_suspended", Get: suspended},
			GetSetDef{Name: "cr_origin", Get: func(t *Thread, o *Object) *Object { return t.NewRef(None) }})
	case "ag":
		defs = append(defs, GetSetDef{Name: "ag_await", Get: yieldFrom}, GetSetDef{Name: "ag_suspended", Get: suspended})
	}
	return defs
}

// setGenName is the setter of __name__ and __qualname__: a str, never
// deleted.
func (t *Thread) setGenName(p **Object, v *Object, attr string) bool {
	if v == nil || !v.typ.IsSubtype(&StrType) {
		t.RaiseMsg(&TypeErrorType, "%s must be set to a string object", attr)
		return false
	}
	t.swapRef(p, v)
	return true
}

// generatorRepr is "<generator object f.<locals>.g at 0x...>".
func generatorRepr(t *Thread, o *Object) *Object {
	g := asGenerator(o)
	q := "?"
	if g.qualname != nil && g.qualname.kind == KindStr {
		q = asStr(g.qualname).S
	}
	return t.NewStr(fmt.Sprintf("<%s object %s at %p>", o.typ.Name, q, o))
}
