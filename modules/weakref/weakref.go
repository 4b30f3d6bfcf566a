// Package weakref is CPython's _weakref module (Modules/_weakref.c and
// the types of Objects/weakrefobject.c): ref (ReferenceType, subclassable,
// as weakref.py's KeyedRef needs), proxy (ProxyType and
// CallableProxyType), getweakrefcount, getweakrefs and
// _remove_dead_weakref.
//
// The mechanism under it is core's (core/weakref.go): where the lists of
// weak references live (a sharded side table keyed by the referent, with
// one header byte so that deallocation pays a single test when an object
// has none), how deallocation clears them and calls the callbacks (most
// recent first, exceptions printed as "Exception ignored in: ..."), and
// how calling a weak reference that races with the referent's last
// decrement hands out either the object with a new reference or None
// under every strategy (core's TryIncref). This package defines the
// Python-visible types and their behaviour on top of core.Weakref.
package weakref

import (
	"github.com/rcvm/rcvm/core"
)

func init() { core.RegisterModule("_weakref", build) }

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, "Weak-reference support module.")
	m.SetFunc(t, "getweakrefcount", getweakrefcount)
	m.SetFunc(t, "getweakrefs", getweakrefs)
	m.SetFunc(t, "proxy", proxy)
	m.SetFunc(t, "_remove_dead_weakref", removeDeadWeakref)
	m.SetAttrString(t, "ref", &refType.Object)
	m.SetAttrString(t, "ReferenceType", &refType.Object)
	m.SetAttrString(t, "ProxyType", &proxyType.Object)
	m.SetAttrString(t, "CallableProxyType", &callableProxyType.Object)
	return true
}

// cannotRef raises CPython's TypeError for an object whose type has no
// weak reference support.
func cannotRef(t *core.Thread, o *core.Object) *core.Object {
	return t.RaiseMsg(&core.TypeErrorType, "cannot create weak reference to '%s' object", o.Type().TpName())
}

// getweakrefcount is _weakref.getweakrefcount(object).
func getweakrefcount(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("getweakrefcount", kwnames) || !t.ArgsRange("getweakrefcount", args, kwnames, 1, 1) {
		return nil
	}
	o := args[0]
	if !o.Type().Weakrefable() {
		return t.NewInt(0)
	}
	return t.NewInt(int64(t.WeakrefCount(o)))
}

// getweakrefs is _weakref.getweakrefs(object).
func getweakrefs(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("getweakrefs", kwnames) || !t.ArgsRange("getweakrefs", args, kwnames, 1, 1) {
		return nil
	}
	o := args[0]
	if !o.Type().Weakrefable() {
		return t.ListOwned()
	}
	return t.ListOwned(t.Weakrefs(o)...)
}

// removeDeadWeakref is _weakref._remove_dead_weakref(dct, key): delete
// dct[key] if it is a dead weak reference, atomically.
func removeDeadWeakref(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("_remove_dead_weakref", kwnames) || !t.ArgsRange("_remove_dead_weakref", args, kwnames, 2, 2) {
		return nil
	}
	d, ok := core.AsDict(args[0])
	if !ok {
		return t.RaiseMsg(&core.TypeErrorType, "_remove_dead_weakref() argument 1 must be dict, not %s", args[0].Type().TpName())
	}
	_, ok = d.DeleteIf(t, args[1], func(v *core.Object) (bool, bool) {
		w := asWeakref(v)
		if w == nil {
			t.RaiseMsg(&core.TypeErrorType, "not a weakref")
			return false, false
		}
		return w.Cleared(), true
	})
	if !ok {
		return nil
	}
	return core.None
}

// asWeakref returns o as a weak reference of any of the three types (or
// of a subclass of ref), or nil.
func asWeakref(o *core.Object) *core.Weakref {
	if w, ok := core.Cast[core.Weakref](o, refType); ok {
		return w
	}
	if tp := o.Type(); tp == proxyType || tp == callableProxyType {
		w, _ := core.Cast[core.Weakref](o, tp)
		return w
	}
	return nil
}
