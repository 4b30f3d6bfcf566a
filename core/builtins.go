package core

import (
	"strings"
)

// The builtins module's functions (CPython's Python/bltinmodule.c). This
// file holds the object-protocol functions (print, len, repr, getattr,
// isinstance, iter, ...); builtins_num.go the numeric ones and
// builtins_iter.go those that consume iterables (min, max, sum, sorted, ...).

// BuiltinTypeNames lists the built-in types visible as names in the
// builtins namespace. buildBuiltins adds the class machinery's (property,
// staticmethod, classmethod, super) and the exception classes.
var BuiltinTypeNames = map[string]*Type{
	"object":    &ObjectType,
	"type":      &TypeType,
	"int":       &IntType,
	"bool":      &BoolType,
	"float":     &FloatType,
	"str":       &StrType,
	"tuple":     &TupleType,
	"list":      &ListType,
	"dict":      &DictType,
	"set":       &SetType,
	"frozenset": &FrozenSetType,
	"range":     &RangeType,
	"slice":     &SliceType,
	"enumerate": &EnumerateType,
	"zip":       &ZipType,
	"map":       &MapType,
	"filter":    &FilterType,
	"reversed":  &ReversedType,
}

func init() {
	defBuiltin("print", builtinPrint)
	defBuiltin("len", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("len", args, kwnames, 1, 1) {
			return nil
		}
		n, ok := t.Len(args[0])
		if !ok {
			return nil
		}
		return t.NewInt(int64(n))
	})
	defBuiltin("repr", oneArg("repr", (*Thread).Repr))
	defBuiltin("ascii", oneArg("ascii", (*Thread).asciiOf))
	defBuiltin("hash", oneArg("hash", func(t *Thread, o *Object) *Object {
		h, ok := t.Hash(o)
		if !ok {
			return nil
		}
		return t.NewInt(h)
	}))
	defBuiltin("id", oneArg("id", func(t *Thread, o *Object) *Object {
		return t.NewInt(int64(uintptrOf(o)))
	}))
	defBuiltin("callable", oneArg("callable", func(t *Thread, o *Object) *Object {
		return Bool(isCallable(t, o))
	}))
	defBuiltin("iter", builtinIter)
	defBuiltin("next", builtinNext)
	defBuiltin("getattr", builtinGetattr)
	defBuiltin("setattr", builtinSetattr)
	defBuiltin("hasattr", builtinHasattr)
	defBuiltin("delattr", builtinDelattr)
	defBuiltin("isinstance", builtinIsinstance)
	defBuiltin("issubclass", builtinIssubclass)
	defBuiltin("format", builtinFormat)
	defBuiltin("vars", builtinVars)
}

// oneArg wraps a one-argument function as a builtin with CPython's
// argument-count error.
func oneArg(name string, fn func(t *Thread, o *Object) *Object) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange(name, args, kwnames, 1, 1) {
			return nil
		}
		return fn(t, args[0])
	}
}

