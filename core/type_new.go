package core

// type.__new__(meta, name, bases, namespace, **kwds), as CPython's
// type_new (Objects/typeobject.c): the metaclass calculation, the best
// base (the one whose instance layout the class extends), the C3 MRO, a
// copy of the namespace with __qualname__ and __classcell__ taken out and
// __new__, __init_subclass__ and __class_getitem__ wrapped, then
// __set_name__ on the attributes and the bases' __init_subclass__.

var (
	dunderNew          = Intern("__new__")
	dunderQualname     = Intern("__qualname__")
	dunderInitSubclass = Intern("__init_subclass__")
	dunderClassGetitem = Intern("__class_getitem__")
	dunderSetName      = Intern("__set_name__")
	dunderCallName     = Intern("__call__")
)

// typeNew creates a class whose metaclass is meta. args are (name, bases,
// namespace) followed by the keyword arguments' values, which go to
// __init_subclass__.
func (t *Thread) typeNew(meta *Type, args []*Object, kwnames []*Str) *Object {
	npos := len(args) - len(kwnames)
	if npos != 3 {
		return t.RaiseMsg(&TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)", npos)
	}
	if args[0].kind != KindStr {
		return t.RaiseMsg(&TypeErrorType, "type.__new__() argument 1 must be str, not %s", args[0].typ.Name)
	}
	if args[1].kind != KindTuple {
		return t.RaiseMsg(&TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", args[1].typ.Name)
	}
	if args[2].kind != KindDict {
		return t.RaiseMsg(&TypeErrorType, "type.__new__() argument 3 must be dict, not %s", args[2].typ.Name)
	}
	name := asStr(args[0]).S
	baseObjs := asTuple(args[1]).Items
	winner := t.calculateMeta(meta, baseObjs)
	if winner == nil {
		return nil
	}
	if winner != meta {
		if nf := t.lookupType(winner, dunderNew); nf != nil && nf != typeNewBuiltin {
			// The winner has its own __new__: let it create the class.
			return t.callNew(nf, winner, args, kwnames)
		}
		meta = winner
	}
	var bases []*Type
	for _, b := range baseObjs {
		if b.kind != KindType {
			return t.RaiseMsg(&TypeErrorType, "bases must be types")
		}
		bases = append(bases, asType(b))
	}
	if len(bases) == 0 {
		bases = []*Type{&ObjectType}
	}
	for i, b := range bases {
		for _, c := range bases[:i] {
			if c == b {
				return t.RaiseMsg(&TypeErrorType, "duplicate base class %s", b.Name)
			}
		}
	}
	base := t.bestBase(bases)
	if base == nil {
		return nil
	}
	ns := t.copyNamespace(asDict(args[2]))
	if ns == nil {
		return nil
	}
	cls, ok := t.newHeapType(meta, name, bases, base, ns)
	if !ok {
		return nil
	}
	if !t.setNames(cls) || !t.initSubclass(cls, args[3:], kwnames) {
		t.Decref(&cls.Object)
		return nil
	}
	return &cls.Object
}

// copyNamespace copies a class namespace into a new dict, the class's
// own: later changes to the namespace do not reach the class.
func (t *Thread) copyNamespace(src *Dict) *Dict {
	ns := t.NewDict()
	keys, values := src.Items(t)
	defer t.releaseAll(keys)
	defer t.releaseAll(values)
	for i, k := range keys {
		if !ns.Set(t, k, values[i]) {
			t.Decref(&ns.Object)
			return nil
		}
	}
	return ns
}

// bestBase picks the base whose instance layout the new class extends,
// as CPython's best_base does, refusing bases that cannot be derived
// from and bases whose layouts conflict.
func (t *Thread) bestBase(bases []*Type) *Type {
	var winner, base, unsupported *Type
	for _, b := range bases {
		ok, supported := t.acceptableBase(b)
		if !ok {
			return nil
		}
		if !supported && unsupported == nil {
			unsupported = b
		}
		cand := solidBase(b)
		switch {
		case winner == nil:
			winner, base = cand, b
		case winner.IsSubtype(cand):
		case cand.IsSubtype(winner):
			winner, base = cand, b
		default:
			t.RaiseMsg(&TypeErrorType, "multiple bases have instance lay-out conflict")
			return nil
		}
	}
	if unsupported != nil {
		t.RaiseMsg(&TypeErrorType, "subclassing the built-in type '%s' is not supported by rcvm", unsupported.Name)
		return nil
	}
	return base
}

// acceptableBase reports whether programs may derive classes from b,
// raising TypeError otherwise; supported is false for a built-in type
// CPython lets programs derive from but rcvm does not yet.
func (t *Thread) acceptableBase(b *Type) (ok, supported bool) {
	switch {
	case b.Heap || b == &ObjectType || b == &TypeType || b.IsException:
		return true, true
	case b == &PropertyType || b == &StaticMethodType || b == &ClassMethodType:
		return true, true
	case b.layout != nil && b.subclassable:
		return true, true
	case subLayouts[b] != nil:
		return true, true
	case b.layout != nil || !builtinSubclassable[b]:
		t.RaiseMsg(&TypeErrorType, "type '%s' is not an acceptable base type", b.tpName())
		return false, false
	}
	return true, false
}

// builtinSubclassable are the core types CPython lets programs derive
// from (Py_TPFLAGS_BASETYPE) whose subclasses rcvm does not build yet.
var builtinSubclassable = map[*Type]bool{
	&SuperType: true,
}

// solidBase is the most derived type along tp's base chain that adds to
// the instance layout (CPython's solid_base): classes defined by programs
// add nothing (they have no __slots__ here), built-in types their own
// layout, exception classes their own fields.
func solidBase(tp *Type) *Type {
	for {
		if tp.Heap {
			if tp.ownSlots > 0 {
				return tp
			}
			tp = tp.Base
			continue
		}
		b := tp.Base
		if b == nil {
			return tp
		}
		if tp.IsException && b.IsException && layoutOf(tp) == layoutOf(b) {
			tp = b
			continue
		}
		if !tp.IsException && tp.layout == b.layout && tp.InstanceKind == b.InstanceKind && tp != &TypeType {
			tp = b
			continue
		}
		return tp
	}
}

// newHeapType creates the class object from its namespace (whose
// reference it takes over): the names CPython's type_new takes out of the
// namespace, the MRO, the slots and the layout.
func (t *Thread) newHeapType(meta *Type, name string, bases []*Type, base *Type, ns *Dict) (*Type, bool) {
	cls := &Type{Name: name, qualname: name, Base: base, Dict: ns, Heap: true, IsException: base.IsException, InstanceKind: KindInstance}
	fail := func() (*Type, bool) {
		t.Decref(&ns.Object)
		return nil, false
	}
	if q := ns.GetStr(t, dunderQualname); q != nil {
		if q.kind != KindStr {
			t.RaiseMsg(&TypeErrorType, "type __qualname__ must be a str, not %s", q.typ.Name)
			t.Decref(q)
			return fail()
		}
		cls.qualname = asStr(q).S
		t.Decref(q)
		ns.Delete(t, &dunderQualname.Object)
	}
	if !t.refuseUnsupported(name, ns) || !t.setupSlots(cls, base, ns) {
		return fail()
	}
	if !t.wrapImplicit(ns, dunderNew, &StaticMethodType) ||
		!t.wrapImplicit(ns, dunderInitSubclass, &ClassMethodType) ||
		!t.wrapImplicit(ns, dunderClassGetitem, &ClassMethodType) {
		return fail()
	}
	if mod := ns.GetStr(t, dunderModule); mod != nil {
		if mod.kind == KindStr {
			cls.Module = asStr(mod).S
		}
		t.Decref(mod)
	} else if f := t.frame; f != nil && f.globals != nil {
		if n := f.globals.GetStr(t, dunderName); n != nil {
			ns.SetStr(t, dunderModule, n)
			if n.kind == KindStr {
				cls.Module = asStr(n).S
			}
			t.Decref(n)
		}
	}
	if cls.Module == "" {
		cls.Module = "__main__"
	}
	if t.dictHas(ns, dunderEq) && !t.dictHas(ns, dunderHash) {
		// A class that defines __eq__ but not __hash__ is unhashable
		// (CPython's inherit_slots leaves tp_hash NULL, and
		// type_ready_set_hash stores __hash__ = None).
		ns.SetStr(t, dunderHash, None)
	}
	if doc := ns.GetStr(t, dunderDoc); doc != nil {
		t.Decref(doc)
	} else {
		// A class without a docstring has __doc__ None (type_new_set_doc),
		// not its base's.
		ns.SetStr(t, dunderDoc, None)
	}
	mro, ok := t.c3MRO(cls, bases)
	if !ok {
		return fail()
	}
	cls.MRO = mro
	cls.Bases = bases
	for _, b := range bases {
		t.Incref(&b.Object)
	}
	if cls.IsSubtype(&TypeType) {
		cls.InstanceKind = KindType
	}
	ns.watch = watchType
	setClassSlots(cls)
	if cls.noDict {
		cls.instanceAttrs = false
	}
	if wb := wrapperBaseOf(base); wb != nil {
		cls.wrapperBase, cls.InstanceKind, cls.dictOffset = wb, KindOther, wrapperDictOffset
		cls.instanceAttrs = false
		cls.GetAttr = wrapperGetAttr
		cls.Dealloc = deallocWrapper
	}
	if root := builtinRoot(base); root != nil {
		setupBuiltinSub(cls, root)
	}
	if l := base.layout; l != nil {
		// A class derived from a native type: its instances have the
		// native layout followed by their dict (api_type.go).
		cls.layout, cls.dictOffset, cls.InstanceKind = l, l.dictOffset, base.InstanceKind
		if cls.noDict {
			cls.dictOffset = 0
		}
		cls.instanceAttrs = false
		cls.Dealloc = nativeDealloc
		cls.New = base.New
		if sl := subLayoutOfKind(l.root); sl != nil {
			// The native type derives from a built-in (defaultdict from
			// dict): its slots, its own and those it inherited, serve the
			// class unless the class overrides their dunders.
			native := base
			for native.Heap {
				native = native.Base
			}
			inheritBuiltinSlots(cls, native, sl)
		}
	}
	t.initObject(&cls.Object, KindType, meta)
	if meta.Heap {
		t.Incref(&meta.Object)
	}
	if cell := ns.GetStr(t, dunderClasscell); cell != nil {
		if cell.kind != KindCell {
			t.Decref(cell)
			t.RaiseMsg(&TypeErrorType, "__classcell__ must be a nonlocal cell, not %s", cell.typ.Name)
			t.Decref(&cls.Object)
			return nil, false
		}
		c := asCell(cell)
		old := c.V
		t.Incref(&cls.Object)
		c.V = &cls.Object
		t.XDecref(old)
		ns.Delete(t, &dunderClasscell.Object)
		t.Decref(cell)
	}
	t.vm.classMu.Lock()
	t.vm.classes = append(t.vm.classes, cls)
	t.vm.classMu.Unlock()
	addSubclass(cls)
	return cls, true
}

// wrapImplicit wraps a plain function stored under name in ns in a
// staticmethod or classmethod, as type_new does for __new__,
// __init_subclass__ and __class_getitem__.
func (t *Thread) wrapImplicit(ns *Dict, name *Str, wrap *Type) bool {
	v := ns.GetStr(t, name)
	if v == nil {
		return true
	}
	defer t.Decref(v)
	if v.kind != KindFunction {
		return true
	}
	w := t.newWrapper(wrap, v, nil, nil)
	ns.SetStr(t, name, w)
	t.Decref(w)
	return true
}

// setNames calls __set_name__(cls, name) on every attribute of the new
// class whose type has one (PEP 487).
func (t *Thread) setNames(cls *Type) bool {
	keys, values := cls.Dict.Items(t)
	defer t.releaseAll(keys)
	defer t.releaseAll(values)
	for i, v := range values {
		m := t.lookupType(v.typ, dunderSetName)
		if m == nil {
			continue
		}
		t.Incref(m)
		r := t.callBound(m, v, []*Object{&cls.Object, keys[i]})
		t.Decref(m)
		if r == nil {
			return false
		}
		t.Decref(r)
	}
	return true
}

// callBound calls the attribute m found on self's type as a method of
// self: functions and method descriptors receive self first, other
// descriptors are bound with __get__ first.
func (t *Thread) callBound(m, self *Object, args []*Object) *Object {
	if m.kind == KindFunction || (m.kind == KindBuiltin && asBuiltin(m).self == nil) {
		return t.Call(m, append([]*Object{self}, args...), nil)
	}
	b := t.bindAttr(m, self)
	if b == nil {
		return nil
	}
	r := t.Call(b, args, nil)
	t.Decref(b)
	return r
}

// initSubclass calls super(cls, cls).__init_subclass__(**kwds).
func (t *Thread) initSubclass(cls *Type, kwArgs []*Object, kwnames []*Str) bool {
	m := t.superLookup(cls, &cls.Object, cls, dunderInitSubclass)
	if m == nil {
		return false
	}
	r := t.Call(m, kwArgs, kwnames)
	t.Decref(m)
	if r == nil {
		return false
	}
	t.Decref(r)
	return true
}

// c3MRO computes the C3 linearisation of cls over its bases, raising
// CPython's TypeError when there is none.
func (t *Thread) c3MRO(cls *Type, bases []*Type) ([]*Type, bool) {
	seqs := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, b.MRO)
	}
	seqs = append(seqs, bases)
	mro := []*Type{cls}
	inTail := func(c *Type) bool {
		for _, s := range seqs {
			for _, x := range s[min(1, len(s)):] {
				if x == c {
					return true
				}
			}
		}
		return false
	}
	for {
		empty := true
		var next *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			empty = false
			if !inTail(s[0]) {
				next = s[0]
				break
			}
		}
		if empty {
			return mro, true
		}
		if next == nil {
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			msg := "Cannot create a consistent method resolution\norder (MRO) for bases"
			for i, n := range names {
				if i > 0 {
					msg += ","
				}
				msg += " " + n
			}
			t.RaiseMsg(&TypeErrorType, "%s", msg)
			return nil, false
		}
		mro = append(mro, next)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}
