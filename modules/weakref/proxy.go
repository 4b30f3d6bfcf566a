package weakref

import (
	"fmt"

	"github.com/rcvm/rcvm/core"
	bc "github.com/rcvm/rcvm/core/bytecode"
)

// proxy: weakref.ProxyType and weakref.CallableProxyType (CPython's
// _PyWeakref_ProxyType and _PyWeakref_CallableProxyType). Every operation
// is forwarded to the referent; once it has died, each raises
// ReferenceError("weakly-referenced object no longer exists").

var proxyType, callableProxyType *core.Type

func init() {
	slots := core.Slots{
		GetAttr:  proxyGetAttr,
		SetAttr:  proxySetAttr,
		Repr:     proxyRepr,
		Str:      proxyStr,
		Hash:     core.Unhashable,
		Compare:  proxyCompare,
		Truth:    proxyTruth,
		Len:      proxyLen,
		GetItem:  proxyGetItem,
		SetItem:  proxySetItem,
		Contains: proxyContains,
		Iter:     proxyIter,
		Next:     proxyNext,
		Neg:      proxyUnary(bc.UNARY_NEGATIVE),
		Pos:      proxyUnary(bc.UNARY_POSITIVE),
		Invert:   proxyUnary(bc.UNARY_INVERT),
		Abs:      proxyAbs,
	}
	for op := bc.BinaryOp(0); op < bc.NumBinaryOps; op++ {
		slots.Binary[op] = proxyBinary(op)
		slots.Inplace[op] = proxyBinary(bc.InplaceAdd + op)
	}
	clear := func(t *core.Thread, o *core.Object) { t.UnlinkWeakref(weakrefOf(o)) }
	methods := []core.MethodDef{
		{Name: "__reversed__", Fn: proxyReversed},
		{Name: "__bytes__", Fn: proxyBytes},
	}
	proxyType = core.NewType[core.Weakref](core.TypeSpec{Name: "weakref.ProxyType", Slots: slots, Clear: clear, Methods: methods})
	slots.Call = proxyCall
	callableProxyType = core.NewType[core.Weakref](core.TypeSpec{Name: "weakref.CallableProxyType", Slots: slots, Clear: clear, Methods: methods})
}

// proxy is _weakref.proxy(object[, callback]).
func proxy(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("proxy", kwnames) || !t.ArgsRange("proxy", args, kwnames, 1, 2) {
		return nil
	}
	ob := args[0]
	var callback *core.Object
	if len(args) == 2 && args[1] != core.None {
		callback = args[1]
	}
	if !ob.Type().Weakrefable() {
		return cannotRef(t, ob)
	}
	tp := proxyType
	if t.Callable(ob) {
		tp = callableProxyType
	}
	role := core.WeakrefOther
	if callback == nil {
		role = core.WeakrefBasicProxy
	}
	return t.NewWeakref(ob, callback, role, func() *core.Weakref { return core.Alloc[core.Weakref](t, tp) })
}

func isProxy(o *core.Object) bool {
	tp := o.Type()
	return tp == proxyType || tp == callableProxyType
}

// unwrap returns a new reference to what o stands for: the referent of a
// proxy (nil with ReferenceError once it has died), o itself otherwise.
func unwrap(t *core.Thread, o *core.Object) *core.Object {
	if !isProxy(o) {
		return t.NewRef(o)
	}
	r := t.WeakrefGet(weakrefOf(o))
	if r == nil {
		return t.RaiseMsg(&core.ReferenceErrorType, "weakly-referenced object no longer exists")
	}
	return r
}

func proxyGetAttr(t *core.Thread, o *core.Object, name *core.Str) *core.Object {
	r := unwrap(t, o)
	if r == nil {
		return nil
	}
	defer t.Decref(r)
	return t.GetAttr(r, name)
}

func proxySetAttr(t *core.Thread, o *core.Object, name *core.Str, v *core.Object) bool {
	r := unwrap(t, o)
	if r == nil {
		return false
	}
	defer t.Decref(r)
	return t.SetAttr(r, name, v)
}

func proxyRepr(t *core.Thread, o *core.Object) *core.Object {
	name := "NoneType"
	var at *core.Object = core.None
	if r := t.WeakrefGet(weakrefOf(o)); r != nil {
		name, at = r.Type().TpName(), r
		t.Decref(r)
	}
	return t.NewStr(fmt.Sprintf("<weakproxy at %p; to '%s' at %p>", o, name, at))
}

