package core

import (
	"math"
	"math/big"
	"sync"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// The range type (CPython's Objects/rangeobject.c). A range whose start,
// stop, step and length all fit in an int64 — nearly all of them — is
// served from machine integers; the others go through math/big.

// Range is a Python range object.
type Range struct {
	Object
	// Start, Stop and Step are int objects (owned references).
	Start, Stop, Step *Object
	// small reports that start, stop, step and n hold the range exactly.
	small                bool
	start, stop, step, n int64
}

func asRange(o *Object) *Range { return (*Range)(ptrOf(o)) }

func init() {
	RangeType.Dealloc = deallocRange
	RangeType.New = rangeNew
	RangeType.Repr = rangeRepr
	RangeType.Len = rangeLen
	RangeType.Truth = func(t *Thread, o *Object) (bool, bool) {
		r := asRange(o)
		return (r.small && r.n != 0) || (!r.small && r.bigLen().Sign() != 0), true
	}
	RangeType.GetItem = rangeGetItem
	RangeType.Contains = rangeContains
	RangeType.Iter = rangeIter
	RangeType.Compare = rangeCompare
	RangeType.Hash = rangeHash
	RangeType.GetAttr = rangeGetAttr
	RangeType.SetAttr = rangeSetAttr
	RangeType.def("count", rangeCount)
	RangeType.def("index", rangeIndex)
	LongRangeIterType.Iter = iterSelf
	LongRangeIterType.Dealloc = func(t *Thread, o *Object) { t.recycle(o) }
	LongRangeIterType.SetAttr = readOnlySetAttr
	registerType(&LongRangeIterType)
}

// newRange returns range(start, stop, step) for int objects (new
// references are taken); step must not be zero.
func (t *Thread) newRange(start, stop, step *Object) *Object {
	r := rangePool.Get().(*Range)
	*r = Range{Start: start, Stop: stop, Step: step}
	t.Incref(start)
	t.Incref(stop)
	t.Incref(step)
	a, ok1 := IntValue(start)
	b, ok2 := IntValue(stop)
	c, ok3 := IntValue(step)
	if ok1 && ok2 && ok3 {
		if n := rangeLen64(a, b, c); n >= 0 {
			r.small, r.start, r.stop, r.step, r.n = true, a, b, c, n
		}
	}
	t.initObject(&r.Object, KindRange, &RangeType)
	return &r.Object
}

// rangeLen64 returns the length of range(a, b, c), or -1 when it does not
// fit in an int64.
func rangeLen64(a, b, c int64) int64 {
	lo, hi, step := a, b, c
	if c < 0 {
		lo, hi = b, a
		if c == math.MinInt64 {
			return -1
		}
		step = -c
	}
	if lo >= hi {
		return 0
	}
	diff := uint64(hi) - uint64(lo) - 1 // exact even when hi - lo overflows int64
	n := diff/uint64(step) + 1
	if n > math.MaxInt64 {
		return -1
	}
	return int64(n)
}

// bigRangeLen is the length of range(a, b, c) in math/big.
func bigRangeLen(a, b, c *big.Int) *big.Int {
	lo, hi, step := a, b, c
	if c.Sign() < 0 {
		lo, hi, step = b, a, new(big.Int).Neg(c)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, step)
	return n.Add(n, big.NewInt(1))
}

func (r *Range) bigLen() *big.Int {
	if r.small {
		return big.NewInt(r.n)
	}
	return bigRangeLen(bigOf(r.Start), bigOf(r.Stop), bigOf(r.Step))
}

func deallocRange(t *Thread, o *Object) {
	r := asRange(o)
	a, b, c := r.Start, r.Stop, r.Step
	r.Start, r.Stop, r.Step = nil, nil, nil
	t.Decref(a)
	t.Decref(b)
	t.Decref(c)
	if t.recycle(o) {
		rangePool.Put(r)
	}
}

// rangePool recycles range objects (every `for i in range(n)` makes one),
// as slicePool does slices.
var rangePool = sync.Pool{New: func() any { return new(Range) }}

func rangeNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("range", args, kwnames, 1, 3) {
		return nil
	}
	var parts [3]*Object
	for i, a := range args {
		if parts[i] = t.pyIndex(a); parts[i] == nil {
			t.releaseAll(parts[:i])
			return nil
		}
	}
	defer t.releaseAll(parts[:len(args)])
	switch len(args) {
	case 1:
		return t.newRange(t.NewInt(0), parts[0], t.NewInt(1))
	case 2:
		return t.newRange(parts[0], parts[1], t.NewInt(1))
	}
	if v, ok := IntValue(parts[2]); ok && v == 0 {
		return t.RaiseMsg(&ValueErrorType, "range() arg 3 must not be zero")
	}
	return t.newRange(parts[0], parts[1], parts[2])
}

