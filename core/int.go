package core

import "math/big"

// Int is a Python int: a machine-size value in V, or, when the value does
// not fit in an int64, a math/big value in Big (V is then unused). bool
// shares this layout (KindBool).
type Int struct {
	Object
	V   int64
	Big *big.Int
}

// Small ints are cached and immortal, as in CPython (-5 ... 256).
const (
	smallIntMin = -5
	smallIntMax = 256
)

var smallInts [smallIntMax - smallIntMin + 1]Int

func init() {
	for i := range smallInts {
		n := &smallInts[i]
		n.V = int64(i + smallIntMin)
		n.rc, n.kind, n.flags, n.typ = 1, KindInt, flagImmortal, &IntType
	}
}

func asInt(o *Object) *Int { return (*Int)(ptrOf(o)) }

// NewInt returns an int object (a new reference).
func (t *Thread) NewInt(v int64) *Object {
	if v >= smallIntMin && v <= smallIntMax {
		return &smallInts[v-smallIntMin].Object
	}
	n := t.heap.ints.pop()
	if n == nil {
		n = new(Int)
	}
	n.V, n.Big = v, nil
	t.initObject(&n.Object, KindInt, &IntType)
	return &n.Object
}

// NewBigInt returns an int object for v, normalising to the int64 form when
// it fits. v is not retained when it fits; otherwise the object owns it.
func (t *Thread) NewBigInt(v *big.Int) *Object {
	if v.IsInt64() {
		return t.NewInt(v.Int64())
	}
	n := t.heap.ints.pop()
	if n == nil {
		n = new(Int)
	}
	n.V, n.Big = 0, v
	t.initObject(&n.Object, KindInt, &IntType)
	return &n.Object
}

func deallocInt(t *Thread, o *Object) {
	n := asInt(o)
	n.Big = nil
	if t.recycle(o) {
		t.heap.ints.push(n)
	}
}

// IntValue returns an int (or bool) object's value as an int64 when it fits.
func IntValue(o *Object) (int64, bool) {
	n := asInt(o)
	if n.Big != nil {
		return 0, false
	}
	return n.V, true
}

// bigOf returns the value of an int object as a *big.Int (a fresh one for
// small values: the caller may mutate it).
func bigOf(o *Object) *big.Int {
	n := asInt(o)
	if n.Big != nil {
		return n.Big
	}
	return big.NewInt(n.V)
}
