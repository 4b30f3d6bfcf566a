package core

import (
	"math"
	"os"
	"path/filepath"
	"strings"
)

// sys's description of the interpreter: flags, implementation, versions,
// prefixes, the executable, float/int/hash/thread information, encodings,
// intern, getsizeof, audit hooks, and the tracing hooks rcvm refuses.

// The language version rcvm implements (sys.version_info) and rcvm's own
// (sys.implementation.version).
const (
	langMajor, langMinor, langMicro = 3, 11, 7
	rcvmMajor, rcvmMinor, rcvmMicro = 0, 1, 0
)

var (
	versionInfoType = NewStructSeqType(StructSeqSpec{Name: "sys.version_info", Doc: "Version information as a named tuple.",
		Fields: []string{"major", "minor", "micro", "releaselevel", "serial"}})
	flagsType = NewStructSeqType(StructSeqSpec{Name: "sys.flags", Doc: "Flags provided through command line arguments or environment vars.",
		Fields: []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
			"ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
			"utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}})
	floatInfoType = NewStructSeqType(StructSeqSpec{Name: "sys.float_info", Doc: "A named tuple holding information about the float type.",
		Fields: []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}})
	intInfoType = NewStructSeqType(StructSeqSpec{Name: "sys.int_info", Doc: "A named tuple that holds information about Python's internal representation of integers.",
		Fields: []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}})
	hashInfoType = NewStructSeqType(StructSeqSpec{Name: "sys.hash_info", Doc: "A named tuple providing parameters used for computing hashes.",
		Fields: []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}})
	threadInfoType = NewStructSeqType(StructSeqSpec{Name: "sys.thread_info", Doc: "A named tuple holding information about the thread implementation.",
		Fields: []string{"name", "lock", "version"}})
)

// copyright is sys.copyright.
const copyright = `Copyright (c) 2001-2023 Python Software Foundation.
All Rights Reserved.

Copyright (c) 2000 BeOpen.com.
All Rights Reserved.

Copyright (c) 1995-2001 Corporation for National Research Initiatives.
All Rights Reserved.

Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
All Rights Reserved.`

func init() { extendSys(buildSysInfo) }

// newVersionInfo returns a sys.version_info-shaped struct sequence.
func (t *Thread) newVersionInfo(major, minor, micro int64, level string) *Object {
	return t.NewStructSeq(versionInfoType, t.NewInt(major), t.NewInt(minor), t.NewInt(micro), t.NewStr(level), t.NewInt(0))
}

