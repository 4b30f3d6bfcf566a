package core

import (
	"math/big"
	"math/bits"
	"strconv"

	"github.com/rcvm/rcvm/core/pynum"
)

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
		n.tid = immortalTid
	}
}

func asInt(o *Object) *Int { return (*Int)(ptrOf(o)) }

// NewInt returns an int object (a new reference). Small values come from
// the immortal cache without a call: NewInt is inlinable, allocation is
// not.
func (t *Thread) NewInt(v int64) *Object {
	if uint64(v-smallIntMin) <= smallIntMax-smallIntMin {
		return &smallInts[v-smallIntMin].Object
	}
	return t.allocInt(v)
}

// allocInt makes an int object outside the small-int cache.
func (t *Thread) allocInt(v int64) *Object {
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

func init() {
	IntType.Dealloc = deallocInt
	IntType.Repr = intRepr
	IntType.Hash = intHash
	IntType.Truth = func(t *Thread, o *Object) (bool, bool) {
		n := asInt(o)
		return n.V != 0 || n.Big != nil, true
	}
	IntType.New = intNew
	IntType.SetAttr = numberSetAttr
	IntType.GetAttr = intGetAttr
	IntType.Format = intFormat
	IntType.def("bit_length", intBitLength)
	IntType.def("bit_count", intBitCount)
	IntType.def("conjugate", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("int.conjugate", args[1:], kwnames, 0, 0) {
			return nil
		}
		return intPos(t, args[0])
	})
	IntType.def("as_integer_ratio", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("int.as_integer_ratio", args[1:], kwnames, 0, 0) {
			return nil
		}
		return t.pairOf(intPos(t, args[0]), t.NewInt(1))
	})

	BoolType.Dealloc = deallocInt
	BoolType.Repr = boolRepr
	BoolType.New = boolNew
}

// intGetAttr serves the numbers-tower attributes ints have (x.real,
// x.imag, x.numerator, x.denominator), then methods.
func intGetAttr(t *Thread, o *Object, name *Str) *Object {
	switch name.S {
	case "real", "numerator":
		return intPos(t, o)
	case "imag":
		return t.NewInt(0)
	case "denominator":
		return t.NewInt(1)
	}
	return t.genericGetAttr(o, name)
}

// intRepr is repr(int): decimal, refusing more digits than CPython 3.11.7's
// default limit for int/str conversion.
func intRepr(t *Thread, o *Object) *Object {
	s, ok := t.intString(o)
	if !ok {
		return nil
	}
	return t.NewStr(s)
}

// intString formats an int-like object in decimal.
func (t *Thread) intString(o *Object) (string, bool) {
	n := asInt(o)
	if n.Big == nil {
		return strconv.FormatInt(n.V, 10), true
	}
	if err := pynum.CheckIntToStr(n.Big); err != nil {
		t.raiseNum(err)
		return "", false
	}
	return n.Big.Text(10), true
}

func intHash(t *Thread, o *Object) (int64, bool) {
	n := asInt(o)
	if n.Big == nil {
		return pynum.HashInt64(n.V), true
	}
	return pynum.HashBig(n.Big), true
}

var (
	trueName  = Intern("True")
	falseName = Intern("False")
)

func boolRepr(t *Thread, o *Object) *Object {
	if o == True {
		return &trueName.Object
	}
	return &falseName.Object
}

func boolNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "bool() takes no keyword arguments")
	}
	if len(args) > 1 {
		return t.RaiseMsg(&TypeErrorType, "bool expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return False
	}
	v, ok := t.Truth(args[0])
	if !ok {
		return nil
	}
	return Bool(v)
}

