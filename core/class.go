package core

import (
	"fmt"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// Classes defined by programs, their instances, and the descriptors the
// subset supports (property, staticmethod, classmethod, super).

// Instance is an instance of a class defined by the program (exceptions use
// the Exception layout, whose Dict is at the same offset).
type Instance struct {
	Object
	Dict *Dict
}

func asInstance(o *Object) *Instance { return (*Instance)(ptrOf(o)) }

// instanceDict returns the instance dict of o, or nil if o has none.
func instanceDict(o *Object) *Dict {
	if o.kind == KindInstance {
		return asInstance(o).Dict
	}
	if p := dictSlot(o); p != nil {
		return *p
	}
	return nil
}

// instanceHas reports whether o's own dict holds name.
func (t *Thread) instanceHas(o *Object, name *Str) bool {
	d := instanceDict(o)
	if d == nil {
		return false
	}
	d.lk.lock(t)
	v := d.getStr(name)
	d.lk.unlock(t)
	return v != nil
}

var (
	// PropertyType is the type of property objects.
	PropertyType = Type{Name: "property", InstanceKind: KindOther}
	// StaticMethodType is the type of staticmethod objects.
	StaticMethodType = Type{Name: "staticmethod", InstanceKind: KindOther}
	// ClassMethodType is the type of classmethod objects.
	ClassMethodType = Type{Name: "classmethod", InstanceKind: KindOther}
	// SuperType is the type of super objects.
	SuperType = Type{Name: "super", InstanceKind: KindOther}
)

// wrapper is the layout of property, staticmethod, classmethod and super
// objects: up to three wrapped objects.
type wrapper struct {
	Object
	a, b, c *Object
	// d is a property's doc.
	d *Object
}

func asWrapper(o *Object) *wrapper { return (*wrapper)(ptrOf(o)) }

func (t *Thread) newWrapper(tp *Type, a, b, c *Object) *Object {
	w := &wrapper{a: a, b: b, c: c}
	for _, x := range []*Object{a, b, c} {
		if x != nil {
			t.Incref(x)
		}
	}
	t.initObject(&w.Object, KindOther, tp)
	return &w.Object
}

func deallocWrapper(t *Thread, o *Object) {
	w := asWrapper(o)
	a, b, c, d := w.a, w.b, w.c, w.d
	w.a, w.b, w.c, w.d = nil, nil, nil, nil
	t.XDecref(a)
	t.XDecref(b)
	t.XDecref(c)
	t.XDecref(d)
	cls := o.typ
	if p := dictSlot(o); p != nil && *p != nil {
		dict := *p
		*p = nil
		t.Decref(&dict.Object)
	}
	t.recycle(o)
	if cls.Heap {
		t.Decref(&cls.Object)
	}
}

// descriptorGet applies a descriptor found on o's class: property calls its
// getter, staticmethod unwraps, classmethod binds the class. It returns nil
// without an exception when v is not a descriptor.
func descriptorGet(t *Thread, v, o *Object) *Object {
	if v.typ.Heap && userAttrDunder(v.typ, dunderGet) {
		return t.descrGet(v, o, o.typ)
	}
	if get := v.typ.DescrGet; get != nil {
		return get(t, v, o, &o.typ.Object)
	}
	switch wrapperType(v) {
	case &PropertyType:
		get := asWrapper(v).a
		if get == nil || get == None {
			return t.RaiseMsg(&AttributeErrorType, "property object has no getter")
		}
		return t.Call(get, []*Object{o}, nil)
	case &StaticMethodType:
		return t.NewRef(asWrapper(v).a)
	case &ClassMethodType:
		cls := o
		if o.kind != KindType {
			cls = &o.typ.Object
		}
		return t.NewMethod(asWrapper(v).a, cls)
	case &GetSetDescriptorType, &MemberDescriptorType:
		return attrDescrGet(t, v, o)
	}
	return nil
}

// unsupportedDunders are special methods whose protocol the class model
// does not implement yet: a class defining one is refused rather than
// created with the method silently ignored.
var unsupportedDunders = []string{}

// refuseUnsupported raises TypeError if a class body defined one of the
// unsupportedDunders.
func (t *Thread) refuseUnsupported(name string, ns *Dict) bool {
	for _, d := range unsupportedDunders {
		if v := ns.GetStr(t, Intern(d)); v != nil {
			t.Decref(v)
			t.RaiseMsg(&TypeErrorType, "class %s: %s is not supported by rcvm", name, d)
			return false
		}
	}
	return true
}

func deallocClass(t *Thread, o *Object) {
	cls := asType(o)
	if !cls.Heap {
		return
	}
	typeModified()
	removeSubclass(cls)
	d := cls.Dict
	cls.Dict = nil
	if d != nil {
		t.Decref(&d.Object)
	}
	bases, meta := cls.Bases, o.typ
	cls.Base, cls.Bases, cls.MRO = nil, nil, nil
	for _, b := range bases {
		t.Decref(&b.Object)
	}
	t.recycle(o)
	if meta.Heap {
		t.Decref(&meta.Object)
	}
}

// instantiate allocates an instance of a program-defined class.
func (t *Thread) instantiate(cls *Type, args []*Object) *Object {
	t.Incref(&cls.Object)
	if cls.nslots > 0 {
		s := &slottedInstance{vals: make([]*Object, cls.nslots)}
		t.initObject(&s.Object, KindInstance, cls)
		return &s.Object
	}
	in := &Instance{}
	t.initObject(&in.Object, KindInstance, cls)
	return &in.Object
}

func deallocInstance(t *Thread, o *Object) {
	if t.finalize(o) {
		return
	}
	if o.weakrefs != 0 {
		clearWeakrefsHook(t, o)
	}
	if o.typ.IsException {
		deallocException(t, o)
		return
	}
	if o.typ.nslots > 0 {
		t.releaseSlots(o)
	}
	in := asInstance(o)
	d := in.Dict
	in.Dict = nil
	if d != nil {
		t.Decref(&d.Object)
	}
	cls := o.typ
	t.recycle(o)
	if cls.Heap {
		t.Decref(&cls.Object)
	}
}

var objectInit *Object

// instanceGetAttr is the GetAttr slot of instances: object.__getattribute__
// (instanceGetAttribute), then __getattr__ when that raised
// AttributeError (CPython's slot_tp_getattr_hook).
func instanceGetAttr(t *Thread, o *Object, name *Str) *Object {
	v := instanceGetAttribute(t, o, name)
	if v == nil && t.ExcMatches(&AttributeErrorType) {
		if ga := t.lookupType(o.typ, dunderGetattr); ga != nil {
			t.ClearExc()
			t.Incref(ga)
			v = t.callBound(ga, o, []*Object{&name.Object})
			t.Decref(ga)
		}
	}
	return v
}

// instanceGetAttribute is object.__getattribute__ for instances: data
// descriptors on the class, then the instance dict, then class attributes
// (functions bound to the instance, other descriptors' __get__).
func instanceGetAttribute(t *Thread, o *Object, name *Str) *Object {
	if name.S == "__class__" {
		return t.NewRef(&o.typ.Object)
	}
	if name.S == "__dict__" {
		if slot := dictSlot(o); slot != nil {
			if *slot == nil {
				*slot = t.NewDict()
			}
			return t.NewRef(&(*slot).Object)
		}
	}
	cv := t.lookupType(o.typ, name)
	if cv != nil {
		if isDataDescriptor(cv) {
			if wrapperType(cv) == &PropertyType && (asWrapper(cv).a == nil || asWrapper(cv).a == None) {
				return t.RaiseMsg(&AttributeErrorType, "property '%s' of '%s' object has no getter", name.S, o.typ.Name)
			}
			return descriptorGet(t, cv, o)
		}
		if cv.typ.Heap && t.isUserDataDescriptor(cv) {
			t.Incref(cv)
			r := t.descrGet(cv, o, o.typ)
			t.Decref(cv)
			return r
		}
	}
	if d := instanceDict(o); d != nil {
		if v := d.GetStr(t, name); v != nil {
			return v
		}
	}
	if cv != nil {
		return t.bindAttr(cv, o)
	}
	if o.typ.IsException {
		if v := exceptionAttr(t, o, name); v != nil || t.Failed() {
			return v
		}
	}
	return t.RaiseMsg(&AttributeErrorType, "'%s' object has no attribute '%s'", o.typ.tpName(), name.S)
}

// setInstanceDict is o.__dict__ = v (v nil: del o.__dict__).
func (t *Thread) setInstanceDict(o, v *Object) bool {
	slot := dictSlot(o)
	if slot == nil {
		t.RaiseMsg(&AttributeErrorType, "'%s' object has no attribute '__dict__'", o.typ.Name)
		return false
	}
	if v == nil {
		t.RaiseMsg(&TypeErrorType, "cannot delete __dict__")
		return false
	}
	if v.typ != &DictType {
		t.RaiseMsg(&TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", v.typ.Name)
		return false
	}
	old := *slot
	*slot = asDict(t.NewRef(v))
	if old != nil {
		t.Decref(&old.Object)
	}
	return true
}

// instanceSetAttr stores into the instance dict (properties call their setter).
func instanceSetAttr(t *Thread, o *Object, name *Str, v *Object) bool {
	cv := t.lookupType(o.typ, name)
	if cv != nil && isAttrDescr(cv) {
		return attrDescrSet(t, cv, o, v)
	}
	if cv != nil && cv.typ.DescrSet != nil && !cv.typ.Heap {
		return cv.typ.DescrSet(t, cv, o, v)
	}
	if cv != nil && wrapperType(cv) == &PropertyType {
		return t.propertySet(cv, o, name, v)
	}
	if cv != nil && cv.typ.Heap && t.isUserDataDescriptor(cv) {
		t.Incref(cv)
		ok := t.descrSet(cv, o, name, v)
		t.Decref(cv)
		return ok
	}
	if o.typ.IsException {
		if handled, ok := setExceptionAttr(t, o, name, v); handled {
			return ok
		}
	}
	if name.S == "__dict__" {
		return t.setInstanceDict(o, v)
	}
	if name == dunderClass || name.S == "__class__" {
		return t.setClass(o, v)
	}
	slot := dictSlot(o)
	if slot == nil {
		// An object without an instance dict (a native type's instance).
		if cv != nil {
			t.RaiseMsg(&AttributeErrorType, "'%s' object attribute '%s' is read-only", o.typ.tpName(), name.S)
		} else {
			t.RaiseMsg(&AttributeErrorType, "'%s' object has no attribute '%s'", o.typ.tpName(), name.S)
		}
		return false
	}
	if *slot == nil {
		if v == nil {
			t.RaiseMsg(&AttributeErrorType, "'%s' object has no attribute '%s'", o.typ.Name, name.S)
			return false
		}
		*slot = t.NewDict()
	}
	d := *slot
	if v == nil {
		if found, _ := d.Delete(t, &name.Object); !found {
			t.RaiseMsg(&AttributeErrorType, "'%s' object has no attribute '%s'", o.typ.Name, name.S)
			return false
		}
		return true
	}
	d.SetStr(t, name, v)
	return true
}

func typeRepr(t *Thread, o *Object) *Object {
	return t.NewStr("<class '" + asType(o).ReprName() + "'>")
}

// setClassSlots makes a program-defined class's slots forward to its
// dunder methods, found along the MRO at call time.
func setClassSlots(cls *Type) {
	cls.GetAttr = instanceGetAttr
	cls.SetAttr = instanceSetAttr
	cls.instanceAttrs = cls.InstanceKind == KindInstance
	cls.Dealloc = deallocInstance
	keepNativeAttrSlots(cls)
	cls.Repr = func(t *Thread, o *Object) *Object {
		if m := t.lookupType(cls, dunderRepr); m != nil && (m.kind == KindFunction || m.kind == KindBuiltin) {
			if owner := slotWrapperOwner(m); owner != nil {
				return owner.Repr(t, o)
			}
			return callDunder(t, m, o)
		}
		if o.typ.IsException {
			return exceptionRepr(t, o)
		}
		return t.NewStr(fmt.Sprintf("<%s object at %p>", o.typ.ReprName(), o))
	}
	cls.Str = func(t *Thread, o *Object) *Object {
		if m := t.lookupType(cls, dunderStr); m != nil && (m.kind == KindFunction || m.kind == KindBuiltin) {
			if owner := slotWrapperOwner(m); owner != nil {
				return owner.Str(t, o)
			}
			return callDunder(t, m, o)
		}
		if o.typ.IsException {
			return exceptionStr(t, o)
		}
		return t.Repr(o)
	}
	cls.Hash = func(t *Thread, o *Object) (int64, bool) {
		m := t.lookupType(cls, dunderHash)
		if m == nil {
			if t.lookupType(cls, dunderEq) != nil {
				t.RaiseMsg(&TypeErrorType, "unhashable type: '%s'", o.typ.Name)
				return 0, false
			}
			return int64(uintptrOf(o) >> 4), true
		}
		if m == None {
			t.RaiseMsg(&TypeErrorType, "unhashable type: '%s'", o.typ.Name)
			return 0, false
		}
		if owner := slotWrapperOwner(m); owner != nil {
			return owner.Hash(t, o)
		}
		r := callDunder(t, m, o)
		if r == nil {
			return 0, false
		}
		defer t.Decref(r)
		if r.kind != KindInt {
			t.RaiseMsg(&TypeErrorType, "__hash__ method should return an integer")
			return 0, false
		}
		return t.Hash(r)
	}
	cls.Compare = func(t *Thread, a, b *Object, op bc.CompareOp) *Object {
		if m := t.lookupType(cls, compareDunderNames[op]); m != nil {
			if owner := slotWrapperOwner(m); owner != nil && a.typ.IsSubtype(owner) {
				return owner.Compare(t, a, b, op)
			}
			return t.Call(m, []*Object{a, b}, nil)
		}
		if op == bc.Ne {
			if m := t.lookupType(cls, dunderEq); m != nil {
				r := t.Call(m, []*Object{a, b}, nil)
				if r == nil || r == NotImplemented {
					return r
				}
				v, ok := t.Truth(r)
				t.Decref(r)
				if !ok {
					return nil
				}
				return Bool(!v)
			}
		}
		return NotImplemented
	}
	cls.Truth = func(t *Thread, o *Object) (bool, bool) {
		if m := t.lookupType(cls, dunderBool); m != nil {
			r := callDunder(t, m, o)
			if r == nil {
				return false, false
			}
			defer t.Decref(r)
			return r == True, true
		}
		if m := t.lookupType(cls, dunderLen); m != nil {
			n, ok := callLen(t, m, o)
			return n != 0, ok
		}
		return true, true
	}
	cls.Len = func(t *Thread, o *Object) (int, bool) {
		m := t.lookupType(cls, dunderLen)
		if m == nil {
			t.RaiseMsg(&TypeErrorType, "object of type '%s' has no len()", o.typ.Name)
			return 0, false
		}
		return callLen(t, m, o)
	}
	cls.GetItem = func(t *Thread, o, key *Object) *Object {
		m := t.lookupType(cls, dunderGetitem)
		if m == nil {
			return t.RaiseMsg(&TypeErrorType, "'%s' object is not subscriptable", o.typ.Name)
		}
		return t.Call(m, []*Object{o, key}, nil)
	}
	cls.SetItem = func(t *Thread, o, key, v *Object) bool {
		var r *Object
		if v == nil {
			m := t.lookupType(cls, dunderDelitem)
			if m == nil {
				t.RaiseMsg(&TypeErrorType, "'%s' object doesn't support item deletion", o.typ.Name)
				return false
			}
			r = t.Call(m, []*Object{o, key}, nil)
		} else {
			m := t.lookupType(cls, dunderSetitem)
			if m == nil {
				t.RaiseMsg(&TypeErrorType, "'%s' object does not support item assignment", o.typ.Name)
				return false
			}
			r = t.Call(m, []*Object{o, key, v}, nil)
		}
		t.XDecref(r)
		return r != nil
	}
	cls.Contains = func(t *Thread, o, item *Object) (bool, bool) {
		if m := t.lookupType(cls, dunderContains); m != nil {
			r := t.Call(m, []*Object{o, item}, nil)
			if r == nil {
				return false, false
			}
			defer t.Decref(r)
			return t.Truth(r)
		}
		it := t.GetIter(o)
		if it == nil {
			t.ClearExc()
			t.RaiseMsg(&TypeErrorType, "argument of type '%s' is not iterable", o.typ.Name)
			return false, false
		}
		defer t.Decref(it)
		for {
			x := t.Next(it)
			if x == nil {
				return false, !t.Failed()
			}
			eq, ok := t.RichEq(x, item)
			t.Decref(x)
			if !ok || eq {
				return eq, ok
			}
		}
	}
	cls.Iter = func(t *Thread, o *Object) *Object {
		m := t.lookupType(cls, dunderIter)
		if m == nil {
			if t.lookupType(cls, dunderGetitem) != nil {
				return t.NewSeqIterGeneric(o)
			}
			return t.RaiseMsg(&TypeErrorType, "'%s' object is not iterable", o.typ.Name)
		}
		return callDunder(t, m, o)
	}
	cls.Next = func(t *Thread, o *Object) *Object {
		m := t.lookupType(cls, dunderNext)
		if m == nil {
			return t.RaiseMsg(&TypeErrorType, "'%s' object is not an iterator", o.typ.Name)
		}
		r := callDunder(t, m, o)
		if r == nil && t.ExcMatches(&StopIterationType) {
			t.ClearExc()
		}
		return r
	}
	cls.Call = func(t *Thread, o *Object, args []*Object, kwnames []*Str) *Object {
		m := t.lookupType(cls, dunderCall)
		if m == nil {
			return t.RaiseMsg(&TypeErrorType, "'%s' object is not callable", o.typ.Name)
		}
		return t.callWithSelf(func(t *Thread, a []*Object, k []*Str) *Object { return t.Call(m, a, k) }, o, args, kwnames)
	}
	for op := bc.BinaryOp(0); op < bc.NumBinaryOps; op++ {
		op := op
		n, rn, in := binaryDunders(op)
		name, rname, iname := Intern(n), Intern(rn), Intern(in)
		cls.Binary[op] = func(t *Thread, a, b *Object) *Object {
			if a.typ.IsSubtype(cls) {
				if m := t.lookupType(a.typ, name); m != nil {
					return t.Call(m, []*Object{a, b}, nil)
				}
			}
			if b.typ.IsSubtype(cls) {
				if m := t.lookupType(b.typ, rname); m != nil {
					return t.Call(m, []*Object{b, a}, nil)
				}
			}
			return NotImplemented
		}
		cls.Inplace[op] = func(t *Thread, a, b *Object) *Object {
			if m := t.lookupType(a.typ, iname); m != nil {
				return t.Call(m, []*Object{a, b}, nil)
			}
			return NotImplemented
		}
	}
	unaryDunder := func(dunder, sym string) func(t *Thread, o *Object) *Object {
		name := Intern(dunder)
		return func(t *Thread, o *Object) *Object {
			m := t.lookupType(cls, name)
			if m == nil {
				return t.RaiseMsg(&TypeErrorType, "bad operand type for %s: '%s'", sym, o.typ.Name)
			}
			return callDunder(t, m, o)
		}
	}
	cls.Neg = unaryDunder("__neg__", "unary -")
	cls.Pos = unaryDunder("__pos__", "unary +")
	cls.Invert = unaryDunder("__invert__", "unary ~")
	cls.Abs = unaryDunder("__abs__", "abs()")
	cls.Format = func(t *Thread, o *Object, spec string) *Object {
		if m := t.lookupType(cls, dunderFormat); m != nil {
			s := t.NewStr(spec)
			defer t.Decref(s)
			return t.Call(m, []*Object{o, s}, nil)
		}
		if spec != "" {
			return t.RaiseMsg(&TypeErrorType, "unsupported format string passed to %s.__format__", o.typ.Name)
		}
		return t.StrOf(o)
	}
	if ga := userAttrDunder(cls, dunderGetattribute); ga {
		cls.GetAttr = userGetAttribute
		cls.instanceAttrs = false
		cls.customGetattr = true
	}
	if userAttrDunder(cls, dunderSetattr) || userAttrDunder(cls, dunderDelattr) {
		cls.SetAttr = userSetAttr
		cls.instanceAttrs = false
	}
	if cls.IsSubtype(&TypeType) {
		setMetaclassSlots(cls)
	}
}

// compareDunderNames are the rich-comparison methods, indexed by
// bytecode.CompareOp.
var compareDunderNames = [...]*Str{Intern("__lt__"), Intern("__le__"), Intern("__eq__"), Intern("__ne__"), Intern("__gt__"), Intern("__ge__")}

var binaryNames = [...]string{"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"}

func binaryDunders(op bc.BinaryOp) (name, rname, iname string) {
	n := binaryNames[op]
	return "__" + n + "__", "__r" + n + "__", "__i" + n + "__"
}

func callDunder(t *Thread, m, o *Object) *Object { return t.Call(m, []*Object{o}, nil) }

func callLen(t *Thread, m, o *Object) (int, bool) {
	r := callDunder(t, m, o)
	if r == nil {
		return 0, false
	}
	defer t.Decref(r)
	n, ok := IntValue(r)
	if r.kind != KindInt || !ok {
		t.RaiseMsg(&TypeErrorType, "'%s' object cannot be interpreted as an integer", r.typ.Name)
		return 0, false
	}
	if n < 0 {
		t.RaiseMsg(&ValueErrorType, "__len__() should return >= 0")
		return 0, false
	}
	return int(n), true
}

// ---- property, staticmethod, classmethod, super ----

func newProperty(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	var fget, fset, fdel, doc *Object
	if !t.ParseArgs("property", args, kwnames, []string{"fget", "fset", "fdel", "doc"}, 0, &fget, &fset, &fdel, &doc) {
		return nil
	}
	p := t.newWrapper(&PropertyType, fget, fset, fdel)
	asWrapper(p).d = t.XNewRef(doc)
	return p
}

func propertyCopy(which int) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.ArgsRange("property."+[...]string{"getter", "setter", "deleter"}[which], args, kwnames, 2, 2) {
			return nil
		}
		w := asWrapper(args[0])
		parts := []*Object{w.a, w.b, w.c}
		parts[which] = args[1]
		p := t.newWrapper(&PropertyType, parts[0], parts[1], parts[2])
		asWrapper(p).d = t.XNewRef(w.d)
		return p
	}
}

