package core

import (
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/pyfmt"
	"github.com/rcvm/rcvm/core/pynum"
)

// Numeric builtins: abs, round, divmod, pow, hex, oct, bin, chr, ord.

func init() {
	defBuiltin("abs", oneArg("abs", func(t *Thread, o *Object) *Object {
		if o.typ.Abs == nil {
			return t.RaiseMsg(&TypeErrorType, "bad operand type for abs(): '%s'", o.typ.Name)
		}
		return o.typ.Abs(t, o)
	}))
	defBuiltin("round", builtinRound)
	defBuiltin("divmod", builtinDivmod)
	defBuiltin("pow", builtinPow)
	defBuiltin("hex", oneArg("hex", func(t *Thread, o *Object) *Object { return t.intWithPrefix(o, pyfmt.Hex64, pyfmt.Hex) }))
	defBuiltin("oct", oneArg("oct", func(t *Thread, o *Object) *Object { return t.intWithPrefix(o, pyfmt.Oct64, pyfmt.Oct) }))
	defBuiltin("bin", oneArg("bin", func(t *Thread, o *Object) *Object { return t.intWithPrefix(o, pyfmt.Bin64, pyfmt.Bin) }))
	defBuiltin("chr", oneArg("chr", builtinChr))
	defBuiltin("ord", oneArg("ord", builtinOrd))
}

// builtinRound is round(number, ndigits=None).
func builtinRound(t *Thread, args []*Object, kwnames []*Str) *Object {
	var num, nd *Object
	if !t.ParseArgs("round", args, kwnames, []string{"number", "ndigits"}, 1, &num, &nd) {
		return nil
	}
	if nd == None {
		nd = nil
	}
	switch num.kind {
	case KindFloat:
		f := asFloat(num).V
		if nd == nil {
			return t.floatToIntObject(pynum.RoundHalfEven(f))
		}
		n, ok := t.ndigits(nd)
		if !ok {
			return nil
		}
		r, err := pynum.Round(f, n)
		if err != nil {
			return t.raiseNum(err)
		}
		return t.NewFloat(r)
	case KindInt, KindBool:
		if nd == nil {
			return intPos(t, num)
		}
		n, ok := t.ndigits(nd)
		if !ok {
			return nil
		}
		if n >= 0 {
			return intPos(t, num)
		}
		return t.NewBigInt(new(big.Int).Set(pynum.RoundInt(bigOf(num), n)))
	}
	if m := t.lookupType(num.typ, dunderRound); m != nil && num.kind == KindInstance {
		if nd == nil {
			return t.Call(m, []*Object{num}, nil)
		}
		return t.Call(m, []*Object{num, nd}, nil)
	}
	return t.RaiseMsg(&TypeErrorType, "type %s doesn't define __round__ method", num.typ.Name)
}

// ndigits converts round()'s second argument, clamping huge values (which
// all round the same way) into the int range.
func (t *Thread) ndigits(o *Object) (int, bool) {
	r := t.indexObject(o)
	if r == nil {
		return 0, false
	}
	defer t.Decref(r)
	n := asInt(r)
	if n.Big != nil {
		if n.Big.Sign() < 0 {
			return math.MinInt32, true
		}
		return math.MaxInt32, true
	}
	switch {
	case n.V < math.MinInt32:
		return math.MinInt32, true
	case n.V > math.MaxInt32:
		return math.MaxInt32, true
	}
	return int(n.V), true
}

// builtinDivmod is divmod(a, b).
func builtinDivmod(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("divmod", args, kwnames, 2, 2) {
		return nil
	}
	return t.DivMod(args[0], args[1])
}

