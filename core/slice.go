package core

import (
	"math"
	"math/big"
	"sync"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// Slice objects and the index conversions every sequence type shares
// (CPython's Objects/sliceobject.c and PyNumber_AsSsize_t).

// Slice is a Python slice object: x[start:stop:step]. Missing parts are None.
type Slice struct {
	Object
	Start, Stop, Step *Object
}

func asSlice(o *Object) *Slice { return (*Slice)(ptrOf(o)) }

// slicePool recycles slice objects, which every x[a:b] creates, so that
// slicing stays off the Go allocator.
// TODO(lead): a per-thread heap free list (heap.slices) would match the
// other types; NewSlice and deallocSlice are the only users.
var slicePool = sync.Pool{New: func() any { return new(Slice) }}

// NewSlice returns a slice object; it takes its own references to start,
// stop and step (pass None for a missing part).
func (t *Thread) NewSlice(start, stop, step *Object) *Object {
	s := slicePool.Get().(*Slice)
	s.Start, s.Stop, s.Step = start, stop, step
	t.Incref(start)
	t.Incref(stop)
	t.Incref(step)
	t.initObject(&s.Object, KindSlice, &SliceType)
	return &s.Object
}

func deallocSlice(t *Thread, o *Object) {
	s := asSlice(o)
	a, b, c := s.Start, s.Stop, s.Step
	s.Start, s.Stop, s.Step = nil, nil, nil
	t.Decref(a)
	t.Decref(b)
	t.Decref(c)
	if t.recycle(o) {
		slicePool.Put(s)
	}
}

// Indices applies the slice to a sequence of the given length with
// CPython's clamping rules (PySlice_Unpack + PySlice_AdjustIndices): it
// returns the first index, the stop index, the step and the number of
// items selected. ok is false with an exception set for a zero step or a
// non-integer part.
func (s *Slice) Indices(t *Thread, length int) (start, stop, step, n int, ok bool) {
	st, sp, stp, ok := s.unpack(t)
	if !ok {
		return 0, 0, 0, 0, false
	}
	a, b, c, m := adjustIndices(int64(length), st, sp, stp)
	return int(a), int(b), int(c), int(m), true
}

// unpack converts the slice's parts to clamped machine integers, with
// None replaced by the defaults for the step's direction.
func (s *Slice) unpack(t *Thread) (start, stop, step int64, ok bool) {
	step = 1
	if s.Step != None {
		if step, ok = sliceIndex(t, s.Step); !ok {
			return 0, 0, 0, false
		}
		if step == 0 {
			t.RaiseMsg(&ValueErrorType, "slice step cannot be zero")
			return 0, 0, 0, false
		}
		// -step must not overflow when the step is reversed.
		if step < -math.MaxInt64 {
			step = -math.MaxInt64
		}
	}
	if s.Start == None {
		start = 0
		if step < 0 {
			start = math.MaxInt64
		}
	} else if start, ok = sliceIndex(t, s.Start); !ok {
		return 0, 0, 0, false
	}
	if s.Stop == None {
		stop = math.MaxInt64
		if step < 0 {
			stop = math.MinInt64
		}
	} else if stop, ok = sliceIndex(t, s.Stop); !ok {
		return 0, 0, 0, false
	}
	return start, stop, step, true
}

// adjustIndices clamps start and stop to a sequence of the given length
// and returns the number of selected items (PySlice_AdjustIndices).
func adjustIndices(length, start, stop, step int64) (int64, int64, int64, int64) {
	clamp := func(i int64) int64 {
		if i < 0 {
			i += length
			if i < 0 {
				if step < 0 {
					return -1
				}
				return 0
			}
		} else if i >= length {
			if step < 0 {
				return length - 1
			}
			return length
		}
		return i
	}
	start, stop = clamp(start), clamp(stop)
	var n int64
	if step < 0 {
		if stop < start {
			n = (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		n = (stop-start-1)/step + 1
	}
	return start, stop, step, n
}

// sliceIndex converts a slice part to an int64, clamping ints that do not
// fit (_PyEval_SliceIndex).
func sliceIndex(t *Thread, o *Object) (int64, bool) {
	v, isIndex, ok := t.indexOf(o, nil)
	if !ok {
		return 0, false
	}
	if !isIndex {
		t.RaiseMsg(&TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		return 0, false
	}
	return v, true
}

// indexOf converts an int, a bool or an object with __index__ to an int64.
// isIndex is false (and no exception is set) when o is none of those. An
// int that does not fit raises overflow's class with CPython's "cannot fit"
// message, or is clamped to the int64 range when overflow is nil.
func (t *Thread) indexOf(o *Object, overflow *Type) (v int64, isIndex, ok bool) {
	switch o.kind {
	case KindInt, KindBool:
		n := asInt(o)
		if n.Big == nil {
			return n.V, true, true
		}
		if overflow != nil {
			t.RaiseMsg(overflow, "cannot fit 'int' into an index-sized integer")
			return 0, true, false
		}
		if n.Big.Sign() < 0 {
			return math.MinInt64, true, true
		}
		return math.MaxInt64, true, true
	case KindInstance:
		if t.lookupType(o.typ, dunderIndex) == nil {
			return 0, false, true
		}
		r := t.pyIndex(o)
		if r == nil {
			return 0, true, false
		}
		v, isIndex, ok = t.indexOf(r, overflow)
		t.Decref(r)
		return v, isIndex, ok
	}
	return 0, false, true
}

// pyIndex returns o as an int object (a new reference): ints as they are,
// bools and objects with __index__ converted (PyNumber_Index). Anything else
// raises "'x' object cannot be interpreted as an integer".
func (t *Thread) pyIndex(o *Object) *Object {
	switch o.kind {
	case KindInt:
		return t.NewRef(o)
	case KindBool:
		return t.NewInt(asInt(o).V)
	case KindInstance:
		if m := t.lookupType(o.typ, dunderIndex); m != nil {
			r := t.Call(m, []*Object{o}, nil)
			if r == nil {
				return nil
			}
			if r.kind != KindInt && r.kind != KindBool {
				t.Decref(r)
				return t.RaiseMsg(&TypeErrorType, "__index__ returned non-int (type %s)", r.typ.Name)
			}
			return r
		}
	}
	return t.RaiseMsg(&TypeErrorType, "'%s' object cannot be interpreted as an integer", o.typ.Name)
}

// indexArg converts an argument that must be an integer (a count, a width)
// to an int64; ints that do not fit raise OverflowError.
func (t *Thread) indexArg(o *Object) (int64, bool) {
	v, isIndex, ok := t.indexOf(o, &OverflowErrorType)
	if !ok {
		return 0, false
	}
	if !isIndex {
		t.RaiseMsg(&TypeErrorType, "'%s' object cannot be interpreted as an integer", o.typ.Name)
		return 0, false
	}
	return v, true
}

// optIndexArg converts an optional start/end argument of find, count,
// index...: nil and None give def.
func (t *Thread) optIndexArg(o *Object, def int64) (int64, bool) {
	if o == nil || o == None {
		return def, true
	}
	v, ok := sliceIndex(t, o)
	return v, ok
}

// adjustRange applies the start/end convention of str.find, list.index and
// friends (ADJUST_INDICES): negative values count from the end, and both
// are clamped to [0, length].
func adjustRange(start, end, length int64) (int64, int64) {
	if end > length {
		end = length
	} else if end < 0 {
		end += length
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += length
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

func sliceRepr(t *Thread, o *Object) *Object {
	s := asSlice(o)
	b := make([]byte, 0, 32)
	b = append(b, "slice("...)
	for i, part := range [...]*Object{s.Start, s.Stop, s.Step} {
		if i > 0 {
			b = append(b, ", "...)
		}
		r, ok := t.ReprString(part)
		if !ok {
			return nil
		}
		b = append(b, r...)
	}
	b = append(b, ')')
	return t.NewStr(string(b))
}

// sliceCompare compares slices as the tuples (start, stop, step).
func sliceCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if a.kind != KindSlice || b.kind != KindSlice {
		return NotImplemented
	}
	if a == b && (op == bc.Eq || op == bc.Ne) {
		return Bool(op == bc.Eq)
	}
	sa, sb := asSlice(a), asSlice(b)
	ta := t.TupleOf(sa.Start, sa.Stop, sa.Step)
	tb := t.TupleOf(sb.Start, sb.Stop, sb.Step)
	r := t.RichCompare(ta, tb, op)
	t.Decref(ta)
	t.Decref(tb)
	return r
}

func sliceNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("slice", args, kwnames, 1, 3) {
		return nil
	}
	switch len(args) {
	case 1:
		return t.NewSlice(None, args[0], None)
	case 2:
		return t.NewSlice(args[0], args[1], None)
	}
	return t.NewSlice(args[0], args[1], args[2])
}

func sliceGetAttr(t *Thread, o *Object, name *Str) *Object {
	s := asSlice(o)
	switch name.S {
	case "start":
		return t.NewRef(s.Start)
	case "stop":
		return t.NewRef(s.Stop)
	case "step":
		return t.NewRef(s.Step)
	}
	return t.genericGetAttr(o, name)
}

// sliceIndices is slice.indices(length), with ints of any size.
func sliceIndices(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("indices", args[1:], kwnames, 1, 1) {
		return nil
	}
	n := t.pyIndex(args[1])
	if n == nil {
		return nil
	}
	length := new(big.Int).Set(bigOf(n))
	t.Decref(n)
	if length.Sign() < 0 {
		return t.RaiseMsg(&ValueErrorType, "length should not be negative")
	}
	start, stop, step, ok := t.bigSliceIndices(asSlice(args[0]), length)
	if !ok {
		return nil
	}
	r := t.NewTuple(3)
	r.Items[0], r.Items[1], r.Items[2] = t.NewBigInt(start), t.NewBigInt(stop), t.NewBigInt(step)
	return &r.Object
}

// hashUnhashable is the Hash slot of mutable built-in types: it stops the
// type from inheriting object's identity hash (PyObject_HashNotImplemented).
func hashUnhashable(t *Thread, o *Object) (int64, bool) {
	t.RaiseMsg(&TypeErrorType, "unhashable type: '%s'", o.typ.Name)
	return 0, false
}

// readOnlySetAttr is the SetAttr slot of built-in types without an
// instance dict: it stops them from inheriting object's instance-dict store.
func readOnlySetAttr(t *Thread, o *Object, name *Str, value *Object) bool {
	if name.S == "__class__" {
		// object.__setattr__'s __class__ rules: refused for built-in types.
		return t.setClass(o, value)
	}
	if t.lookupType(o.typ, name) != nil {
		t.RaiseMsg(&AttributeErrorType, "'%s' object attribute '%s' is read-only", o.typ.Name, name.S)
	} else {
		t.RaiseMsg(&AttributeErrorType, "'%s' object has no attribute '%s'", o.typ.Name, name.S)
	}
	return false
}

func init() {
	SliceType.Dealloc = deallocSlice
	SliceType.Repr = sliceRepr
	SliceType.Compare = sliceCompare
	SliceType.Hash = hashUnhashable
	SliceType.New = sliceNew
	SliceType.GetAttr = sliceGetAttr
	SliceType.SetAttr = readOnlySetAttr
	SliceType.def("indices", sliceIndices)
}
