package core

import (
	"reflect"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// CPython's add_operators (Objects/typeobject.c, slotdefs): every slot a
// built-in type defines itself appears in the type's dict as a
// wrapper_descriptor of the dunder name (int.__add__, object.__str__,
// frozenset.__contains__), unless the dict already defines that name.
// A wrapper calls the slot of the type it belongs to, so that
// object.__setattr__(self, n, v) and super().__repr__() in a class reach
// the built-in behaviour without going through the class's own slots.

// slotArgs is a wrapper's body: args[0] is the checked self, followed by
// exactly the number of arguments the wrapper declared.
type slotArgs func(t *Thread, args []*Object) *Object

// addOperators puts the slot wrappers of the slots own (tp's slots before
// they were inherited) into tp's dict.
func addOperators(t *Thread, tp *Type, own *Slots) {
	var base *Slots
	if tp.Base != nil {
		base = &tp.Base.Slots
	}
	has := func(name string) bool { return tp.Dict.getStr(internName(name)) != nil }
	add := func(name string, fn BuiltinFunc) {
		if has(name) || noWrapper[tp] == name {
			return
		}
		b := newStaticBuiltin(name, fn)
		b.owner, b.mkind, b.typ = tp, slotWrapper, &WrapperDescriptorType
		if coexistMethods[tp][name] {
			b.mkind, b.typ = plainMethod, &MethodDescriptorType
		}
		tp.Dict.SetStr(t, internName(name), &b.Object)
	}
	addN := func(name string, nargs int, fn slotArgs) { add(name, fixedArgs(name, nargs, fn)) }
	// isOwn reports whether slot f is tp's own (not the base's, copied
	// into tp by hand).
	isOwn := func(f, fromBase any) bool {
		p := funcPtr(f)
		return p != 0 && (base == nil || p != funcPtr(fromBase))
	}
	unary := func(name string, f, fb func(t *Thread, o *Object) *Object) {
		if isOwn(f, fb) {
			addN(name, 0, func(t *Thread, args []*Object) *Object { return f(t, args[0]) })
		}
	}
	var bRepr, bStr, bIter, bNeg, bPos, bInv, bAbs func(t *Thread, o *Object) *Object
	var bs Slots
	if base != nil {
		bs = *base
	}
	bRepr, bStr, bIter, bNeg, bPos, bInv, bAbs = bs.Repr, bs.Str, bs.Iter, bs.Neg, bs.Pos, bs.Invert, bs.Abs
	unary("__repr__", own.Repr, bRepr)
	if isOwn(own.Hash, bs.Hash) {
		if funcPtr(own.Hash) == funcPtr(Unhashable) {
			if !has("__hash__") {
				tp.Dict.SetStr(t, internName("__hash__"), None)
			}
		} else {
			hash := own.Hash
			addN("__hash__", 0, func(t *Thread, args []*Object) *Object {
				h, ok := hash(t, args[0])
				if !ok {
					return nil
				}
				return t.NewInt(h)
			})
		}
	}
	if isOwn(own.Call, bs.Call) {
		call := own.Call
		add("__call__", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			return call(t, args[0], args[1:], kwnames)
		})
	}
	unary("__str__", own.Str, bStr)
	if isOwn(own.GetAttr, bs.GetAttr) {
		get := own.GetAttr
		addN("__getattribute__", 1, func(t *Thread, args []*Object) *Object {
			name, ok := t.attrName(args[1])
			if !ok {
				return nil
			}
			return get(t, args[0], name)
		})
	}
	if isOwn(own.SetAttr, bs.SetAttr) {
		set := own.SetAttr
		addN("__setattr__", 2, func(t *Thread, args []*Object) *Object {
			name, ok := t.attrName(args[1])
			if !ok {
				return nil
			}
			return noneIf(set(t, args[0], name, args[2]))
		})
		addN("__delattr__", 1, func(t *Thread, args []*Object) *Object {
			name, ok := t.attrName(args[1])
			if !ok {
				return nil
			}
			return noneIf(set(t, args[0], name, nil))
		})
	}
	if isOwn(own.Compare, bs.Compare) {
		cmp := own.Compare
		for op := bc.CompareOp(0); int(op) < len(compareDunderNames); op++ {
			addN(compareDunderNames[op].S, 1, func(t *Thread, args []*Object) *Object { return cmp(t, args[0], args[1], op) })
		}
	}
	unary("__iter__", own.Iter, bIter)
	if isOwn(own.Next, bs.Next) {
		next := own.Next
		addN("__next__", 0, func(t *Thread, args []*Object) *Object {
			r := next(t, args[0])
			if r == nil && !t.Failed() {
				t.Raise(t.NewException(&StopIterationType))
			}
			return r
		})
	}
	for op := bc.BinaryOp(0); op < bc.NumBinaryOps; op++ {
		n, rn, in := binaryDunders(op)
		if f := own.Binary[op]; isOwn(f, bs.Binary[op]) {
			if op == bc.Pow {
				add(n, powWrapper(n, f, false))
				add(rn, powWrapper(rn, f, true))
			} else {
				addN(n, 1, func(t *Thread, args []*Object) *Object { return f(t, args[0], args[1]) })
				if op != bc.Add || own.Len == nil {
					// A sequence's + is a concatenation (sq_concat),
					// which has no reflected form.
					addN(rn, 1, func(t *Thread, args []*Object) *Object { return f(t, args[1], args[0]) })
				}
			}
		}
		if f := own.Inplace[op]; isOwn(f, bs.Inplace[op]) {
			addN(in, 1, func(t *Thread, args []*Object) *Object { return f(t, args[0], args[1]) })
		}
	}
	unary("__neg__", own.Neg, bNeg)
	unary("__pos__", own.Pos, bPos)
	unary("__abs__", own.Abs, bAbs)
	if isOwn(own.Truth, bs.Truth) {
		truth := own.Truth
		addN("__bool__", 0, func(t *Thread, args []*Object) *Object {
			b, ok := truth(t, args[0])
			if !ok {
				return nil
			}
			return Bool(b)
		})
	}
	unary("__invert__", own.Invert, bInv)
	if isOwn(own.Len, bs.Len) {
		ln := own.Len
		addN("__len__", 0, func(t *Thread, args []*Object) *Object {
			n, ok := ln(t, args[0])
			if !ok {
				return nil
			}
			return t.NewInt(int64(n))
		})
	}
	if isOwn(own.GetItem, bs.GetItem) {
		get := own.GetItem
		addN("__getitem__", 1, func(t *Thread, args []*Object) *Object { return get(t, args[0], args[1]) })
	}
	if isOwn(own.SetItem, bs.SetItem) {
		set := own.SetItem
		addN("__setitem__", 2, func(t *Thread, args []*Object) *Object { return noneIf(set(t, args[0], args[1], args[2])) })
		addN("__delitem__", 1, func(t *Thread, args []*Object) *Object { return noneIf(set(t, args[0], args[1], nil)) })
	}
	if isOwn(own.Contains, bs.Contains) {
		contains := own.Contains
		addN("__contains__", 1, func(t *Thread, args []*Object) *Object {
			b, ok := contains(t, args[0], args[1])
			if !ok {
				return nil
			}
			return Bool(b)
		})
	}
	if isOwn(own.Format, bs.Format) && !has("__format__") {
		format := own.Format
		b := newStaticBuiltin("__format__", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if !t.ArgsRange("__format__", args[1:], kwnames, 1, 1) {
				return nil
			}
			if args[1].kind != KindStr {
				return t.RaiseMsg(&TypeErrorType, "__format__() argument must be str, not %s", args[1].typ.tpName())
			}
			return format(t, args[0], asStr(args[1]).S)
		})
		b.owner, b.typ = tp, &MethodDescriptorType
		tp.Dict.SetStr(t, internName("__format__"), &b.Object)
	}
	if isOwn(own.New, bs.New) && funcPtr(own.New) != funcPtr(noNew) && !has("__new__") {
		b := newStaticBuiltin("__new__", tpNewWrapper(tp, own.New))
		b.self, b.mkind = &tp.Object, tpNewMethod
		tp.Dict.SetStr(t, internName("__new__"), &b.Object)
		slotNewWrappers[&b.Object] = true
	}
}