func rangeRepr(t *Thread, o *Object) *Object {
	r := asRange(o)
	a, ok := t.ReprString(r.Start)
	if !ok {
		return nil
	}
	b, ok := t.ReprString(r.Stop)
	if !ok {
		return nil
	}
	if v, isSmall := IntValue(r.Step); isSmall && v == 1 {
		return t.NewStr("range(" + a + ", " + b + ")")
	}
	c, ok := t.ReprString(r.Step)
	if !ok {
		return nil
	}
	return t.NewStr("range(" + a + ", " + b + ", " + c + ")")
}

func rangeLen(t *Thread, o *Object) (int, bool) {
	r := asRange(o)
	if r.small {
		return int(r.n), true
	}
	n := r.bigLen()
	if !n.IsInt64() {
		t.RaiseMsg(&OverflowErrorType, "Python int too large to convert to C ssize_t")
		return 0, false
	}
	return int(n.Int64()), true
}

// itemAt returns the i-th value, 0 <= i < len, as a new int object.
func (t *Thread) rangeItemAt(r *Range, i *big.Int) *Object {
	v := new(big.Int).Mul(i, bigOf(r.Step))
	return t.NewBigInt(v.Add(v, bigOf(r.Start)))
}

func rangeGetItem(t *Thread, o, key *Object) *Object {
	r := asRange(o)
	if key.kind == KindSlice {
		return t.rangeSlice(r, asSlice(key))
	}
	if key.kind != KindInt && key.kind != KindBool &&
		(key.kind != KindInstance || t.lookupType(key.typ, dunderIndex) == nil) {
		return t.RaiseMsg(&TypeErrorType, "range indices must be integers or slices, not %s", key.typ.Name)
	}
	if r.small {
		if i, ok := IntValue(key); ok {
			if i < 0 {
				i += r.n
			}
			if i < 0 || i >= r.n {
				return t.RaiseMsg(&IndexErrorType, "range object index out of range")
			}
			// The value lies between start and stop, so it fits even if
			// i*step wraps around.
			return t.NewInt(r.start + i*r.step)
		}
	}
	k := t.pyIndex(key)
	if k == nil {
		return nil
	}
	i := new(big.Int).Set(bigOf(k))
	t.Decref(k)
	n := r.bigLen()
	if i.Sign() < 0 {
		i.Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return t.RaiseMsg(&IndexErrorType, "range object index out of range")
	}
	return t.rangeItemAt(r, i)
}

// rangeSlice returns r[sl], itself a range (compute_slice).
func (t *Thread) rangeSlice(r *Range, sl *Slice) *Object {
	start, stop, step, ok := t.bigSliceIndices(sl, r.bigLen())
	if !ok {
		return nil
	}
	rstep, rstart := bigOf(r.Step), bigOf(r.Start)
	a := new(big.Int).Mul(start, rstep)
	a.Add(a, rstart)
	b := new(big.Int).Mul(stop, rstep)
	b.Add(b, rstart)
	c := new(big.Int).Mul(step, rstep)
	ao, bo, co := t.NewBigInt(a), t.NewBigInt(b), t.NewBigInt(c)
	res := t.newRange(ao, bo, co)
	t.Decref(ao)
	t.Decref(bo)
	t.Decref(co)
	return res
}

