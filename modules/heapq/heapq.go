// Package heapq is CPython's _heapq module (Modules/_heapqmodule.c): the
// heap operations on a list, with CPython's order of comparisons and its
// errors, including "list changed size during iteration" when a comparison
// mutates the heap.
//
// Each operation holds the list's container lock (re-entrant, a no-op under
// a GIL) for its whole run, so that under the free-threaded strategies
// another thread never sees a half-sifted heap nor frees an item being
// compared; the comparisons may run Python code, which may come back to the
// list on the same thread.
package heapq

import (
	"github.com/rcvm/rcvm/core"
	bc "github.com/rcvm/rcvm/core/bytecode"
)

func init() { core.RegisterModule("_heapq", build) }

const moduleDoc = "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element."

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, moduleDoc)
	for _, f := range []struct {
		name  string
		nargs int
		op    heapOp
	}{
		{"heappush", 2, heappush}, {"heappop", 1, heappop(false)}, {"heapreplace", 2, heapreplace(false)},
		{"heappushpop", 2, heappushpop}, {"heapify", 1, heapify(false)},
		{"_heappop_max", 1, heappop(true)}, {"_heapreplace_max", 2, heapreplace(true)}, {"_heapify_max", 1, heapify(true)},
	} {
		m.SetFunc(t, f.name, heapFunc(f.name, f.nargs, f.op))
	}
	return true
}

// heapOp is one heap operation on a checked list whose lock is held;
// args are the function's arguments, the list first.
type heapOp func(t *core.Thread, l *core.List, args []*core.Object) *core.Object

// heapFunc makes the built-in function of op: it checks the arguments
// with CPython's messages and holds the heap's lock around op.
func heapFunc(name string, nargs int, op heapOp) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !checkArgs(t, name, args, kwnames, nargs) {
			return nil
		}
		l, ok := heapArg(t, name, args[0], nargs)
		if !ok {
			return nil
		}
		l.Lock(t)
		defer l.Unlock(t)
		return op(t, l, args)
	}
}

// checkArgs checks the argument count with CPython's messages: the
// keyword and the one-argument messages name the function "_heapq.heappop",
// the two-argument ones "heappush".
func checkArgs(t *core.Thread, name string, args []*core.Object, kwnames []*core.Str, n int) bool {
	if !t.NoKeywords("_heapq."+name, kwnames) {
		return false
	}
	if n == 1 {
		name = "_heapq." + name
	}
	return t.ArgsRange(name, args, nil, n, n)
}

// heapArg checks a heap argument: "heappush() argument 1 must be list, not int".
func heapArg(t *core.Thread, name string, o *core.Object, nargs int) (*core.List, bool) {
	l, ok := core.AsList(o)
	if !ok {
		which := "argument 1"
		if nargs == 1 {
			which = "argument"
		}
		t.RaiseMsg(&core.TypeErrorType, "%s() %s must be list, not %s", name, which, core.TypeName(o))
	}
	return l, ok
}

// less compares a < b (b < a for the max-heap functions), keeping both
// alive across the call.
func less(t *core.Thread, a, b *core.Object, max bool) (bool, bool) {
	if max {
		a, b = b, a
	}
	t.Incref(a)
	t.Incref(b)
	r, ok := t.RichBool(a, b, bc.Lt)
	t.Decref(a)
	t.Decref(b)
	return r, ok
}

func changed(t *core.Thread) bool {
	t.RaiseMsg(&core.RuntimeErrorType, "list changed size during iteration")
	return false
}

// siftdown moves the item at pos up toward startpos (CPython's
// siftdown: the names follow heapq.py's).
func siftdown(t *core.Thread, l *core.List, startpos, pos int, max bool) bool {
	size := len(l.Items)
	if pos >= size {
		t.RaiseMsg(&core.IndexErrorType, "index out of range")
		return false
	}
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		lt, ok := less(t, l.Items[pos], l.Items[parentpos], max)
		if !ok {
			return false
		}
		if size != len(l.Items) {
			return changed(t)
		}
		if !lt {
			break
		}
		l.Items[parentpos], l.Items[pos] = l.Items[pos], l.Items[parentpos]
		pos = parentpos
	}
	return true
}

// siftup bubbles the smaller child up from pos to a leaf, then sifts the
// item there down.
func siftup(t *core.Thread, l *core.List, pos int, max bool) bool {
	endpos := len(l.Items)
	startpos := pos
	if pos >= endpos {
		t.RaiseMsg(&core.IndexErrorType, "index out of range")
		return false
	}
	limit := endpos >> 1
	for pos < limit {
		childpos := 2*pos + 1
		if childpos+1 < endpos {
			lt, ok := less(t, l.Items[childpos], l.Items[childpos+1], max)
			if !ok {
				return false
			}
			if !lt {
				childpos++
			}
			if endpos != len(l.Items) {
				return changed(t)
			}
		}
		l.Items[childpos], l.Items[pos] = l.Items[pos], l.Items[childpos]
		pos = childpos
	}
	return siftdown(t, l, startpos, pos, max)
}

func heappush(t *core.Thread, l *core.List, args []*core.Object) *core.Object {
	l.Append(t, args[1])
	if !siftdown(t, l, 0, len(l.Items)-1, false) {
		return nil
	}
	return t.NewRef(core.None)
}

// replaceTop puts item (a new reference) at the root, sifts it into
// place and returns the old root; the heap is not empty.
func replaceTop(t *core.Thread, l *core.List, item *core.Object, max bool) *core.Object {
	ret := l.Items[0]
	l.Items[0] = item
	if !siftup(t, l, 0, max) {
		t.Decref(ret)
		return nil
	}
	return ret
}

func heappop(max bool) heapOp {
	return func(t *core.Thread, l *core.List, _ []*core.Object) *core.Object {
		n := len(l.Items)
		if n == 0 {
			return t.RaiseMsg(&core.IndexErrorType, "index out of range")
		}
		last := l.Items[n-1]
		l.Items[n-1] = nil
		l.Items = l.Items[:n-1]
		if n == 1 {
			return last
		}
		return replaceTop(t, l, last, max)
	}
}

func heapreplace(max bool) heapOp {
	return func(t *core.Thread, l *core.List, args []*core.Object) *core.Object {
		if len(l.Items) == 0 {
			return t.RaiseMsg(&core.IndexErrorType, "index out of range")
		}
		return replaceTop(t, l, t.NewRef(args[1]), max)
	}
}

func heappushpop(t *core.Thread, l *core.List, args []*core.Object) *core.Object {
	item := args[1]
	if len(l.Items) == 0 {
		return t.NewRef(item)
	}
	lt, ok := less(t, l.Items[0], item, false)
	if !ok {
		return nil
	}
	if !lt {
		return t.NewRef(item)
	}
	// The comparison may have emptied the heap.
	if len(l.Items) == 0 {
		return t.RaiseMsg(&core.IndexErrorType, "index out of range")
	}
	return replaceTop(t, l, t.NewRef(item), false)
}

func heapify(max bool) heapOp {
	return func(t *core.Thread, l *core.List, _ []*core.Object) *core.Object {
		for i := len(l.Items)/2 - 1; i >= 0; i-- {
			if !siftup(t, l, i, max) {
				return nil
			}
		}
		return t.NewRef(core.None)
	}
}
