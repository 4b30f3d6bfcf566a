package operator

import (
	"strings"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// itemgetter, attrgetter and methodcaller: callables built once, with
// CPython's reprs. Their fields never change after construction.

type getter struct {
	core.Object
	items []*core.Object   // itemgetter: the keys; methodcaller: name, then args
	attrs [][]*core.Object // attrgetter: each dotted name split into interned strs
	names []*core.Str      // methodcaller: keyword names
	kwv   []*core.Object   // methodcaller: keyword values
}

var itemgetterType, attrgetterType, methodcallerType *core.Type

func asGetter(o *core.Object) *getter { return (*getter)(unsafe.Pointer(o)) }

func clearGetter(t *core.Thread, o *core.Object) {
	g := asGetter(o)
	items, kwv, attrs := g.items, g.kwv, g.attrs
	g.items, g.kwv, g.attrs, g.names = nil, nil, nil, nil
	t.DecrefAll(items)
	t.DecrefAll(kwv)
	for _, a := range attrs {
		t.DecrefAll(a)
	}
}

func init() {
	itemgetterType = core.NewType[getter](core.TypeSpec{
		Name:  "operator.itemgetter",
		Doc:   "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
		Slots: core.Slots{New: itemgetterNew, Call: itemgetterCall, Repr: itemgetterRepr},
		Clear: clearGetter,
	})
	attrgetterType = core.NewType[getter](core.TypeSpec{
		Name:  "operator.attrgetter",
		Doc:   "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).",
		Slots: core.Slots{New: attrgetterNew, Call: attrgetterCall, Repr: attrgetterRepr},
		Clear: clearGetter,
	})
	methodcallerType = core.NewType[getter](core.TypeSpec{
		Name:  "operator.methodcaller",
		Doc:   "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).",
		Slots: core.Slots{New: methodcallerNew, Call: methodcallerCall, Repr: methodcallerRepr},
		Clear: clearGetter,
	})
}

func oneArg(t *core.Thread, name string, args []*core.Object, kwnames []*core.Str) bool {
	if !t.NoKeywords(name, kwnames) {
		return false
	}
	if len(args) != 1 {
		t.RaiseMsg(&core.TypeErrorType, "%s expected 1 argument, got %d", name, len(args))
		return false
	}
	return true
}

func itemgetterNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("itemgetter", kwnames) {
		return nil
	}
	if len(args) == 0 {
		return t.RaiseMsg(&core.TypeErrorType, "itemgetter expected 1 argument, got 0")
	}
	g := core.Alloc[getter](t, cls)
	for _, a := range args {
		g.items = append(g.items, t.NewRef(a))
	}
	return &g.Object
}

func itemgetterCall(t *core.Thread, o *core.Object, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !oneArg(t, "itemgetter", args, kwnames) {
		return nil
	}
	g := asGetter(o)
	if len(g.items) == 1 {
		return t.GetItem(args[0], g.items[0])
	}
	out := make([]*core.Object, len(g.items))
	for i, k := range g.items {
		if out[i] = t.GetItem(args[0], k); out[i] == nil {
			t.DecrefAll(out[:i])
			return nil
		}
	}
	return t.TupleOwned(out...)
}

func reprList(t *core.Thread, items []*core.Object) (string, bool) {
	parts := make([]string, len(items))
	for i, x := range items {
		r, ok := t.ReprString(x)
		if !ok {
			return "", false
		}
		parts[i] = r
	}
	return strings.Join(parts, ", "), true
}

func guardedRepr(t *core.Thread, o *core.Object, body func() (string, bool)) *core.Object {
	if !t.ReprEnter(o) {
		return t.NewStr(core.TypeName(o) + "(...)")
	}
	defer t.ReprLeave(o)
	s, ok := body()
	if !ok {
		return nil
	}
	return t.NewStr(core.TypeName(o) + "(" + s + ")")
}

func itemgetterRepr(t *core.Thread, o *core.Object) *core.Object {
	return guardedRepr(t, o, func() (string, bool) { return reprList(t, asGetter(o).items) })
}

func attrgetterNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("attrgetter", kwnames) {
		return nil
	}
	if len(args) == 0 {
		return t.RaiseMsg(&core.TypeErrorType, "attrgetter expected 1 argument, got 0")
	}
	var attrs [][]*core.Object
	for _, a := range args {
		s, ok := core.StrValue(a)
		if !ok {
			for _, x := range attrs {
				t.DecrefAll(x)
			}
			return t.RaiseMsg(&core.TypeErrorType, "attribute name must be a string")
		}
		var parts []*core.Object
		for _, p := range strings.Split(s, ".") {
			parts = append(parts, t.NewRef(&core.Intern(p).Object))
		}
		attrs = append(attrs, parts)
	}
	g := core.Alloc[getter](t, cls)
	g.attrs = attrs
	return &g.Object
}

func getDotted(t *core.Thread, obj *core.Object, parts []*core.Object) *core.Object {
	cur := t.NewRef(obj)
	for _, p := range parts {
		s, _ := core.StrValue(p)
		next := t.GetAttrString(cur, s)
		t.Decref(cur)
		if next == nil {
			return nil
		}
		cur = next
	}
	return cur
}

func attrgetterCall(t *core.Thread, o *core.Object, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !oneArg(t, "attrgetter", args, kwnames) {
		return nil
	}
	g := asGetter(o)
	if len(g.attrs) == 1 {
		return getDotted(t, args[0], g.attrs[0])
	}
	out := make([]*core.Object, len(g.attrs))
	for i, a := range g.attrs {
		if out[i] = getDotted(t, args[0], a); out[i] == nil {
			t.DecrefAll(out[:i])
			return nil
		}
	}
	return t.TupleOwned(out...)
}

func attrgetterRepr(t *core.Thread, o *core.Object) *core.Object {
	return guardedRepr(t, o, func() (string, bool) {
		var names []*core.Object
		for _, a := range asGetter(o).attrs {
			var ss []string
			for _, p := range a {
				s, _ := core.StrValue(p)
				ss = append(ss, s)
			}
			names = append(names, t.NewStr(strings.Join(ss, ".")))
		}
		defer t.DecrefAll(names)
		return reprList(t, names)
	})
}

func methodcallerNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	pos, kwv := core.Positional(args, kwnames)
	if len(pos) == 0 {
		return t.RaiseMsg(&core.TypeErrorType, "methodcaller needs at least one argument, the method name")
	}
	if !core.IsStr(pos[0]) {
		return t.RaiseMsg(&core.TypeErrorType, "method name must be a string")
	}
	g := core.Alloc[getter](t, cls)
	for _, a := range pos {
		g.items = append(g.items, t.NewRef(a))
	}
	for i, k := range kwnames {
		g.names = append(g.names, k)
		g.kwv = append(g.kwv, t.NewRef(kwv[i]))
	}
	return &g.Object
}

func methodcallerCall(t *core.Thread, o *core.Object, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !oneArg(t, "methodcaller", args, kwnames) {
		return nil
	}
	g := asGetter(o)
	name, _ := core.StrValue(g.items[0])
	m := t.GetAttrString(args[0], name)
	if m == nil {
		return nil
	}
	call := append(append([]*core.Object{}, g.items[1:]...), g.kwv...)
	var names []*core.Str
	if len(g.names) > 0 {
		names = g.names
	}
	r := t.Call(m, call, names)
	t.Decref(m)
	return r
}

func methodcallerRepr(t *core.Thread, o *core.Object) *core.Object {
	return guardedRepr(t, o, func() (string, bool) {
		g := asGetter(o)
		s, ok := reprList(t, g.items)
		if !ok {
			return "", false
		}
		for i, k := range g.names {
			r, ok := t.ReprString(g.kwv[i])
			if !ok {
				return "", false
			}
			s += ", " + k.S + "=" + r
		}
		return s, true
	})
}