func newStaticMethod(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange(cls.Name, args, kwnames, 1, 1) {
		return nil
	}
	return t.newWrapper(cls, args[0], nil, nil)
}

func objectNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if len(args) > 0 {
		return t.RaiseMsg(&TypeErrorType, "object() takes no arguments")
	}
	in := &Instance{}
	t.initObject(&in.Object, KindInstance, &ObjectType)
	return &in.Object
}

func objectRepr(t *Thread, o *Object) *Object {
	return t.NewStr(fmt.Sprintf("<%s object at %p>", o.typ.ReprName(), o))
}

func identityCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	switch op {
	case bc.Eq:
		if a == b {
			return True
		}
	case bc.Ne:
		if a == b {
			return False
		}
	}
	return NotImplemented
}

func functionRepr(t *Thread, o *Object) *Object {
	return t.NewStr(fmt.Sprintf("<function %s at %p>", asFunction(o).QualName, o))
}

func methodRepr(t *Thread, o *Object) *Object {
	m := asMethod(o)
	name := "?"
	if m.Func.kind == KindFunction {
		name = asFunction(m.Func).QualName
	}
	r, ok := t.ReprString(m.Self)
	if !ok {
		return nil
	}
	return t.NewStr("<bound method " + name + " of " + r + ">")
}

