package core

import (
	"math"
	"math/big"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/pynum"
)

// The math module's functions with int results or int arguments: floor,
// ceil, trunc, isqrt, gcd, lcm, factorial, comb, perm, and prod.

// mathRounder is floor or ceil: an int result, through the dunder method
// for instances of classes that define one.
func mathRounder(name, dunder string, fn func(float64) float64) BuiltinFunc {
	full := "math." + name
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange(full, args, kwnames, 1, 1) {
			return nil
		}
		o := args[0]
		switch o.kind {
		case KindInt, KindBool:
			return intPos(t, o)
		case KindFloat:
			return t.floatToIntObject(fn(asFloat(o).V))
		}
		if r, found := t.callNumberDunder(o, dunder); found {
			return r
		}
		x, ok := t.floatOf(o)
		if !ok {
			return nil
		}
		return t.floatToIntObject(fn(x))
	}
}

// mathTrunc is trunc(x).
func mathTrunc(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("math.trunc", args, kwnames, 1, 1) {
		return nil
	}
	o := args[0]
	switch o.kind {
	case KindInt, KindBool:
		return intPos(t, o)
	case KindFloat:
		return t.floatToIntObject(math.Trunc(asFloat(o).V))
	}
	if r, found := t.callNumberDunder(o, "__trunc__"); found {
		return r
	}
	return t.RaiseMsg(&TypeErrorType, "type %s doesn't define __trunc__ method", o.typ.Name)
}

// bigArg converts an integer argument (through __index__) to a big.Int the
// caller may mutate.
func (t *Thread) bigArg(o *Object) (*big.Int, bool) {
	r := t.indexObject(o)
	if r == nil {
		return nil, false
	}
	v := new(big.Int).Set(bigOf(r))
	t.Decref(r)
	return v, true
}

// mathIsqrt is isqrt(n): the integer square root.
func mathIsqrt(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("math.isqrt", args, kwnames, 1, 1) {
		return nil
	}
	n, ok := t.bigArg(args[0])
	if !ok {
		return nil
	}
	if n.Sign() < 0 {
		return t.RaiseMsg(&ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return t.NewBigInt(n.Sqrt(n))
}

// mathGcd is gcd(*integers).
func mathGcd(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "gcd() takes no keyword arguments")
	}
	g := new(big.Int)
	for _, a := range args {
		v, ok := t.bigArg(a)
		if !ok {
			return nil
		}
		g.GCD(nil, nil, g, v.Abs(v))
	}
	return t.NewBigInt(g)
}

// mathLcm is lcm(*integers).
func mathLcm(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "lcm() takes no keyword arguments")
	}
	l := big.NewInt(1)
	for _, a := range args {
		v, ok := t.bigArg(a)
		if !ok {
			return nil
		}
		v.Abs(v)
		if v.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, v)
		l.Mul(l, v.Quo(v, g))
	}
	return t.NewBigInt(l)
}

// factorialLimit is the n whose factorial would exceed pynum.MaxIntBits
// (log2(n!) ~ n*log2(n)): beyond it factorial raises MemoryError rather
// than exhausting memory.
const factorialLimit = pynum.MaxIntBits / 30

// mathFactorial is factorial(n).
func mathFactorial(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("math.factorial", args, kwnames, 1, 1) {
		return nil
	}
	n, ok := t.bigArg(args[0])
	if !ok {
		return nil
	}
	switch {
	case n.Sign() < 0:
		return t.RaiseMsg(&ValueErrorType, "factorial() not defined for negative values")
	case !n.IsInt64():
		return t.RaiseMsg(&OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	case n.Int64() > factorialLimit:
		t.Raise(t.NewException(&MemoryErrorType))
		return nil
	case n.Int64() < 2:
		return t.NewInt(1)
	}
	return t.NewBigInt(new(big.Int).MulRange(1, n.Int64()))
}

// combArgs converts comb's and perm's arguments, with their errors.
func (t *Thread) combArgs(no, ko *Object) (n, k *big.Int, ok bool) {
	if n, ok = t.bigArg(no); !ok {
		return nil, nil, false
	}
	if k, ok = t.bigArg(ko); !ok {
		return nil, nil, false
	}
	if n.Sign() < 0 {
		t.RaiseMsg(&ValueErrorType, "n must be a non-negative integer")
		return nil, nil, false
	}
	if k.Sign() < 0 {
		t.RaiseMsg(&ValueErrorType, "k must be a non-negative integer")
		return nil, nil, false
	}
	return n, k, true
}

// fallingFactorial returns n*(n-1)*...*(n-k+1), or ok=false (MemoryError)
// when the result would be too large to build.
func (t *Thread) fallingFactorial(n, k *big.Int) (*big.Int, bool) {
	if !k.IsInt64() || float64(k.Int64())*float64(n.BitLen()) > pynum.MaxIntBits {
		t.Raise(t.NewException(&MemoryErrorType))
		return nil, false
	}
	r := big.NewInt(1)
	f := new(big.Int).Set(n)
	for i := int64(0); i < k.Int64(); i++ {
		r.Mul(r, f)
		f.Sub(f, big.NewInt(1))
	}
	return r, true
}

// mathComb is comb(n, k): the binomial coefficient.
func mathComb(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("comb", args, kwnames, 2, 2) {
		return nil
	}
	n, k, ok := t.combArgs(args[0], args[1])
	if !ok {
		return nil
	}
	if k.Cmp(n) > 0 {
		return t.NewInt(0)
	}
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	num, ok := t.fallingFactorial(n, k)
	if !ok {
		return nil
	}
	return t.NewBigInt(num.Quo(num, new(big.Int).MulRange(1, k.Int64())))
}

// mathPerm is perm(n, k=None): the number of k-permutations of n items.
func mathPerm(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("perm", args, kwnames, 1, 2) {
		return nil
	}
	if len(args) == 1 || args[1] == None {
		return mathFactorial(t, args[:1], nil)
	}
	n, k, ok := t.combArgs(args[0], args[1])
	if !ok {
		return nil
	}
	if k.Cmp(n) > 0 {
		return t.NewInt(0)
	}
	r, ok := t.fallingFactorial(n, k)
	if !ok {
		return nil
	}
	return t.NewBigInt(r)
}

// mathProd is prod(iterable, *, start=1): a left fold with *, keeping a
// machine int or a float unboxed while the items allow, as CPython's
// math_prod does; the result is what the plain fold computes.
func mathProd(t *Thread, args []*Object, kwnames []*Str) *Object {
	var it, start *Object
	if !t.ParseArgs("prod", args, kwnames, []string{"iterable", "$start"}, 1, &it, &start) {
		return nil
	}
	var acc *Object
	if start == nil {
		acc = t.NewInt(1)
	} else {
		acc = t.NewRef(start)
	}
	ok := t.Iterate(it, func(x *Object) bool {
		var r *Object
		switch {
		case acc.kind == KindInt && x.kind == KindInt && bothSmall(acc, x):
			r = t.intMul(acc, x)
		case acc.kind == KindFloat && x.kind == KindFloat:
			r = t.NewFloat(asFloat(acc).V * asFloat(x).V)
		default:
			r = t.BinaryOp(acc, x, bytecode.Mul)
		}
		if r == nil {
			return false
		}
		t.Decref(acc)
		acc = r
		return true
	})
	if !ok || t.Failed() {
		t.Decref(acc)
		return nil
	}
	return acc
}
