// Package bisect is CPython's _bisect module (Modules/_bisectmodule.c):
// binary search and insertion on sorted sequences, with key=, CPython's
// comparisons (only <) and its errors.
package bisect

import (
	"github.com/rcvm/rcvm/core"
	bc "github.com/rcvm/rcvm/core/bytecode"
)

func init() { core.RegisterModule("_bisect", build) }

const moduleDoc = "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach."

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, moduleDoc)
	m.SetFunc(t, "bisect_right", bisectFunc(core.NewSignature("bisect_right", "a", "x", "lo=", "hi=", "*", "key="), true, false))
	m.SetFunc(t, "bisect_left", bisectFunc(core.NewSignature("bisect_left", "a", "x", "lo=", "hi=", "*", "key="), false, false))
	m.SetFunc(t, "insort_right", bisectFunc(core.NewSignature("insort_right", "a", "x", "lo=", "hi=", "*", "key="), true, true))
	m.SetFunc(t, "insort_left", bisectFunc(core.NewSignature("insort_left", "a", "x", "lo=", "hi=", "*", "key="), false, true))
	return true
}

// search is internal_bisect_right / internal_bisect_left.
func search(t *core.Thread, a, x *core.Object, lo, hi int64, key *core.Object, right bool) (int64, bool) {
	if lo < 0 {
		t.RaiseMsg(&core.ValueErrorType, "lo must be non-negative")
		return 0, false
	}
	if hi == -1 {
		n, ok := t.Len(a)
		if !ok {
			return 0, false
		}
		hi = int64(n)
	}
	for lo < hi {
		mid := int64(uint64(lo+hi) / 2)
		idx := t.NewInt(mid)
		item := t.GetItem(a, idx)
		t.Decref(idx)
		if item == nil {
			return 0, false
		}
		if key != nil {
			k := t.Call(key, []*core.Object{item}, nil)
			t.Decref(item)
			if k == nil {
				return 0, false
			}
			item = k
		}
		var lt, ok bool
		if right {
			lt, ok = t.RichBool(x, item, bc.Lt)
		} else {
			lt, ok = t.RichBool(item, x, bc.Lt)
		}
		t.Decref(item)
		if !ok {
			return 0, false
		}
		if lt == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, true
}

func bisectFunc(sig *core.Signature, right, insort bool) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		var a, x, loObj, hiObj, key *core.Object
		if !sig.Parse(t, args, kwnames, &a, &x, &loObj, &hiObj, &key) {
			return nil
		}
		lo, hi := int64(0), int64(-1)
		var ok bool
		if loObj != nil {
			if lo, ok = t.AsInt64(loObj); !ok {
				return nil
			}
		}
		if hiObj != nil && hiObj != core.None {
			// hi's converter is PyNumber_AsSsize_t's, with its own
			// overflow message.
			if hi, ok = t.AsInt64(hiObj); !ok {
				if t.ExcMatches(&core.OverflowErrorType) {
					t.ClearExc()
					t.RaiseMsg(&core.OverflowErrorType, "cannot fit '%s' into an index-sized integer", core.TypeName(hiObj))
				}
				return nil
			}
		}
		if key == core.None {
			key = nil
		}
		if !insort {
			i, ok := search(t, a, x, lo, hi, key, right)
			if !ok {
				return nil
			}
			return t.NewInt(i)
		}
		kx := x
		if key != nil {
			if kx = t.Call(key, []*core.Object{x}, nil); kx == nil {
				return nil
			}
			defer t.Decref(kx)
		}
		i, ok := search(t, a, kx, lo, hi, key, right)
		if !ok {
			return nil
		}
		idx := t.NewInt(i)
		r := t.CallMethod(a, "insert", idx, x)
		t.Decref(idx)
		if r == nil {
			return nil
		}
		t.Decref(r)
		return t.NewRef(core.None)
	}
}