// intNew implements int(), int(x) and int(x, base).
func intNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	var x, base *Object
	npos := len(args) - len(kwnames)
	if npos > 2 || len(args) > 2 {
		return t.RaiseMsg(&TypeErrorType, "int() takes at most 2 arguments (%d given)", len(args))
	}
	if npos > 0 {
		x = args[0]
	}
	if npos > 1 {
		base = args[1]
	}
	for i, k := range kwnames {
		if k.S != "base" || base != nil {
			return t.RaiseMsg(&TypeErrorType, "'%s' is an invalid keyword argument for int()", k.S)
		}
		base = args[npos+i]
	}
	if x == nil {
		if base != nil {
			return t.RaiseMsg(&TypeErrorType, "int() missing string argument")
		}
		return t.NewInt(0)
	}
	if base != nil {
		b, ok := t.index64(base)
		if !ok {
			return nil
		}
		if x.kind != KindStr {
			return t.RaiseMsg(&TypeErrorType, "int() can't convert non-string with explicit base")
		}
		if b != 0 && (b < 2 || b > 36) {
			return t.RaiseMsg(&ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		return t.parseIntObject(asStr(x).S, int(b))
	}
	return t.IntOf(x)
}

var dunderIntName, dunderIndexName = Intern("__int__"), Intern("__index__")

// IntOf returns int(x) for a single argument: ints are returned as they
// are, bools become ints, floats are truncated, strs parsed in base 10, and
// other objects converted through __int__, __index__ or __trunc__.
func (t *Thread) IntOf(x *Object) *Object {
	if x.kind == KindInt && x.typ != &IntType && !t.overrides(x.typ, dunderIntName) && !t.overrides(x.typ, dunderIndexName) {
		// An instance of a subclass of int without its own __int__: an
		// exact int of its value.
		return intPos(t, x)
	}
	switch x.kind {
	case KindInt:
		if x.typ == &IntType {
			return t.NewRef(x)
		}
	case KindBool:
		return t.NewInt(asInt(x).V)
	case KindFloat:
		return t.floatToIntObject(asFloat(x).V)
	case KindStr:
		return t.parseIntObject(asStr(x).S, 10)
	}
	for _, name := range [...]string{"__int__", "__index__", "__trunc__"} {
		if r, found := t.callNumberDunder(x, name); found {
			if r == nil {
				return nil
			}
			if !isIntLike(r) {
				tn := r.typ.Name
				t.Decref(r)
				return t.RaiseMsg(&TypeErrorType, "%s returned non-int (type %s)", name, tn)
			}
			if r.kind == KindBool {
				v := asInt(r).V
				return t.NewInt(v)
			}
			return r
		}
	}
	return t.RaiseMsg(&TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.typ.Name)
}

// callNumberDunder calls a conversion method (__int__, __float__, ...)
// defined by o's class. found is false when the class has none.
func (t *Thread) callNumberDunder(o *Object, name string) (r *Object, found bool) {
	if o.kind != KindInstance && !o.typ.Heap {
		return nil, false
	}
	m := t.lookupType(o.typ, Intern(name))
	if m == nil || m == None {
		return nil, false
	}
	return t.Call(m, []*Object{o}, nil), true
}

// parseIntObject parses a str as int(s, base) does.
func (t *Thread) parseIntObject(s string, base int) *Object {
	small, large, err := pynum.ParseInt(s, base)
	if err != nil {
		return t.raiseNum(err)
	}
	if large != nil {
		return t.NewBigInt(large)
	}
	return t.NewInt(small)
}

// floatToIntObject returns int(f), truncating toward zero.
func (t *Thread) floatToIntObject(f float64) *Object {
	if v, ok := pynum.FloatToInt64(f); ok {
		return t.NewInt(v)
	}
	return t.bigResult(pynum.FloatToInt(f))
}

// index64 returns the value of an int used as an index or count (the
// argument of chr(), a base, ndigits...), with CPython's errors for other
// types and for values that do not fit in a machine word.
func (t *Thread) index64(o *Object) (int64, bool) {
	r := t.indexObject(o)
	if r == nil {
		return 0, false
	}
	defer t.Decref(r)
	v, ok := IntValue(r)
	if !ok {
		t.RaiseMsg(&OverflowErrorType, "Python int too large to convert to C ssize_t")
		return 0, false
	}
	return v, true
}

// indexObject returns operator.index(o): o itself for ints, an int for
// bools, the result of __index__ for instances; TypeError otherwise.
func (t *Thread) indexObject(o *Object) *Object {
	switch o.kind {
	case KindInt:
		return t.NewRef(o)
	case KindBool:
		return t.NewInt(asInt(o).V)
	}
	if r, found := t.callNumberDunder(o, "__index__"); found {
		if r != nil && !isIntLike(r) {
			tn := r.typ.Name
			t.Decref(r)
			return t.RaiseMsg(&TypeErrorType, "__index__ returned non-int (type %s)", tn)
		}
		return r
	}
	return t.RaiseMsg(&TypeErrorType, "'%s' object cannot be interpreted as an integer", o.typ.Name)
}

func intBitLength(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("int.bit_length", args[1:], kwnames, 0, 0) {
		return nil
	}
	n := asInt(args[0])
	if n.Big != nil {
		return t.NewInt(int64(n.Big.BitLen()))
	}
	return t.NewInt(int64(bits.Len64(absUint64(n.V))))
}

// absUint64 returns |v| (exact for math.MinInt64 too).
func absUint64(v int64) uint64 {
	if v < 0 {
		return -uint64(v)
	}
	return uint64(v)
}

func intBitCount(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("int.bit_count", args[1:], kwnames, 0, 0) {
		return nil
	}
	n := asInt(args[0])
	if n.Big == nil {
		return t.NewInt(int64(bits.OnesCount64(absUint64(n.V))))
	}
	count := 0
	for _, w := range n.Big.Bits() {
		count += bits.OnesCount(uint(w))
	}
	return t.NewInt(int64(count))
}
