package math

import (
	"math"
	"math/big"

	"github.com/rcvm/rcvm/core"
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/pynum"
)

// The math module's functions with int results or int arguments: floor,
// ceil, trunc, isqrt, gcd, lcm, factorial, comb, perm, and prod.

// mathRounder is floor or ceil: an int result, through the dunder method
// for instances of classes that define one.
func mathRounder(name, dunder string, fn func(float64) float64) core.BuiltinFunc {
	full := "math." + name
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(full, args, kwnames, 1, 1) {
			return nil
		}
		o := args[0]
		if core.IsInt(o) {
			return t.Index(o)
		}
		if x, ok := core.FloatValue(o); ok {
			return t.NewIntFromFloat(fn(x))
		}
		if r, found := t.CallSpecial(o, dunder); found {
			return r
		}
		x, ok := t.AsFloat(o)
		if !ok {
			return nil
		}
		return t.NewIntFromFloat(fn(x))
	}
}

// mathTrunc is trunc(x).
func mathTrunc(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("math.trunc", args, kwnames, 1, 1) {
		return nil
	}
	o := args[0]
	if core.IsInt(o) {
		return t.Index(o)
	}
	if x, ok := core.FloatValue(o); ok {
		return t.NewIntFromFloat(math.Trunc(x))
	}
	if r, found := t.CallSpecial(o, "__trunc__"); found {
		return r
	}
	return t.RaiseMsg(&core.TypeErrorType, "type %s doesn't define __trunc__ method", core.TypeName(o))
}

// mathIsqrt is isqrt(n): the integer square root.
func mathIsqrt(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("math.isqrt", args, kwnames, 1, 1) {
		return nil
	}
	n, ok := t.AsBigInt(args[0])
	if !ok {
		return nil
	}
	if n.Sign() < 0 {
		return t.RaiseMsg(&core.ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return t.NewBigInt(n.Sqrt(n))
}

// mathGcd is gcd(*integers).
func mathGcd(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&core.TypeErrorType, "gcd() takes no keyword arguments")
	}
	g := new(big.Int)
	for _, a := range args {
		v, ok := t.AsBigInt(a)
		if !ok {
			return nil
		}
		g.GCD(nil, nil, g, v.Abs(v))
	}
	return t.NewBigInt(g)
}

// mathLcm is lcm(*integers).
func mathLcm(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&core.TypeErrorType, "lcm() takes no keyword arguments")
	}
	l := big.NewInt(1)
	for _, a := range args {
		v, ok := t.AsBigInt(a)
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
func mathFactorial(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("math.factorial", args, kwnames, 1, 1) {
		return nil
	}
	n, ok := t.AsBigInt(args[0])
	if !ok {
		return nil
	}
	switch {
	case n.Sign() < 0:
		return t.RaiseMsg(&core.ValueErrorType, "factorial() not defined for negative values")
	case !n.IsInt64():
		return t.RaiseMsg(&core.OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	case n.Int64() > factorialLimit:
		t.Raise(t.NewException(&core.MemoryErrorType))
		return nil
	case n.Int64() < 2:
		return t.NewInt(1)
	}
	return t.NewBigInt(new(big.Int).MulRange(1, n.Int64()))
}

// combArgs converts comb's and perm's arguments, with their errors.
func combArgs(t *core.Thread, no, ko *core.Object) (n, k *big.Int, ok bool) {
	if n, ok = t.AsBigInt(no); !ok {
		return nil, nil, false
	}
	if k, ok = t.AsBigInt(ko); !ok {
		return nil, nil, false
	}
	if n.Sign() < 0 {
		t.RaiseMsg(&core.ValueErrorType, "n must be a non-negative integer")
		return nil, nil, false
	}
	if k.Sign() < 0 {
		t.RaiseMsg(&core.ValueErrorType, "k must be a non-negative integer")
		return nil, nil, false
	}
	return n, k, true
}

// fallingFactorial returns n*(n-1)*...*(n-k+1), or ok=false (MemoryError)
// when the result would be too large to build.
func fallingFactorial(t *core.Thread, n, k *big.Int) (*big.Int, bool) {
	if !k.IsInt64() || float64(k.Int64())*float64(n.BitLen()) > pynum.MaxIntBits {
		t.Raise(t.NewException(&core.MemoryErrorType))
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
func mathComb(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("comb", args, kwnames, 2, 2) {
		return nil
	}
	n, k, ok := combArgs(t, args[0], args[1])
	if !ok {
		return nil
	}
	if k.Cmp(n) > 0 {
		return t.NewInt(0)
	}
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	num, ok := fallingFactorial(t, n, k)
	if !ok {
		return nil
	}
	return t.NewBigInt(num.Quo(num, new(big.Int).MulRange(1, k.Int64())))
}

// mathPerm is perm(n, k=core.None): the number of k-permutations of n items.
func mathPerm(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("perm", args, kwnames, 1, 2) {
		return nil
	}
	if len(args) == 1 || args[1] == core.None {
		return mathFactorial(t, args[:1], nil)
	}
	n, k, ok := combArgs(t, args[0], args[1])
	if !ok {
		return nil
	}
	if k.Cmp(n) > 0 {
		return t.NewInt(0)
	}
	r, ok := fallingFactorial(t, n, k)
	if !ok {
		return nil
	}
	return t.NewBigInt(r)
}

// mathProd is prod(iterable, *, start=1): a left fold with *, keeping a
// machine int or a float unboxed while the items allow, as CPython's
// math_prod does; the result is what the plain fold computes.
func mathProd(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var it, start *core.Object
	if !t.ParseArgs("prod", args, kwnames, []string{"iterable", "$start"}, 1, &it, &start) {
		return nil
	}
	var acc *core.Object
	if start == nil {
		acc = t.NewInt(1)
	} else {
		acc = t.NewRef(start)
	}
	ok := t.Iterate(it, func(x *core.Object) bool {
		var r *core.Object
		switch {
		case acc.Type() == &core.FloatType && x.Type() == &core.FloatType:
			a, _ := core.FloatValue(acc)
			b, _ := core.FloatValue(x)
			r = t.NewFloat(a * b)
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
