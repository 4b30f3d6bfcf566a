package core

// __build_class__, as CPython's builtin___build_class__ (Python/bltinmodule.c)
// does it: the bases' __mro_entries__, the metaclass calculation, the
// metaclass's __prepare__, the class body run in the namespace it returned,
// then the metaclass called with (name, bases, namespace, **kwds).

// buildClassBuiltin is __build_class__(body, name, *bases, **kwds).
// (Set in init: buildClass runs class bodies through the eval loop, which
// refers back to this variable.)
var buildClassBuiltin *Builtin

var dunderOrigBases = Intern("__orig_bases__")

func buildClass(t *Thread, args []*Object, kwnames []*Str) *Object {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return t.RaiseMsg(&TypeErrorType, "__build_class__: not enough arguments")
	}
	if args[0].kind != KindFunction {
		return t.RaiseMsg(&TypeErrorType, "__build_class__: func must be a function")
	}
	if args[1].kind != KindStr {
		return t.RaiseMsg(&TypeErrorType, "__build_class__: name is not a string")
	}
	body, nameObj := asFunction(args[0]), args[1]
	orig := args[2:npos]
	bases, changed, ok := t.updateBases(orig)
	if !ok {
		return nil
	}
	defer t.releaseAll(bases)
	var meta *Object
	var kwArgs []*Object
	var kwNames []*Str
	for i, n := range kwnames {
		if n.S == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwArgs = append(kwArgs, args[npos+i])
		kwNames = append(kwNames, n)
	}
	isClass := true
	switch {
	case meta == nil && len(bases) == 0:
		meta = &TypeType.Object
	case meta == nil:
		meta = &bases[0].typ.Object
	default:
		isClass = meta.kind == KindType
	}
	if isClass {
		w := t.calculateMeta(asType(meta), bases)
		if w == nil {
			return nil
		}
		meta = &w.Object
	}
	t.Incref(meta)
	defer t.Decref(meta)
	basesTuple := t.TupleOf(bases...)
	defer t.Decref(basesTuple)

	ns := t.prepareNamespace(meta, isClass, nameObj, basesTuple, kwArgs, kwNames)
	if ns == nil {
		return nil
	}
	defer t.Decref(ns)
	if !t.runClassBody(body, ns) {
		return nil
	}
	if changed {
		o := t.TupleOf(orig...)
		ok := t.SetItem(ns, &dunderOrigBases.Object, o)
		t.Decref(o)
		if !ok {
			return nil
		}
	}
	cell := t.classCellOf(ns)
	if cell == nil && t.Failed() {
		return nil
	}
	callArgs := append([]*Object{nameObj, basesTuple, ns}, kwArgs...)
	cls := t.Call(meta, callArgs, kwNames)
	if cell != nil {
		defer t.Decref(cell)
		if cls != nil && cls.kind == KindType && asCell(cell).V != cls {
			name, _ := t.ReprString(nameObj)
			r, _ := t.ReprString(cls)
			t.Decref(cls)
			if asCell(cell).V == nil {
				return t.RaiseMsg(&RuntimeErrorType, "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?", name, r)
			}
			v, _ := t.ReprString(asCell(cell).V)
			return t.RaiseMsg(&TypeErrorType, "__class__ set to %s defining %s as %s", v, name, r)
		}
	}
	return cls
}

// updateBases replaces the bases that are not classes but have
// __mro_entries__ by what it returns (PEP 560), as CPython's update_bases
// does. It returns new references; changed reports a replacement.
func (t *Thread) updateBases(orig []*Object) (bases []*Object, changed, ok bool) {
	var origTuple *Object
	defer func() { t.XDecref(origTuple) }()
	for _, b := range orig {
		if b.kind == KindType {
			bases = append(bases, t.NewRef(b))
			continue
		}
		meth, found := t.LookupAttr(b, "__mro_entries__")
		if !found {
			t.releaseAll(bases)
			return nil, false, false
		}
		if meth == nil {
			bases = append(bases, t.NewRef(b))
			continue
		}
		if origTuple == nil {
			origTuple = t.TupleOf(orig...)
		}
		r := t.Call(meth, []*Object{origTuple}, nil)
		t.Decref(meth)
		if r == nil {
			t.releaseAll(bases)
			return nil, false, false
		}
		if r.kind != KindTuple {
			t.Decref(r)
			t.releaseAll(bases)
			t.RaiseMsg(&TypeErrorType, "__mro_entries__ must return a tuple")
			return nil, false, false
		}
		for _, x := range asTuple(r).Items {
			bases = append(bases, t.NewRef(x))
		}
		t.Decref(r)
		changed = true
	}
	return bases, changed, true
}

// calculateMeta returns the most derived metaclass among meta and the
// types of the bases, or raises CPython's "metaclass conflict" TypeError.
// It returns a borrowed reference.
func (t *Thread) calculateMeta(meta *Type, bases []*Object) *Type {
	winner := meta
	for _, b := range bases {
		bt := b.typ
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		t.RaiseMsg(&TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		return nil
	}
	return winner
}

// prepareNamespace calls meta.__prepare__(name, bases, **kwds), or makes a
// dict when the metaclass has none, and checks that the result is a
// mapping. It returns a new reference.
func (t *Thread) prepareNamespace(meta *Object, isClass bool, name, bases *Object, kwArgs []*Object, kwNames []*Str) *Object {
	prep, ok := t.LookupAttr(meta, "__prepare__")
	if prep == nil {
		if !ok {
			return nil
		}
		return &t.NewDict().Object
	}
	ns := t.Call(prep, append([]*Object{name, bases}, kwArgs...), kwNames)
	t.Decref(prep)
	if ns == nil {
		return nil
	}
	if ns.typ.GetItem == nil {
		who := "<metaclass>"
		if isClass {
			who = asType(meta).Name
		}
		tn := ns.typ.Name
		t.Decref(ns)
		return t.RaiseMsg(&TypeErrorType, "%s.__prepare__() must return a mapping, not %s", who, tn)
	}
	return ns
}

// runClassBody runs a class body with ns as its namespace: a dict is read
// and written directly, any other mapping through __getitem__ and
// __setitem__ (as CPython's LOAD_NAME and STORE_NAME do).
func (t *Thread) runClassBody(body *Function, ns *Object) bool {
	f := t.newFrame(body.Code, body, body.Globals)
	if ns.typ == &DictType {
		f.nsDict = asDict(t.NewRef(ns))
	} else {
		f.nsObj = t.NewRef(ns)
	}
	if body.Code.ncells > 0 {
		t.initCells(body, f)
	}
	r := t.run(f)
	if r == nil {
		return false
	}
	t.Decref(r)
	return true
}

// classCellOf returns a new reference to the __classcell__ cell the class
// body stored in ns, or nil (with an exception only when reading ns
// failed with something other than KeyError).
func (t *Thread) classCellOf(ns *Object) *Object {
	var v *Object
	if ns.typ == &DictType {
		v = asDict(ns).GetStr(t, dunderClasscell)
	} else {
		v = t.GetItem(ns, &dunderClasscell.Object)
		if v == nil {
			if t.ExcMatches(&KeyErrorType) {
				t.ClearExc()
			}
			return nil
		}
	}
	if v != nil && v.kind != KindCell {
		t.Decref(v)
		return nil
	}
	return v
}