// coexistMethods are the slots whose dunder CPython defines as a method
// of the type rather than a slot wrapper (METH_COEXIST: list.__getitem__,
// dict.__contains__): a method_descriptor, checked with descr_check's
// message.
var coexistMethods = map[*Type]map[string]bool{
	&ListType:      {"__getitem__": true},
	&DictType:      {"__getitem__": true, "__contains__": true},
	&SetType:       {"__contains__": true},
	&FrozenSetType: {"__contains__": true},
}

// noWrapper names a slot that has no dunder in its type's dict: type[int]
// is looked up as __class_getitem__, not type.__getitem__.
var noWrapper = map[*Type]string{&TypeType: "__getitem__"}

// addDoc stores a built-in type's __doc__ in its dict, as type_ready
// does: the type's doc string, or None.
func addDoc(t *Thread, tp *Type) {
	if tp.Dict.getStr(dunderDoc) != nil {
		return
	}
	if tp.doc == "" {
		tp.Dict.SetStr(t, dunderDoc, None)
		return
	}
	tp.Dict.SetStr(t, dunderDoc, &Intern(tp.doc).Object)
}

// fixedArgs is a wrapper taking self and exactly nargs positional
// arguments (self is checked on the call path, descrcheck.go), with
// CPython's check_num_args messages.
func fixedArgs(name string, nargs int, fn slotArgs) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if len(kwnames) > 0 {
			return t.RaiseMsg(&TypeErrorType, "wrapper %s() takes no keyword arguments", name)
		}
		if len(args)-1 != nargs {
			return t.RaiseMsg(&TypeErrorType, "expected %d argument%s, got %d", nargs, plural(nargs), len(args)-1)
		}
		return fn(t, args)
	}
}