// DivMod returns divmod(a, b) for numbers, or calls __divmod__ /
// __rdivmod__ on instances of classes that define them.
func (t *Thread) DivMod(a, b *Object) *Object {
	if isIntLike(a) && isIntLike(b) {
		return t.intDivMod(a, b)
	}
	if a.kind == KindFloat || b.kind == KindFloat {
		if r, isNum := t.floatDivMod(a, b); isNum {
			return r
		}
	}
	if a.kind == KindInstance {
		if m := t.lookupType(a.typ, dunderDivmod); m != nil {
			if r := t.Call(m, []*Object{a, b}, nil); r != NotImplemented {
				return r
			}
		}
	}
	if b.kind == KindInstance {
		if m := t.lookupType(b.typ, dunderRdivmod); m != nil {
			if r := t.Call(m, []*Object{b, a}, nil); r != NotImplemented {
				return r
			}
		}
	}
	return t.RaiseMsg(&TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.typ.Name, b.typ.Name)
}

// builtinPow is pow(base, exp, mod=None).
func builtinPow(t *Thread, args []*Object, kwnames []*Str) *Object {
	var base, exp, mod *Object
	if !t.ParseArgs("pow", args, kwnames, []string{"base", "exp", "mod"}, 2, &base, &exp, &mod) {
		return nil
	}
	if mod == nil || mod == None {
		return t.BinaryOp(base, exp, bytecode.Pow)
	}
	if isIntLike(base) && isIntLike(exp) && isIntLike(mod) {
		return t.intPowMod(base, exp, mod)
	}
	isNum := func(o *Object) bool { return isIntLike(o) || o.kind == KindFloat }
	if isNum(base) && isNum(exp) && isNum(mod) {
		return t.RaiseMsg(&TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	if base.kind == KindInstance {
		if m := t.lookupType(base.typ, dunderPow); m != nil {
			return t.Call(m, []*Object{base, exp, mod}, nil)
		}
	}
	return t.RaiseMsg(&TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
		base.typ.Name, exp.typ.Name, mod.typ.Name)
}

// intWithPrefix formats an integer for hex(), oct() and bin() ("-0x1f"),
// converting other objects through __index__.
func (t *Thread) intWithPrefix(o *Object, small func(int64) string, large func(*big.Int) string) *Object {
	r := t.indexObject(o)
	if r == nil {
		return nil
	}
	defer t.Decref(r)
	if n := asInt(r); n.Big != nil {
		return t.NewStr(large(n.Big))
	}
	return t.NewStr(small(asInt(r).V))
}

// builtinChr is chr(i). Code points of lone surrogates are stored as their
// WTF-8 bytes, as the str type does.
func builtinChr(t *Thread, o *Object) *Object {
	r := t.indexObject(o)
	if r == nil {
		return nil
	}
	v, ok := IntValue(r)
	t.Decref(r)
	if !ok || v > math.MaxInt32 || v < math.MinInt32 {
		return t.RaiseMsg(&OverflowErrorType, "Python int too large to convert to C int")
	}
	if v < 0 || v > utf8.MaxRune {
		return t.RaiseMsg(&ValueErrorType, "chr() arg not in range(0x110000)")
	}
	return t.NewStr(encodeCodePoint(rune(v)))
}

// encodeCodePoint returns the UTF-8 encoding of a code point, or for a
// surrogate (which UTF-8 cannot hold) its generalised WTF-8 form.
func encodeCodePoint(c rune) string {
	if c >= 0xD800 && c <= 0xDFFF {
		return string([]byte{0xED, byte(0x80 | (c>>6)&0x3F), byte(0x80 | c&0x3F)})
	}
	return string(c)
}

// builtinOrd is ord(c).
func builtinOrd(t *Thread, o *Object) *Object {
	if o.kind != KindStr {
		return t.RaiseMsg(&TypeErrorType, "ord() expected string of length 1, but %s found", o.typ.Name)
	}
	s := asStr(o).S
	if s != "" {
		if c, size := pynum.DecodeRune(s); size == len(s) {
			return t.NewInt(int64(c))
		}
	}
	return t.RaiseMsg(&TypeErrorType, "ord() expected a character, but string of length %d found", pynum.RuneCount(s))
}
