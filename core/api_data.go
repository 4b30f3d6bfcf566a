package core

import bc "github.com/rcvm/rcvm/core/bytecode"

// Extension API helpers that the data modules (itertools, _collections,
// _functools, _operator, ...) need: the Iter slot of iterators, the repr
// recursion guard of containers, and the C-level recursion counter.

// IterSelf is the Iter slot of an iterator type: iter(it) is it.
func IterSelf(t *Thread, o *Object) *Object { return t.NewRef(o) }

// ReprEnter reports whether o's repr may be built: false when it is already
// being built further up this thread's stack, so that a container holding
// itself prints "[...]" (CPython's Py_ReprEnter). Every true return is
// paired with ReprLeave.
func (t *Thread) ReprEnter(o *Object) bool { return t.reprEnter(o) }

// ReprLeave ends ReprEnter(o) (Py_ReprLeave).
func (t *Thread) ReprLeave(o *Object) { t.reprLeave(o) }

// EnterRecursive counts a level of Go recursion made on behalf of Python code
// (a nested repr, a chain of iterators each pulling from the next) and raises
// RecursionError past the recursion limit, as CPython's
// Py_EnterRecursiveCall does. Every true return is paired with LeaveRecursive.
func (t *Thread) EnterRecursive() bool { return t.enterRecursive() }

// LeaveRecursive ends EnterRecursive.
func (t *Thread) LeaveRecursive() { t.leaveRecursive() }

// InstanceDict returns o's instance dict (borrowed), or nil when o has none
// or it was never created: CPython's *_PyObject_GetDictPtr(o), which
// functools.partial reads to decide whether a nested partial may be
// flattened.
func InstanceDict(o *Object) *Dict {
	if p := dictSlot(o); p != nil {
		return *p
	}
	return nil
}

// UnaryOp applies -v (bytecode.UNARY_NEGATIVE), +v (UNARY_POSITIVE) or ~v
// (UNARY_INVERT) with the eval loop's semantics and errors.
func (t *Thread) UnaryOp(op bc.Op, v *Object) *Object { return t.unary(op, v) }