// powWrapper is __pow__ (or __rpow__, swapped) of a type with a Pow slot:
// one argument, or two with a modulus (CPython's wrap_ternaryfunc).
func powWrapper(name string, f func(t *Thread, a, b *Object) *Object, swap bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if len(kwnames) > 0 {
			return t.RaiseMsg(&TypeErrorType, "wrapper %s() takes no keyword arguments", name)
		}
		if n := len(args) - 1; n < 1 || n > 2 {
			return t.RaiseMsg(&TypeErrorType, "%s expected at least 1 argument, got %d", name, n)
		}
		a, b := args[0], args[1]
		if swap {
			a, b = b, a
		}
		if len(args) == 3 && args[2] != None {
			if isIntLike(a) && isIntLike(b) && isIntLike(args[2]) {
				return t.intPowMod(a, b, args[2])
			}
			return NotImplemented
		}
		return f(t, a, b)
	}
}

// tpNewWrapper is T.__new__(cls, ...) for a built-in type T (CPython's
// tp_new_wrapper): cls must be a subtype of T whose nearest built-in base
// creates its instances with the same New.
func tpNewWrapper(tp *Type, newFn func(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		args = args[1:] // the bound type itself
		if len(args) == 0 {
			return t.RaiseMsg(&TypeErrorType, "%s.__new__(): not enough arguments", tp.tpName())
		}
		if args[0].kind != KindType {
			return t.RaiseMsg(&TypeErrorType, "%s.__new__(X): X is not a type object (%s)", tp.tpName(), args[0].typ.tpName())
		}
		cls := asType(args[0])
		if !cls.IsSubtype(tp) {
			return t.RaiseMsg(&TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", tp.tpName(), cls.tpName(), cls.tpName(), tp.tpName())
		}
		static := cls
		for static != nil && static.Heap {
			static = static.Base
		}
		if static != nil && static != tp && funcPtr(static.New) != funcPtr(newFn) {
			return t.RaiseMsg(&TypeErrorType, "%s.__new__(%s) is not safe, use %s.__new__()", tp.tpName(), cls.tpName(), static.tpName())
		}
		return newFn(t, cls, args[1:], kwnames)
	}
}

// funcPtr is the code pointer of a slot function (0 for nil), to tell a
// type's own slot from the one it copied from its base.
func funcPtr(f any) uintptr {
	v := reflect.ValueOf(f)
	if !v.IsValid() || v.IsNil() {
		return 0
	}
	return v.Pointer()
}

// slotNewWrappers are the __new__ wrappers addOperators made (written
// only while the types are readied): a class that inherits one is created
// by type.__call__ through its solid base, as before such wrappers
// existed, rather than by calling it.
var slotNewWrappers = map[*Object]bool{}

// dictHas reports whether d holds the key name.
func (t *Thread) dictHas(d *Dict, name *Str) bool {
	v := d.GetStr(t, name)
	t.XDecref(v)
	return v != nil
}