func proxyStr(t *core.Thread, o *core.Object) *core.Object {
	r := unwrap(t, o)
	if r == nil {
		return nil
	}
	defer t.Decref(r)
	return t.StrOf(r)
}

func proxyCompare(t *core.Thread, a, b *core.Object, op bc.CompareOp) *core.Object {
	ra := unwrap(t, a)
	if ra == nil {
		return nil
	}
	defer t.Decref(ra)
	rb := unwrap(t, b)
	if rb == nil {
		return nil
	}
	defer t.Decref(rb)
	return t.RichCompare(ra, rb, op)
}

func proxyTruth(t *core.Thread, o *core.Object) (bool, bool) {
	r := unwrap(t, o)
	if r == nil {
		return false, false
	}
	defer t.Decref(r)
	return t.Truth(r)
}

func proxyLen(t *core.Thread, o *core.Object) (int, bool) {
	r := unwrap(t, o)
	if r == nil {
		return 0, false
	}
	defer t.Decref(r)
	return t.Len(r)
}

func proxyGetItem(t *core.Thread, o, key *core.Object) *core.Object {
	r := unwrap(t, o)
	if r == nil {
		return nil
	}
	defer t.Decref(r)
	return t.GetItem(r, key)
}

func proxySetItem(t *core.Thread, o, key, v *core.Object) bool {
	r := unwrap(t, o)
	if r == nil {
		return false
	}
	defer t.Decref(r)
	return t.SetItem(r, key, v)
}

func proxyContains(t *core.Thread, o, item *core.Object) (bool, bool) {
	r := unwrap(t, o)
	if r == nil {
		return false, false
	}
	defer t.Decref(r)
	return t.Contains(r, item)
}

func proxyIter(t *core.Thread, o *core.Object) *core.Object {
	r := unwrap(t, o)
	if r == nil {
		return nil
	}
	defer t.Decref(r)
	return t.GetIter(r)
}

func proxyNext(t *core.Thread, o *core.Object) *core.Object {
	r := unwrap(t, o)
	if r == nil {
		return nil
	}
	defer t.Decref(r)
	if r.Type().Next == nil {
		return t.RaiseMsg(&core.TypeErrorType, "Weakref proxy referenced a non-iterator '%s' object", r.Type().TpName())
	}
	return t.Next(r)
}

func proxyCall(t *core.Thread, o *core.Object, args []*core.Object, kwnames []*core.Str) *core.Object {
	r := unwrap(t, o)
	if r == nil {
		return nil
	}
	defer t.Decref(r)
	return t.Call(r, args, kwnames)
}

func proxyUnary(op bc.Op) func(t *core.Thread, o *core.Object) *core.Object {
	return func(t *core.Thread, o *core.Object) *core.Object {
		r := unwrap(t, o)
		if r == nil {
			return nil
		}
		defer t.Decref(r)
		return t.UnaryOp(op, r)
	}
}

func proxyAbs(t *core.Thread, o *core.Object) *core.Object {
	r := unwrap(t, o)
	if r == nil {
		return nil
	}
	defer t.Decref(r)
	if f := r.Type().Abs; f != nil {
		return f(t, r)
	}
	return t.RaiseMsg(&core.TypeErrorType, "bad operand type for abs(): '%s'", r.Type().TpName())
}

func proxyBinary(op bc.BinaryOp) func(t *core.Thread, a, b *core.Object) *core.Object {
	return func(t *core.Thread, a, b *core.Object) *core.Object {
		ra := unwrap(t, a)
		if ra == nil {
			return nil
		}
		defer t.Decref(ra)
		rb := unwrap(t, b)
		if rb == nil {
			return nil
		}
		defer t.Decref(rb)
		return t.BinaryOp(ra, rb, op)
	}
}

func proxyReversed(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("__reversed__", args[1:], kwnames, 0, 0) {
		return nil
	}
	r := unwrap(t, args[0])
	if r == nil {
		return nil
	}
	defer t.Decref(r)
	return t.Call(&core.ReversedType.Object, []*core.Object{r}, nil)
}

func proxyBytes(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("__bytes__", args[1:], kwnames, 0, 0) {
		return nil
	}
	r := unwrap(t, args[0])
	if r == nil {
		return nil
	}
	defer t.Decref(r)
	return t.Call(&core.BytesType.Object, []*core.Object{r}, nil)
}
