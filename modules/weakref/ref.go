package weakref

import (
	"fmt"

	"github.com/rcvm/rcvm/core"
	bc "github.com/rcvm/rcvm/core/bytecode"
)

// ref: weakref.ReferenceType (CPython's _PyWeakref_RefType). Calling it
// returns the referent or None; it hashes as its referent (the hash is
// kept after the referent dies) and compares equal to another live ref
// whose referent is equal, to a dead one only by identity.

var refType *core.Type

func init() {
	refType = core.NewType[core.Weakref](core.TypeSpec{
		Name:         "weakref.ReferenceType",
		Subclassable: true,
		Slots: core.Slots{
			New:     refNew,
			Call:    refCall,
			Hash:    refHash,
			Compare: refCompare,
			Repr:    refRepr,
		},
		Init:  refInit,
		Clear: func(t *core.Thread, o *core.Object) { t.UnlinkWeakref(weakrefOf(o)) },
		GetSets: []core.GetSetDef{
			{Name: "__callback__", Get: refCallback},
		},
	})
	refType.SetWeakrefable()
}

func weakrefOf(o *core.Object) *core.Weakref {
	w, _ := core.Cast[core.Weakref](o, o.Type())
	return w
}

// weakrefArgs parses (object[, callback]) as parse_weakref_init_args
// does: keywords are ignored.
func weakrefArgs(t *core.Thread, name string, args []*core.Object, kwnames []*core.Str) (ob, callback *core.Object, ok bool) {
	pos, _ := core.Positional(args, kwnames)
	switch {
	case len(pos) < 1:
		t.RaiseMsg(&core.TypeErrorType, "%s expected at least 1 argument, got %d", name, len(pos))
		return nil, nil, false
	case len(pos) > 2:
		t.RaiseMsg(&core.TypeErrorType, "%s expected at most 2 arguments, got %d", name, len(pos))
		return nil, nil, false
	}
	ob = pos[0]
	if len(pos) == 2 && pos[1] != core.None {
		callback = pos[1]
	}
	return ob, callback, true
}

func refNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	ob, callback, ok := weakrefArgs(t, "__new__", args, kwnames)
	if !ok {
		return nil
	}
	if !ob.Type().Weakrefable() {
		return cannotRef(t, ob)
	}
	role := core.WeakrefOther
	if callback == nil && cls == refType {
		role = core.WeakrefBasicRef
	}
	return t.NewWeakref(ob, callback, role, func() *core.Weakref { return core.Alloc[core.Weakref](t, cls) })
}

func refInit(t *core.Thread, self *core.Object, args []*core.Object, kwnames []*core.Str) bool {
	_, _, ok := weakrefArgs(t, "__init__", args, kwnames)
	return ok
}

func refCall(t *core.Thread, o *core.Object, args []*core.Object, kwnames []*core.Str) *core.Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&core.TypeErrorType, "weakref() takes no keyword arguments")
	}
	if len(args) > 0 {
		return t.RaiseMsg(&core.TypeErrorType, "weakref expected 0 arguments, got %d", len(args))
	}
	if r := t.WeakrefGet(weakrefOf(o)); r != nil {
		return r
	}
	return core.None
}

func refHash(t *core.Thread, o *core.Object) (int64, bool) {
	w := weakrefOf(o)
	if h, ok := w.CachedHash(); ok {
		return h, true
	}
	r := t.WeakrefGet(w)
	if r == nil {
		t.RaiseMsg(&core.TypeErrorType, "weak object has gone away")
		return 0, false
	}
	h, ok := t.Hash(r)
	t.Decref(r)
	if ok {
		w.SetCachedHash(h)
	}
	return h, ok
}

func refCompare(t *core.Thread, a, b *core.Object, op bc.CompareOp) *core.Object {
	if op != bc.Eq && op != bc.Ne || !core.IsInstance(b, refType) {
		return core.NotImplemented
	}
	ra := t.WeakrefGet(weakrefOf(a))
	rb := t.WeakrefGet(weakrefOf(b))
	if ra == nil || rb == nil {
		t.XDecref(ra)
		t.XDecref(rb)
		return core.Bool((a == b) == (op == bc.Eq))
	}
	r := t.RichCompare(ra, rb, op)
	t.Decref(ra)
	t.Decref(rb)
	return r
}

func refRepr(t *core.Thread, o *core.Object) *core.Object {
	r := t.WeakrefGet(weakrefOf(o))
	if r == nil {
		return t.NewStr(fmt.Sprintf("<weakref at %p; dead>", o))
	}
	defer t.Decref(r)
	name, ok := t.LookupAttr(r, "__name__")
	if !ok {
		return nil
	}
	if name != nil {
		defer t.Decref(name)
		if s, isStr := core.StrValue(name); isStr {
			return t.NewStr(fmt.Sprintf("<weakref at %p; to '%s' at %p (%s)>", o, r.Type().TpName(), r, s))
		}
	}
	return t.NewStr(fmt.Sprintf("<weakref at %p; to '%s' at %p>", o, r.Type().TpName(), r))
}

func refCallback(t *core.Thread, o *core.Object) *core.Object {
	if cb := t.WeakrefCallback(weakrefOf(o)); cb != nil {
		return cb
	}
	return core.None
}