func methodGetAttr(t *Thread, o *Object, name *Str) *Object {
	m := asMethod(o)
	switch name.S {
	case "__self__":
		return t.NewRef(m.Self)
	case "__func__":
		return t.NewRef(m.Func)
	}
	return t.GetAttr(m.Func, name)
}

func moduleGetAttr(t *Thread, o *Object, name *Str) *Object { return moduleGetAttrOf(t, o, name) }

func moduleSetAttr(t *Thread, o *Object, name *Str, v *Object) bool {
	return moduleSetAttrOf(t, o, name, v)
}

func moduleRepr(t *Thread, o *Object) *Object { return moduleReprOf(t, o) }

func init() {
	buildClassBuiltin = newStaticBuiltin("__build_class__", buildClass)
	registerType(&PropertyType)
	registerType(&StaticMethodType)
	registerType(&ClassMethodType)
	registerType(&SuperType)
	for _, tp := range []*Type{&PropertyType, &StaticMethodType, &ClassMethodType, &SuperType} {
		tp.Dealloc = deallocWrapper
	}
	PropertyType.New = newProperty
	PropertyType.def("getter", propertyCopy(0))
	PropertyType.def("setter", propertyCopy(1))
	PropertyType.def("deleter", propertyCopy(2))
	StaticMethodType.New = newStaticMethod
	StaticMethodType.Call = func(t *Thread, o *Object, args []*Object, kwnames []*Str) *Object {
		return t.Call(asWrapper(o).a, args, kwnames)
	}
	ClassMethodType.New = newStaticMethod
	SuperType.New = newSuper
	SuperType.GetAttr = superGetAttr
	SuperType.Repr = superRepr

	ObjectType.New = objectNew
	ObjectType.Repr = objectRepr
	ObjectType.Compare = identityCompare
	ObjectType.Hash = func(t *Thread, o *Object) (int64, bool) { return int64(uintptrOf(o) >> 4), true }
	ObjectType.GetAttr = instanceGetAttr
	ObjectType.SetAttr = instanceSetAttr
	ObjectType.Dealloc = deallocInstance

	TypeType.Call = callType
	TypeType.GetAttr = typeGetAttr
	TypeType.SetAttr = typeSetAttr
	TypeType.Repr = typeRepr
	TypeType.GetItem = typeGetItem
	TypeType.Dealloc = deallocClass
	TypeType.Hash = ObjectType.Hash

	FunctionType.Dealloc = deallocFunction
	FunctionType.Repr = functionRepr
	FunctionType.GetAttr = functionGetAttr
	FunctionType.SetAttr = functionSetAttr
	BuiltinType.Dealloc = deallocBuiltin
	BuiltinType.Repr = builtinRepr
	MethodType.Dealloc = deallocMethod
	MethodType.Repr = methodRepr
	MethodType.GetAttr = methodGetAttr
	ModuleType.Dealloc = deallocModule
	ModuleType.GetAttr = moduleGetAttr
	ModuleType.SetAttr = moduleSetAttr
	ModuleType.Repr = moduleRepr
	CellType.Dealloc = deallocCell
	for _, tp := range ExceptionTypes {
		tp.Dealloc = deallocException
	}
}

