// Package sre is CPython's _sre module: the regular-expression engine
// behind the pure-Python re package (Lib/re/__init__.py, _parser.py,
// _compiler.py, loaded from CPython's standard library), which compiles a
// pattern to SRE code and calls _sre.compile. The matching itself is
// modules/sre/engine; this package binds it to Python objects with
// CPython 3.11's types (re.Pattern, re.Match, _sre.SRE_Scanner), methods
// and error messages (Modules/_sre/sre.c).
package sre

import (
	"github.com/rcvm/rcvm/core"
	"github.com/rcvm/rcvm/modules/sre/engine"
)

func init() { core.RegisterModule("_sre", buildSre) }

// copyright is _sre.copyright, as CPython 3.11 has it.
const copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "

func buildSre(t *core.Thread, m *core.Module) bool {
	m.SetFunc(t, "compile", sreCompile)
	m.SetFunc(t, "getcodesize", sreGetCodeSize)
	m.SetFunc(t, "ascii_iscased", charFunc("ascii_iscased", func(c uint32) any { return engine.IsCasedASCII(c) }))
	m.SetFunc(t, "unicode_iscased", charFunc("unicode_iscased", func(c uint32) any { return engine.IsCasedUnicode(c) }))
	m.SetFunc(t, "ascii_tolower", charFunc("ascii_tolower", func(c uint32) any { return engine.LowerASCII(c) }))
	m.SetFunc(t, "unicode_tolower", charFunc("unicode_tolower", func(c uint32) any { return engine.LowerUnicode(c) }))
	return m.SetOwned(t, "MAGIC", t.NewInt(engine.Magic)) &&
		m.SetOwned(t, "CODESIZE", t.NewInt(engine.CodeSize)) &&
		m.SetOwned(t, "MAXREPEAT", t.NewInt(engine.MaxRepeat)) &&
		m.SetOwned(t, "MAXGROUPS", t.NewInt(engine.MaxGroups)) &&
		m.SetOwned(t, "copyright", t.NewStr(copyright))
}

func sreGetCodeSize(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_sre.getcodesize", args, kwnames, 0, 0) {
		return nil
	}
	return t.NewInt(engine.CodeSize)
}

// charFunc makes one of the character helpers re._compiler calls: one
// positional C int, a bool or int result. A negative int wraps as C's
// conversion to unsigned int does.
func charFunc(name string, fn func(c uint32) any) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("_sre."+name, args, kwnames, 1, 1) {
			return nil
		}
		c, ok := t.AsCInt(args[0])
		if !ok {
			return nil
		}
		switch r := fn(uint32(int32(c))).(type) {
		case bool:
			return core.Bool(r)
		case uint32:
			return t.NewInt(int64(int32(r)))
		}
		panic("unreachable")
	}
}

var compileSig = core.NewTupleSignature("compile", "pattern", "flags", "code", "groups", "groupindex", "indexgroup")

// sreCompile is _sre.compile(pattern, flags, code, groups, groupindex,
// indexgroup): the pattern object for code that re._compiler produced.
func sreCompile(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var patObj, flagsObj, codeObj, groupsObj, giObj, igObj *core.Object
	if !compileSig.Parse(t, args, kwnames, &patObj, &flagsObj, &codeObj, &groupsObj, &giObj, &igObj) {
		return nil
	}
	flags, ok := t.AsCInt(flagsObj)
	if !ok {
		return nil
	}
	codeList, ok := core.AsList(codeObj)
	if !ok {
		return compileSig.BadArgument(t, 2, "list", codeObj)
	}
	groups, ok := t.AsInt64(groupsObj)
	if !ok {
		return nil
	}
	if !core.IsDict(giObj) {
		return compileSig.BadArgument(t, 4, "dict", giObj)
	}
	if !core.IsTuple(igObj) {
		return compileSig.BadArgument(t, 5, "tuple", igObj)
	}
	items, ok := t.SeqItems(codeObj)
	if !ok {
		return nil
	}
	_ = codeList
	code := make([]uint32, len(items))
	for i, it := range items {
		v, ok := codeWord(t, it)
		if !ok {
			t.DecrefAll(items)
			return nil
		}
		code[i] = v
	}
	t.DecrefAll(items)
	isBytes := -1
	if patObj != core.None {
		subj, ok := getSubject(t, patObj)
		if !ok {
			return nil
		}
		isBytes = 0
		if subj.isBytes {
			isBytes = 1
		}
		subj.release(t)
	}
	if groups < 0 || groups > engine.MaxGroups {
		return t.RaiseMsg(&core.RuntimeErrorType, "invalid SRE code")
	}
	prog, err := engine.Compile(code, int(groups))
	if err != nil {
		return t.RaiseMsg(&core.RuntimeErrorType, "invalid SRE code")
	}
	p := core.Alloc[pattern](t, patternType)
	p.prog = prog
	p.pattern = t.NewRef(patObj)
	p.flags = flags
	p.groups = groups
	p.isBytes = isBytes
	if gi, _ := core.AsDict(giObj); gi.Len() > 0 {
		p.groupindex = t.NewRef(giObj)
		if ig, _ := core.AsTuple(igObj); len(ig.Items) > 0 {
			p.indexgroup = t.NewRef(igObj)
		}
	}
	return &p.Object
}

// codeWord converts one code list item as PyLong_AsUnsignedLong and the
// SRE_CODE range check do.
func codeWord(t *core.Thread, o *core.Object) (uint32, bool) {
	if !core.IsInt(o) {
		t.RaiseMsg(&core.TypeErrorType, "an integer is required")
		return 0, false
	}
	b := core.BigValue(o)
	switch {
	case b.Sign() < 0:
		t.RaiseMsg(&core.OverflowErrorType, "can't convert negative value to unsigned int")
		return 0, false
	case b.BitLen() > 64:
		t.RaiseMsg(&core.OverflowErrorType, "Python int too large to convert to C unsigned long")
		return 0, false
	case b.BitLen() > 32:
		t.RaiseMsg(&core.OverflowErrorType, "regular expression code size limit exceeded")
		return 0, false
	}
	return uint32(b.Uint64()), true
}
