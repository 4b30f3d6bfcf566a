package functools

import (
	"strings"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// partial: a callable that calls fn with the stored positional arguments
// before the call's and the stored keywords updated by the call's. A
// partial of a partial without instance attributes is flattened, as
// CPython's is.

type partial struct {
	core.Object
	fn   *core.Object
	args *core.Object // tuple
	kw   *core.Object // dict
}

var partialType *core.Type

func init() {
	partialType = core.NewType[partial](core.TypeSpec{
		Name:         "functools.partial",
		Doc:          "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n",
		Subclassable: true,
		Dict:         true,
		Slots:        core.Slots{New: partialNew, Call: partialCall, Repr: partialRepr},
		Clear: func(t *core.Thread, o *core.Object) {
			p := asPartial(o)
			t.Replace(&p.fn, nil)
			t.Replace(&p.args, nil)
			t.Replace(&p.kw, nil)
		},
		Members: []core.MemberDef{
			{Name: "func", Type: core.MemberObject, Offset: unsafe.Offsetof(partial{}.fn), ReadOnly: true, Doc: "function object to use in future partial calls"},
			{Name: "args", Type: core.MemberObject, Offset: unsafe.Offsetof(partial{}.args), ReadOnly: true, Doc: "tuple of arguments to future partial calls"},
			{Name: "keywords", Type: core.MemberObject, Offset: unsafe.Offsetof(partial{}.kw), ReadOnly: true, Doc: "dictionary of keyword arguments to future partial calls"},
		},
	})
}

func asPartial(o *core.Object) *partial { return (*partial)(unsafe.Pointer(o)) }

func partialNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	pos, kwv := core.Positional(args, kwnames)
	if len(pos) < 1 {
		return t.RaiseMsg(&core.TypeErrorType, "type 'partial' takes at least one argument")
	}
	fn := pos[0]
	var pargs []*core.Object
	var pkw *core.Dict
	if core.IsInstance(fn, partialType) && core.InstanceDict(fn) == nil {
		inner := asPartial(fn)
		tup, _ := core.AsTuple(inner.args)
		pargs = tup.Items
		pkw, _ = core.AsDict(inner.kw)
		fn = inner.fn
	}
	if !core.IsCallable(fn) {
		return t.RaiseMsg(&core.TypeErrorType, "the first argument must be callable")
	}
	all := append(append([]*core.Object{}, pargs...), pos[1:]...)
	tup := t.TupleOf(all...)
	if tup == nil {
		return nil
	}
	kw := t.NewDict()
	if pkw != nil {
		keys, values := pkw.Items(t)
		for i := range keys {
			kw.Set(t, keys[i], values[i])
		}
		t.DecrefAll(keys)
		t.DecrefAll(values)
	}
	for i, k := range kwnames {
		if !kw.Set(t, &k.Object, kwv[i]) {
			t.Decref(tup)
			t.Decref(&kw.Object)
			return nil
		}
	}
	p := core.Alloc[partial](t, cls)
	p.fn, p.args, p.kw = t.NewRef(fn), tup, &kw.Object
	return &p.Object
}

func partialCall(t *core.Thread, o *core.Object, args []*core.Object, kwnames []*core.Str) *core.Object {
	p := asPartial(o)
	pos, kwv := core.Positional(args, kwnames)
	tup, _ := core.AsTuple(p.args)
	kd, _ := core.AsDict(p.kw)
	keys, values := kd.Items(t)
	defer t.DecrefAll(keys)
	defer t.DecrefAll(values)
	call := make([]*core.Object, 0, len(tup.Items)+len(pos)+len(keys)+len(kwnames))
	call = append(call, tup.Items...)
	call = append(call, pos...)
	var names []*core.Str
	// The stored keywords, each overridden by the call's of the same name,
	// then the call's other keywords.
	used := make([]bool, len(kwnames))
	for i, k := range keys {
		s, ok := core.StrValue(k)
		if !ok {
			return t.RaiseMsg(&core.TypeErrorType, "keywords must be strings")
		}
		v := values[i]
		for j, n := range kwnames {
			if n.S == s {
				v, used[j] = kwv[j], true
			}
		}
		names = append(names, core.Intern(s))
		call = append(call, v)
	}
	for j, n := range kwnames {
		if !used[j] {
			names = append(names, n)
			call = append(call, kwv[j])
		}
	}
	return t.Call(p.fn, call, names)
}

func partialRepr(t *core.Thread, o *core.Object) *core.Object {
	if !t.ReprEnter(o) {
		return t.NewStr("...")
	}
	defer t.ReprLeave(o)
	p := asPartial(o)
	var b strings.Builder
	b.WriteString(core.TypeName(o) + "(")
	r, ok := t.ReprString(p.fn)
	if !ok {
		return nil
	}
	b.WriteString(r)
	items, _ := t.SeqItems(p.args)
	defer t.DecrefAll(items)
	for _, a := range items {
		r, ok := t.ReprString(a)
		if !ok {
			return nil
		}
		b.WriteString(", " + r)
	}
	kd, _ := core.AsDict(p.kw)
	keys, values := kd.Items(t)
	defer t.DecrefAll(keys)
	defer t.DecrefAll(values)
	for i, k := range keys {
		ks, ok := t.StrString(k)
		if !ok {
			return nil
		}
		r, ok := t.ReprString(values[i])
		if !ok {
			return nil
		}
		b.WriteString(", " + ks + "=" + r)
	}
	b.WriteString(")")
	return t.NewStr(b.String())
}