// getitemIterType iterates an object that has __getitem__ but no
// __iter__, by index until IndexError (CPython's old sequence protocol).
var getitemIterType = Type{Name: "iterator", InstanceKind: KindOther}

// NewSeqIterGeneric returns an iterator over o[0], o[1], ... until IndexError.
func (t *Thread) NewSeqIterGeneric(o *Object) *Object {
	w := t.newWrapper(&getitemIterType, o, nil, nil)
	asWrapper(w).b = nil
	return w
}

func init() {
	registerType(&getitemIterType)
	getitemIterType.Dealloc = func(t *Thread, o *Object) {
		w := asWrapper(o)
		seq, idx := w.a, w.b
		w.a, w.b = nil, nil
		t.XDecref(seq)
		t.XDecref(idx)
		t.recycle(o)
	}
	getitemIterType.Iter = func(t *Thread, o *Object) *Object { return t.NewRef(o) }
	getitemIterType.Next = func(t *Thread, o *Object) *Object {
		w := asWrapper(o)
		if w.a == nil {
			return nil
		}
		var i int64
		if w.b != nil {
			i, _ = IntValue(w.b)
			t.Decref(w.b)
		}
		w.b = t.NewInt(i + 1)
		idx := t.NewInt(i)
		v := t.GetItem(w.a, idx)
		t.Decref(idx)
		if v == nil && (t.ExcMatches(&IndexErrorType) || t.ExcMatches(&StopIterationType)) {
			t.ClearExc()
			seq := w.a
			w.a = nil
			t.Decref(seq)
		}
		return v
	}
}