// bigSliceIndices is Slice.Indices for lengths of any size
// (_PySlice_GetLongIndices).
func (t *Thread) bigSliceIndices(sl *Slice, length *big.Int) (start, stop, step *big.Int, ok bool) {
	part := func(o *Object) (*big.Int, bool) {
		v, isIndex, ok := t.indexOf(o, nil)
		if !ok {
			return nil, false
		}
		if !isIndex {
			t.RaiseMsg(&TypeErrorType, "slice indices must be integers or None or have an __index__ method")
			return nil, false
		}
		if o.kind == KindInt && asInt(o).Big != nil {
			return new(big.Int).Set(asInt(o).Big), true
		}
		return big.NewInt(v), true
	}
	step = big.NewInt(1)
	if sl.Step != None {
		if step, ok = part(sl.Step); !ok {
			return nil, nil, nil, false
		}
		if step.Sign() == 0 {
			t.RaiseMsg(&ValueErrorType, "slice step cannot be zero")
			return nil, nil, nil, false
		}
	}
	neg := step.Sign() < 0
	lower, upper := big.NewInt(0), new(big.Int).Set(length)
	if neg {
		lower = big.NewInt(-1)
		upper.Sub(upper, big.NewInt(1))
	}
	clamp := func(o *Object, dflt *big.Int) (*big.Int, bool) {
		if o == None {
			return dflt, true
		}
		v, ok := part(o)
		if !ok {
			return nil, false
		}
		if v.Sign() < 0 {
			v.Add(v, length)
			if v.Cmp(lower) < 0 {
				v.Set(lower)
			}
		} else if v.Cmp(upper) > 0 {
			v.Set(upper)
		}
		return v, true
	}
	startDflt, stopDflt := lower, upper
	if neg {
		startDflt, stopDflt = upper, lower
	}
	if start, ok = clamp(sl.Start, startDflt); !ok {
		return nil, nil, nil, false
	}
	if stop, ok = clamp(sl.Stop, stopDflt); !ok {
		return nil, nil, nil, false
	}
	return start, stop, step, true
}

// rangeHas reports whether the int v is one of r's values.
func rangeHas(r *Range, v *Object) bool {
	if r.small {
		if x, ok := IntValue(v); ok {
			if r.step > 0 {
				if x < r.start || x >= r.stop {
					return false
				}
			} else if x > r.start || x <= r.stop {
				return false
			}
			// Unsigned differences are exact: x lies between start and
			// stop, but the distance may not fit in an int64.
			if r.step > 0 {
				return (uint64(x)-uint64(r.start))%uint64(r.step) == 0
			}
			return (uint64(r.start)-uint64(x))%uint64(-r.step) == 0
		}
	}
	x, a, b, c := bigOf(v), bigOf(r.Start), bigOf(r.Stop), bigOf(r.Step)
	if c.Sign() > 0 {
		if x.Cmp(a) < 0 || x.Cmp(b) >= 0 {
			return false
		}
	} else if x.Cmp(a) > 0 || x.Cmp(b) <= 0 {
		return false
	}
	d := new(big.Int).Sub(x, a)
	return d.Rem(d, c).Sign() == 0
}

func rangeContains(t *Thread, o, x *Object) (bool, bool) {
	r := asRange(o)
	if x.kind == KindInt || x.kind == KindBool {
		return rangeHas(r, x), true
	}
	found := false
	ok := t.Iterate(o, func(v *Object) bool {
		eq, ok := t.RichEq(v, x)
		found = eq
		return ok && !eq
	})
	return found, ok
}

// LongRangeIterType iterates over a range that does not fit in int64s.
var LongRangeIterType = iterType("longrange_iterator", longRangeIterNext)

type longRangeIter struct {
	Object
	cur, step, n *big.Int
}

func rangeIter(t *Thread, o *Object) *Object {
	r := asRange(o)
	if r.small {
		return t.newRangeIter(r.start, r.step, r.n)
	}
	it := &longRangeIter{cur: new(big.Int).Set(bigOf(r.Start)), step: new(big.Int).Set(bigOf(r.Step)), n: r.bigLen()}
	t.initObject(&it.Object, KindIterator, &LongRangeIterType)
	return &it.Object
}

// rangeReversed is reversed(range): the same values from the last one
// down.
func (t *Thread) rangeReversed(r *Range) *Object {
	if r.small && r.step != math.MinInt64 {
		last := r.start
		if r.n > 0 {
			last = r.start + (r.n-1)*r.step
		}
		return t.newRangeIter(last, -r.step, r.n)
	}
	n := r.bigLen()
	last := new(big.Int).Set(bigOf(r.Start))
	if n.Sign() > 0 {
		k := new(big.Int).Sub(n, big.NewInt(1))
		last.Add(last, k.Mul(k, bigOf(r.Step)))
	}
	it := &longRangeIter{cur: last, step: new(big.Int).Neg(bigOf(r.Step)), n: n}
	t.initObject(&it.Object, KindIterator, &LongRangeIterType)
	return &it.Object
}

