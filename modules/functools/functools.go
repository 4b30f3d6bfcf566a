// Package functools is CPython's _functools module
// (Modules/_functoolsmodule.c): reduce, cmp_to_key, partial and
// _lru_cache_wrapper.
package functools

import (
	"unsafe"

	"github.com/rcvm/rcvm/core"
	bc "github.com/rcvm/rcvm/core/bytecode"
)

func init() { core.RegisterModule("_functools", build) }

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, "Tools that operate on functions.")
	m.SetFunc(t, "reduce", reduce)
	m.SetFunc(t, "cmp_to_key", cmpToKey)
	m.AddType(t, partialType)
	m.AddType(t, keyWrapperType)
	m.AddType(t, lruType)
	return true
}

// reduce is functools.reduce(function, iterable[, initial]).
func reduce(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("reduce", args, kwnames, 2, 3) {
		return nil
	}
	fn := args[0]
	it := t.GetIter(args[1])
	if it == nil {
		if t.ExcMatches(&core.TypeErrorType) {
			t.ClearExc()
			t.RaiseMsg(&core.TypeErrorType, "reduce() arg 2 must support iteration")
		}
		return nil
	}
	defer t.Decref(it)
	var result *core.Object
	if len(args) == 3 {
		result = t.NewRef(args[2])
	}
	for {
		item := t.Next(it)
		if item == nil {
			if t.Failed() {
				if !t.ExcMatches(&core.StopIterationType) {
					t.XDecref(result)
					return nil
				}
				t.ClearExc()
			}
			break
		}
		if result == nil {
			result = item
			continue
		}
		r := t.Call(fn, []*core.Object{result, item}, nil)
		t.Decref(result)
		t.Decref(item)
		if r == nil {
			return nil
		}
		result = r
	}
	if result == nil {
		return t.RaiseMsg(&core.TypeErrorType, "reduce() of empty iterable with no initial value")
	}
	return result
}

// ---- cmp_to_key ----

// keyObject is functools.KeyWrapper: the callable cmp_to_key returns, and
// the key objects calling it makes (cmp set, obj set).
type keyObject struct {
	core.Object
	cmp *core.Object
	obj *core.Object
}

var keyWrapperType *core.Type

var (
	cmpToKeySig = core.NewSignature("cmp_to_key", "mycmp")
	keySig      = core.NewTupleSignature("K", "obj")
)

func init() {
	keyWrapperType = core.NewType[keyObject](core.TypeSpec{
		Name:  "functools.KeyWrapper",
		Slots: core.Slots{Call: keyCall, Compare: keyCompare, Hash: core.Unhashable},
		Clear: func(t *core.Thread, o *core.Object) {
			k := (*keyObject)(unsafe.Pointer(o))
			t.Replace(&k.cmp, nil)
			t.Replace(&k.obj, nil)
		},
		Members: []core.MemberDef{{Name: "obj", Type: core.MemberObject, Offset: unsafe.Offsetof(keyObject{}.obj), Doc: "Value wrapped by a key function."}},
	})
}

func cmpToKey(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var cmp *core.Object
	if !cmpToKeySig.Parse(t, args, kwnames, &cmp) {
		return nil
	}
	k := core.Alloc[keyObject](t, keyWrapperType)
	k.cmp = t.NewRef(cmp)
	return &k.Object
}

func keyCall(t *core.Thread, o *core.Object, args []*core.Object, kwnames []*core.Str) *core.Object {
	var obj *core.Object
	if !keySig.Parse(t, args, kwnames, &obj) {
		return nil
	}
	k := core.Alloc[keyObject](t, keyWrapperType)
	k.cmp = t.XNewRef((*keyObject)(unsafe.Pointer(o)).cmp)
	k.obj = t.NewRef(obj)
	return &k.Object
}

func keyCompare(t *core.Thread, a, b *core.Object, op bc.CompareOp) *core.Object {
	if b.Type() != keyWrapperType {
		return t.RaiseMsg(&core.TypeErrorType, "other argument must be K instance")
	}
	ka, kb := (*keyObject)(unsafe.Pointer(a)), (*keyObject)(unsafe.Pointer(b))
	if ka.obj == nil || kb.obj == nil {
		return t.RaiseMsg(&core.AttributeErrorType, "object")
	}
	res := t.Call(ka.cmp, []*core.Object{ka.obj, kb.obj}, nil)
	if res == nil {
		return nil
	}
	zero := t.NewInt(0)
	r := t.RichCompare(res, zero, op)
	t.Decref(zero)
	t.Decref(res)
	return r
}