func buildSysInfo(t *Thread, m *Module) bool {
	vm := t.vm
	ints := func(vs ...int64) []*Object {
		out := make([]*Object, len(vs))
		for i, v := range vs {
			out[i] = t.NewInt(v)
		}
		return out
	}
	// Flags: no -S/-E/-B given; site is not imported; str hashes are
	// randomised; the int/str digit limit is CPython's default (-1 shows
	// "not set by a flag").
	noPyc := int64(0)
	if os.Getenv("PYTHONDONTWRITEBYTECODE") != "" {
		noPyc = 1
	}
	flags := append(ints(0, 0, 0, 0, noPyc, 0, 1, 0, 0, 0, 0, 1, 0), False, t.NewInt(0), t.NewInt(0), False, t.NewInt(-1))
	exe, err := os.Executable()
	if err != nil {
		exe = ""
	}
	prefix := stdlibPrefix(vm.cfg.Stdlib)
	origArgv := t.NewList(0)
	for _, a := range os.Args {
		s := t.NewStr(a)
		origArgv.Append(t, s)
		t.Decref(s)
	}
	names := t.NewFrozenSet()
	for _, n := range stdlibModuleNames {
		s := t.NewStr(n)
		names.Add(t, s)
		t.Decref(s)
	}
	impl := t.NewNamespace(nil)
	implAttrs := []struct {
		name string
		v    *Object
	}{
		{"name", t.NewStr("rcvm")},
		// No cache tag: importlib then never names a .pyc file to read or
		// write; rcvm caches compiled code in its own directory.
		{"cache_tag", None},
		{"version", t.newVersionInfo(rcvmMajor, rcvmMinor, rcvmMicro, "alpha")},
		{"hexversion", t.NewInt(rcvmMajor<<24 | rcvmMinor<<16 | rcvmMicro<<8 | 0xa0)},
		{"_multiarch", t.NewStr("x86_64-linux-gnu")},
	}
	for _, a := range implAttrs {
		t.SetAttrString(impl, a.name, a.v)
		t.Decref(a.v)
	}
	attrs := []struct {
		name string
		v    *Object
	}{
		{"version_info", t.newVersionInfo(langMajor, langMinor, langMicro, "final")},
		{"hexversion", t.NewInt(langMajor<<24 | langMinor<<16 | langMicro<<8 | 0xf0)},
		{"api_version", t.NewInt(1013)},
		{"implementation", impl},
		{"flags", t.NewStructSeq(flagsType, flags...)},
		{"float_info", t.NewStructSeq(floatInfoType, t.NewFloat(math.MaxFloat64), t.NewInt(1024), t.NewInt(308),
			t.NewFloat(2.2250738585072014e-308), t.NewInt(-1021), t.NewInt(-307), t.NewInt(15), t.NewInt(53),
			t.NewFloat(2.220446049250313e-16), t.NewInt(2), t.NewInt(1))},
		// CPython's representation's figures: rcvm's ints compute CPython's
		// results, and code that sizes work by them expects these.
		{"int_info", t.NewStructSeq(intInfoType, ints(30, 4, 4300, 640)...)},
		{"hash_info", t.NewStructSeq(hashInfoType, t.NewInt(64), t.NewInt(1<<61-1), t.NewInt(314159), t.NewInt(0),
			t.NewInt(1000003), t.NewStr("go-maphash"), t.NewInt(64), t.NewInt(64), t.NewInt(0))},
		{"thread_info", t.NewStructSeq(threadInfoType, t.NewStr("pthread"), t.NewStr("mutex+cond"), None)},
		{"executable", t.NewStr(exe)},
		{"_base_executable", t.NewStr(exe)},
		{"prefix", t.NewStr(prefix)},
		{"base_prefix", t.NewStr(prefix)},
		{"exec_prefix", t.NewStr(prefix)},
		{"base_exec_prefix", t.NewStr(prefix)},
		{"platlibdir", t.NewStr("lib")},
		{"_stdlib_dir", t.strOrNone(vm.cfg.Stdlib)},
		{"pycache_prefix", None},
		{"float_repr_style", t.NewStr("short")},
		{"abiflags", t.NewStr("")},
		{"_git", t.TupleOwned(t.NewStr("rcvm"), t.NewStr(""), t.NewStr(""))},
		{"_framework", t.NewStr("")},
		{"orig_argv", &origArgv.Object},
		{"stdlib_module_names", &names.Object},
		{"copyright", t.NewStr(copyright)},
		{"dont_write_bytecode", Bool(noPyc == 1)},
		{"warnoptions", t.ListOf()},
		{"_xoptions", &t.NewDict().Object},
	}
	for _, a := range attrs {
		if !m.SetOwned(t, a.name, a.v) {
			return false
		}
	}
	for _, f := range []struct {
		name string
		fn   BuiltinFunc
	}{
		{"intern", sysIntern},
		{"getsizeof", sysGetSizeOf},
		{"getdefaultencoding", constFunc("getdefaultencoding", "utf-8")},
		{"getfilesystemencoding", constFunc("getfilesystemencoding", "utf-8")},
		{"getfilesystemencodeerrors", constFunc("getfilesystemencodeerrors", "surrogateescape")},
		{"is_finalizing", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if !t.ArgsRange("is_finalizing", args, kwnames, 0, 0) {
				return nil
			}
			return Bool(t.vm.finalizing.Load())
		}},
		{"addaudithook", sysAddAuditHook},
		{"audit", sysAudit},
		{"settrace", refusedHook("settrace")},
		{"setprofile", refusedHook("setprofile")},
		{"gettrace", noneFunc("gettrace")},
		{"getprofile", noneFunc("getprofile")},
		{"call_tracing", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if !t.ArgsRange("call_tracing", args, kwnames, 2, 2) {
				return nil
			}
			if !IsTuple(args[1]) {
				return t.RaiseMsg(&TypeErrorType, "call_tracing() argument 2 must be tuple, not %s", args[1].typ.tpName())
			}
			return t.Call(args[0], asTuple(args[1]).Items, nil)
		}},
		{"_clear_type_cache", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			typeModified()
			return None
		}},
		{"getallocatedblocks", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if !t.ArgsRange("getallocatedblocks", args, kwnames, 0, 0) {
				return nil
			}
			s := t.vm.Stats()
			return t.NewInt(t.heap.acct.allocated - t.heap.acct.freed + s.ObjectsAllocated - s.ObjectsFreed)
		}},
	} {
		m.SetFunc(t, f.name, f.fn)
	}
	return true
}

// stdlibPrefix is sys.prefix for a standard library directory: PREFIX when
// it is PREFIX/lib/python3.11, as an installed CPython's is.
func stdlibPrefix(stdlib string) string {
	if stdlib == "" {
		return ""
	}
	if dir, ok := strings.CutSuffix(filepath.Clean(stdlib), "/lib/python3.11"); ok {
		return dir
	}
	return filepath.Dir(stdlib)
}

func (t *Thread) strOrNone(s string) *Object {
	if s == "" {
		return None
	}
	return t.NewStr(s)
}

func constFunc(name, v string) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange(name, args, kwnames, 0, 0) {
			return nil
		}
		return t.NewStr(v)
	}
}