func longRangeIterNext(t *Thread, o *Object) *Object {
	it := (*longRangeIter)(ptrOf(o))
	if it.n.Sign() <= 0 {
		return nil
	}
	v := t.NewBigInt(new(big.Int).Set(it.cur))
	it.cur.Add(it.cur, it.step)
	it.n.Sub(it.n, big.NewInt(1))
	return v
}

// rangeCompare compares ranges as the sequences of values they produce.
func rangeCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if a.kind != KindRange || b.kind != KindRange || (op != bc.Eq && op != bc.Ne) {
		return NotImplemented
	}
	eq := rangeEqual(asRange(a), asRange(b))
	return Bool(eq == (op == bc.Eq))
}

func rangeEqual(x, y *Range) bool {
	if x == y {
		return true
	}
	n := x.bigLen()
	if n.Cmp(y.bigLen()) != 0 {
		return false
	}
	if n.Sign() == 0 {
		return true
	}
	if bigOf(x.Start).Cmp(bigOf(y.Start)) != 0 {
		return false
	}
	if n.IsInt64() && n.Int64() == 1 {
		return true
	}
	return bigOf(x.Step).Cmp(bigOf(y.Step)) == 0
}

// rangeHash hashes (len, start, step), with None for the parts that do
// not matter to equality, as CPython does.
func rangeHash(t *Thread, o *Object) (int64, bool) {
	r := asRange(o)
	n := t.NewBigInt(r.bigLen())
	start, step := None, None
	if v, ok := IntValue(n); !ok || v > 0 {
		start = r.Start
		if !ok || v > 1 {
			step = r.Step
		}
	}
	tup := t.TupleOf(n, start, step)
	t.Decref(n)
	h, ok := t.Hash(tup)
	t.Decref(tup)
	return h, ok
}

func rangeGetAttr(t *Thread, o *Object, name *Str) *Object {
	r := asRange(o)
	switch name.S {
	case "start":
		return t.NewRef(r.Start)
	case "stop":
		return t.NewRef(r.Stop)
	case "step":
		return t.NewRef(r.Step)
	}
	return t.genericGetAttr(o, name)
}

func rangeSetAttr(t *Thread, o *Object, name *Str, value *Object) bool {
	switch name.S {
	case "start", "stop", "step":
		t.RaiseMsg(&AttributeErrorType, "readonly attribute")
		return false
	}
	return readOnlySetAttr(t, o, name, value)
}

func rangeCount(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.oneArg("range.count", args, kwnames) {
		return nil
	}
	x := args[1]
	if x.kind == KindInt || x.kind == KindBool {
		if rangeHas(asRange(args[0]), x) {
			return t.NewInt(1)
		}
		return t.NewInt(0)
	}
	count := int64(0)
	if !t.Iterate(args[0], func(v *Object) bool {
		eq, ok := t.RichEq(v, x)
		if eq {
			count++
		}
		return ok
	}) {
		return nil
	}
	return t.NewInt(count)
}

func rangeIndex(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.oneArg("range.index", args, kwnames) {
		return nil
	}
	r, x := asRange(args[0]), args[1]
	if x.kind == KindInt || x.kind == KindBool {
		if !rangeHas(r, x) {
			s, ok := t.ReprString(x)
			if !ok {
				return nil
			}
			return t.RaiseMsg(&ValueErrorType, "%s is not in range", s)
		}
		d := new(big.Int).Sub(bigOf(x), bigOf(r.Start))
		return t.NewBigInt(d.Quo(d, bigOf(r.Step)))
	}
	i := int64(0)
	found := false
	if !t.Iterate(args[0], func(v *Object) bool {
		eq, ok := t.RichEq(v, x)
		found = eq
		if !eq {
			i++
		}
		return ok && !eq
	}) {
		return nil
	}
	if !found {
		return t.RaiseMsg(&ValueErrorType, "sequence.index(x): x not in sequence")
	}
	return t.NewInt(i)
}