// builtinPrint is print(*objects, sep=' ', end='\n', file=None, flush=False).
// The line is written in one piece, so that lines printed by parallel
// threads do not interleave mid-line.
func builtinPrint(t *Thread, args []*Object, kwnames []*Str) *Object {
	npos := len(args) - len(kwnames)
	sep, end := " ", "\n"
	var file *Object
	flush := false
	for i, k := range kwnames {
		v := args[npos+i]
		switch k.S {
		case "sep", "end":
			if v == None {
				continue
			}
			if v.kind != KindStr {
				return t.RaiseMsg(&TypeErrorType, "%s must be None or a string, not %s", k.S, v.typ.Name)
			}
			if k.S == "sep" {
				sep = asStr(v).S
			} else {
				end = asStr(v).S
			}
		case "file":
			if v != None {
				file = v
			}
		case "flush":
			f, ok := t.Truth(v)
			if !ok {
				return nil
			}
			flush = f
		default:
			return t.RaiseMsg(&TypeErrorType, "'%s' is an invalid keyword argument for print()", k.S)
		}
	}
	if file == nil {
		// print writes to whatever sys.stdout is now (a StringIO put
		// there captures it); the VM's own stream takes the fast path.
		out := t.sysAttr("stdout")
		if out == nil {
			return nil
		}
		defer t.Decref(out)
		if out == None {
			return None
		}
		if out.typ != &stdStreamType {
			return t.printToFile(out, args[:npos], sep, end, flush)
		}
		file = out
	}
	if file.typ != &stdStreamType {
		return t.printToFile(file, args[:npos], sep, end, flush)
	}
	var b strings.Builder
	for i, o := range args[:npos] {
		if i > 0 {
			b.WriteString(sep)
		}
		s, ok := t.StrString(o)
		if !ok {
			return nil
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	err := asStdStream(file).write(t, b.String())
	if err == nil && flush {
		err = asStdStream(file).w(t).Flush()
		if asStdStream(file).name == "stderr" {
			err = nil
		}
	}
	if err != nil {
		return t.raiseWriteError(err)
	}
	return None
}

// printToFile is print() to a file-like object of the program's own: like
// CPython, it writes each piece with a separate call to its write method.
func (t *Thread) printToFile(file *Object, objs []*Object, sep, end string, flush bool) *Object {
	for i, o := range objs {
		if i > 0 && !t.writeTo(file, sep) {
			return nil
		}
		s := t.StrOf(o)
		if s == nil {
			return nil
		}
		ok := t.writeTo(file, asStr(s).S)
		t.Decref(s)
		if !ok {
			return nil
		}
	}
	if !t.writeTo(file, end) {
		return nil
	}
	if flush {
		r := t.CallMethod(file, "flush")
		if r == nil {
			return nil
		}
		t.Decref(r)
	}
	return None
}

// isCallable reports whether o can be called.
func isCallable(t *Thread, o *Object) bool {
	switch o.kind {
	case KindFunction, KindBuiltin, KindMethod, KindType:
		return true
	case KindInstance:
		return t.lookupType(o.typ, dunderCall) != nil
	}
	return o.typ.Call != nil
}

// builtinIter is iter(o) and iter(callable, sentinel).
func builtinIter(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("iter", args, kwnames, 1, 2) {
		return nil
	}
	if len(args) == 1 {
		return t.GetIter(args[0])
	}
	if !isCallable(t, args[0]) {
		return t.RaiseMsg(&TypeErrorType, "iter(v, w): v must be callable")
	}
	return t.newCallIter(args[0], args[1])
}

// builtinNext is next(iterator[, default]).
func builtinNext(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("next", args, kwnames, 1, 2) {
		return nil
	}
	it := args[0]
	if it.typ.Next == nil {
		return t.RaiseMsg(&TypeErrorType, "'%s' object is not an iterator", it.typ.Name)
	}
	var r *Object
	if it.kind == KindGenerator {
		// A generator's return value travels in the StopIteration.
		r = t.genNext(asGenerator(it))
		if r == nil && len(args) == 2 && t.ExcMatches(&StopIterationType) {
			t.ClearExc()
		}
	} else {
		r = t.Next(it)
	}
	if r != nil || t.Failed() {
		return r
	}
	if len(args) == 2 {
		return t.NewRef(args[1])
	}
	t.Raise(t.NewException(&StopIterationType))
	return nil
}

// attrName checks that an attribute name argument is a str.
func (t *Thread) attrName(o *Object) (*Str, bool) {
	if o.kind != KindStr {
		t.RaiseMsg(&TypeErrorType, "attribute name must be string, not '%s'", o.typ.Name)
		return nil, false
	}
	return asStr(o), true
}

func builtinGetattr(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("getattr", args, kwnames, 2, 3) {
		return nil
	}
	name, ok := t.attrName(args[1])
	if !ok {
		return nil
	}
	r := t.GetAttr(args[0], name)
	if r == nil && len(args) == 3 && t.ExcMatches(&AttributeErrorType) {
		t.ClearExc()
		return t.NewRef(args[2])
	}
	return r
}

func builtinHasattr(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("hasattr", args, kwnames, 2, 2) {
		return nil
	}
	name, ok := t.attrName(args[1])
	if !ok {
		return nil
	}
	r := t.GetAttr(args[0], name)
	if r == nil {
		if t.ExcMatches(&AttributeErrorType) {
			t.ClearExc()
			return False
		}
		return nil
	}
	t.Decref(r)
	return True
}

func builtinSetattr(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("setattr", args, kwnames, 3, 3) {
		return nil
	}
	name, ok := t.attrName(args[1])
	if !ok || !t.SetAttr(args[0], name, args[2]) {
		return nil
	}
	return None
}

func builtinDelattr(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("delattr", args, kwnames, 2, 2) {
		return nil
	}
	name, ok := t.attrName(args[1])
	if !ok || !t.SetAttr(args[0], name, nil) {
		return nil
	}
	return None
}

func builtinIsinstance(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("isinstance", args, kwnames, 2, 2) {
		return nil
	}
	r, ok := t.IsInstanceOf(args[0], args[1])
	if !ok {
		return nil
	}
	return Bool(r)
}

func builtinIssubclass(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("issubclass", args, kwnames, 2, 2) {
		return nil
	}
	r, ok := t.IsSubclassOf(args[0], args[1])
	if !ok {
		return nil
	}
	return Bool(r)
}

// builtinFormat is format(value, format_spec=”).
func builtinFormat(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("format", args, kwnames, 1, 2) {
		return nil
	}
	spec := ""
	if len(args) == 2 {
		if args[1].kind != KindStr {
			return t.RaiseMsg(&TypeErrorType, "format() argument 2 must be str, not %s", args[1].typ.Name)
		}
		spec = asStr(args[1]).S
	}
	return t.Format(args[0], spec)
}

// builtinVars is vars(object): its __dict__. vars() without an argument
// needs the caller's frame and is not supported.
func builtinVars(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("vars", args, kwnames, 0, 1) {
		return nil
	}
	if len(args) == 0 {
		return builtinLocals(t, nil, nil)
	}
	r := t.GetAttr(args[0], dunderDict)
	if r == nil && t.ExcMatches(&AttributeErrorType) {
		t.ClearExc()
		return t.RaiseMsg(&TypeErrorType, "vars() argument must have __dict__ attribute")
	}
	return r
}

// writeTo writes s to a file-like object: the VM's own streams directly,
// anything else through its write method.
func (t *Thread) writeTo(file *Object, s string) bool {
	if file.typ == &stdStreamType {
		if err := asStdStream(file).write(t, s); err != nil {
			t.raiseWriteError(err)
			return false
		}
		return true
	}
	str := t.NewStr(s)
	r := t.CallMethod(file, "write", str)
	t.Decref(str)
	if r == nil {
		return false
	}
	t.Decref(r)
	return true
}