func noneFunc(name string) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange(name, args, kwnames, 0, 0) {
			return nil
		}
		return None
	}
}

// refusedHook is settrace or setprofile: rcvm has no tracing, so a trace
// function is refused; None (turning tracing off) is accepted.
func refusedHook(name string) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange(name, args, kwnames, 1, 1) {
			return nil
		}
		if args[0] != None {
			return t.RaiseMsg(&NotImplementedErrorType, "sys.%s is not supported by rcvm", name)
		}
		return None
	}
}

// sysIntern is sys.intern(string).
func sysIntern(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("sys.intern", args, kwnames, 1, 1) {
		return nil
	}
	if args[0].typ != &StrType {
		return t.RaiseMsg(&TypeErrorType, "intern() argument must be str, not %s", args[0].typ.tpName())
	}
	return &Intern(asStr(args[0]).S).Object
}

var getsizeofSig = NewSignature("getsizeof", "object", "default=")

// sysGetSizeOf is sys.getsizeof(object[, default]): __sizeof__ for a class
// that defines it, else the object's size in rcvm: its Go layout and what
// it points to (item arrays, text), as CPython counts its own.
func sysGetSizeOf(t *Thread, args []*Object, kwnames []*Str) *Object {
	var o, def *Object
	if !getsizeofSig.Parse(t, args, kwnames, &o, &def) {
		return nil
	}
	if r, found := t.CallSpecial(o, "__sizeof__"); found {
		if r == nil {
			if def != nil && t.ExcMatches(&TypeErrorType) {
				t.ClearExc()
				return t.NewRef(def)
			}
			return nil
		}
		defer t.Decref(r)
		if !IsInt(r) {
			return t.RaiseMsg(&TypeErrorType, "an integer is required")
		}
		n, ok := t.AsInt64(r)
		if !ok {
			return nil
		}
		if n < 0 {
			return t.RaiseMsg(&ValueErrorType, "__sizeof__() should return >= 0")
		}
		// CPython adds the collector's header (and, for instances of
		// classes, the managed-dict pre-header) to what __sizeof__ says.
		if o.typ.Heap {
			n += 32
		}
		return t.NewInt(n)
	}
	return t.NewInt(sizeOf(o))
}

// sizeOf estimates an object's memory in bytes.
func sizeOf(o *Object) int64 {
	const word = 8
	n := int64(HeaderSize)
	switch o.kind {
	case KindInt, KindBool:
		n += 2 * word
		if b := asInt(o).Big; b != nil {
			n += int64(len(b.Bits())) * word
		}
	case KindFloat:
		n += word
	case KindStr:
		n += 4*word + int64(len(asStr(o).S))
	case KindTuple:
		n += 3*word + int64(cap(asTuple(o).Items))*word
	case KindList:
		n += 4*word + int64(cap(asList(o).Items))*word
	case KindDict:
		d := asDict(o)
		n += 8*word + int64(cap(d.entries))*3*word + int64(cap(d.index))*4
	case KindSet, KindFrozenSet:
		n += int64(len(asSet(o).table)) * 2 * word
	default:
		n += 2 * word
	}
	return n
}

// sysAddAuditHook is sys.addaudithook(hook): hooks are called by
// sys.audit (rcvm itself raises no audit events).
func sysAddAuditHook(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("addaudithook", args, kwnames, 1, 1) {
		return nil
	}
	vm := t.vm
	vm.hooksMu.Lock()
	vm.auditHooks = append(vm.auditHooks, t.NewRef(args[0]))
	first := len(vm.auditHooks) == 1
	vm.hooksMu.Unlock()
	if first {
		vm.AtShutdown(func(t *Thread) {
			vm.hooksMu.Lock()
			hooks := vm.auditHooks
			vm.auditHooks = nil
			vm.hooksMu.Unlock()
			t.DecrefAll(hooks)
		})
	}
	return None
}

// sysAudit is sys.audit(event, *args).
func sysAudit(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "audit() takes no keyword arguments")
	}
	if len(args) == 0 {
		return t.RaiseMsg(&TypeErrorType, "audit() missing 1 required positional argument: 'event'")
	}
	if !IsStr(args[0]) {
		return t.RaiseMsg(&TypeErrorType, "expected str for argument 'event', not %s", args[0].typ.tpName())
	}
	vm := t.vm
	vm.hooksMu.Lock()
	hooks := append([]*Object(nil), vm.auditHooks...)
	for _, h := range hooks {
		t.Incref(h)
	}
	vm.hooksMu.Unlock()
	defer t.DecrefAll(hooks)
	if len(hooks) == 0 {
		return None
	}
	eventArgs := t.TupleOf(args[1:]...)
	defer t.Decref(eventArgs)
	for _, h := range hooks {
		r := t.Call(h, []*Object{args[0], eventArgs}, nil)
		if r == nil {
			return nil
		}
		t.Decref(r)
	}
	return None
}
