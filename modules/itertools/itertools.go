// Package itertools is CPython's itertools module (Modules/itertoolsmodule.c)
// in Go: the iterator building blocks with CPython's results, reprs and
// error messages. Pickling support (__reduce__, __setstate__) is omitted.
//
// Iterators are stateful objects that threads may share. Their reference
// fields that next() replaces or clears are read and written under the
// object's container lock (a no-op under a GIL), and never held across a
// call into Python code, so that a shared iterator cannot lose or double a
// reference under the free-threaded strategies.
package itertools

import (
	"github.com/rcvm/rcvm/core"
)

func init() { core.RegisterModule("itertools", build) }

// moduleTypes are the types the module exports, filled by each file's init.
var moduleTypes []*core.Type

const moduleDoc = "Functional tools for creating and using iterators."

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, moduleDoc)
	for _, tp := range moduleTypes {
		m.AddType(t, tp)
	}
	m.SetFunc(t, "tee", teeFunc)
	return true
}

// newIterType declares an iterator type of the module (subclassable, as
// CPython's are) and adds it to the module's exports.
func newIterType[T any](spec core.TypeSpec) *core.Type {
	spec.Subclassable = true
	spec.Iter = core.IterSelf
	tp := core.NewType[T](spec)
	moduleTypes = append(moduleTypes, tp)
	return tp
}

// next is PyIter_Next: the iterator's next item, or nil (exhaustion when
// !t.Failed(); a StopIteration raised by Python code counts as exhaustion).
func next(t *core.Thread, it *core.Object) *core.Object {
	v := t.Next(it)
	if v == nil && t.ExcMatches(&core.StopIterationType) {
		t.ClearExc()
	}
	return v
}

// ref is a reference field that next() may clear or replace while other
// threads read it.
type ref struct {
	lk core.ContainerLock
	v  *core.Object
}

// load returns a new reference to the field's value (nil when cleared).
func (r *ref) load(t *core.Thread) *core.Object {
	r.lk.Lock(t)
	v := r.v
	t.XIncref(v)
	r.lk.Unlock(t)
	return v
}

// swap stores v (taking over the caller's reference) and releases the old
// value.
func (r *ref) swap(t *core.Thread, v *core.Object) {
	r.lk.Lock(t)
	old := r.v
	r.v = v
	r.lk.Unlock(t)
	t.XDecref(old)
}

// clear drops the field's reference.
func (r *ref) clear(t *core.Thread) { r.swap(t, nil) }

// callOne calls fn(arg).
func callOne(t *core.Thread, fn, arg *core.Object) *core.Object {
	return t.Call(fn, []*core.Object{arg}, nil)
}

// typeName is _PyType_Name: the type's __name__ (reprs use it, so that a
// subclass shows its own name).
func typeName(o *core.Object) string {
	n := core.TypeName(o)
	for i := len(n) - 1; i >= 0; i-- {
		if n[i] == '.' {
			return n[i+1:]
		}
	}
	return n
}

// newFunc is the type of a New slot.
type newFunc = func(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object

// exactArgs is Argument Clinic's check of a constructor's positional-only
// parameters: "cycle expected 1 argument, got 0".
func exactArgs(t *core.Thread, name string, args []*core.Object, kwnames []*core.Str, n int) bool {
	if !t.NoKeywords(name, kwnames) {
		return false
	}
	if len(args) != n {
		s := "s"
		if n == 1 {
			s = ""
		}
		t.RaiseMsg(&core.TypeErrorType, "%s expected %d argument%s, got %d", name, n, s, len(args))
		return false
	}
	return true
}
