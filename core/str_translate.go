package core

import (
	"strings"
	"unicode/utf8"
)

// str.maketrans and str.translate, as CPython's unicode_maketrans_impl
// and _PyUnicode_TranslateCharmap: the table maps code points (ints) to
// a code point, a string or None (delete); a code point the table does
// not have (LookupError) is kept.

func init() {
	StrType.def("translate", strTranslate)
	StrType.defStatic("maketrans", strMaketrans)
}

func strMaketrans(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "maketrans() takes no keyword arguments")
	}
	if !t.ArgsRange("maketrans", args, nil, 1, 3) {
		return nil
	}
	d := t.NewDict()
	if len(args) == 1 {
		if !t.maketransFromDict(d, args[0]) {
			t.Decref(&d.Object)
			return nil
		}
		return &d.Object
	}
	if !t.maketransFromStrings(d, args) {
		t.Decref(&d.Object)
		return nil
	}
	return &d.Object
}

// maketransFromDict fills d from a dict whose keys are code points or
// one-character strings.
func (t *Thread) maketransFromDict(d *Dict, x *Object) bool {
	src, ok := AsDict(x)
	if !ok {
		t.RaiseMsg(&TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		return false
	}
	keys, values := src.Items(t)
	defer t.releaseAll(keys)
	defer t.releaseAll(values)
	for i, key := range keys {
		switch {
		case key.kind == KindStr:
			s := asStr(key).S
			r, size := utf8.DecodeRuneInString(s)
			if s == "" || size != len(s) {
				t.RaiseMsg(&ValueErrorType, "string keys in translate table must be of length 1")
				return false
			}
			cp := t.NewInt(int64(r))
			ok = d.Set(t, cp, values[i])
			t.Decref(cp)
		case IsInt(key):
			ok = d.Set(t, key, values[i])
		default:
			t.RaiseMsg(&TypeErrorType, "keys in translate table must be strings or integers")
			return false
		}
		if !ok {
			return false
		}
	}
	return true
}

// maketransFromStrings fills d from maketrans(x, y[, z]): x[i] maps to
// y[i], and each character of z to None.
func (t *Thread) maketransFromStrings(d *Dict, args []*Object) bool {
	if args[0].kind != KindStr {
		t.RaiseMsg(&TypeErrorType, "first maketrans argument must be a string if there is a second argument")
		return false
	}
	for i, a := range args[1:] {
		if a.kind != KindStr {
			t.RaiseMsg(&TypeErrorType, "maketrans() argument %d must be str, not %s", i+2, a.typ.tpName())
			return false
		}
	}
	from, to := []rune(asStr(args[0]).S), []rune(asStr(args[1]).S)
	if len(from) != len(to) {
		t.RaiseMsg(&ValueErrorType, "the first two maketrans arguments must have equal length")
		return false
	}
	set := func(k rune, v *Object) bool {
		key := t.NewInt(int64(k))
		ok := d.Set(t, key, v)
		t.Decref(key)
		return ok
	}
	for i, r := range from {
		v := t.NewInt(int64(to[i]))
		ok := set(r, v)
		t.Decref(v)
		if !ok {
			return false
		}
	}
	if len(args) == 3 {
		for _, r := range asStr(args[2]).S {
			if !set(r, None) {
				return false
			}
		}
	}
	return true
}

func strTranslate(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.oneArg("str.translate", args, kwnames) {
		return nil
	}
	s, table := selfStr(args), args[1]
	var b strings.Builder
	for _, r := range s.S {
		key := t.NewInt(int64(r))
		v := t.GetItem(table, key)
		t.Decref(key)
		if v == nil {
			if !t.ExcMatches(&LookupErrorType) {
				return nil
			}
			t.ClearExc()
			b.WriteRune(r)
			continue
		}
		ok := t.translateOne(&b, v)
		t.Decref(v)
		if !ok {
			return nil
		}
	}
	return t.NewStr(b.String())
}

// translateOne writes what a translation table's value stands for.
func (t *Thread) translateOne(b *strings.Builder, v *Object) bool {
	switch {
	case v == None:
	case v.kind == KindStr:
		b.WriteString(asStr(v).S)
	case IsInt(v):
		n, ok := t.AsInt64(v)
		if !ok || n < 0 || n > utf8.MaxRune {
			if ok || t.ExcMatches(&OverflowErrorType) {
				t.ClearExc()
				t.RaiseMsg(&ValueErrorType, "character mapping must be in range(0x110000)")
			}
			return false
		}
		b.WriteRune(rune(n))
	default:
		t.RaiseMsg(&TypeErrorType, "character mapping must return integer, None or str")
		return false
	}
	return true
}
