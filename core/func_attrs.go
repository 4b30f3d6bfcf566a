package core

// The attributes of function objects (CPython's func_memberlist and
// func_getsetlist: __code__, __globals__, __closure__, __defaults__,
// __kwdefaults__, __name__, __qualname__, __module__, __doc__,
// __annotations__, __dict__, __builtins__), and types.FunctionType(code,
// globals, name, argdefs, closure).

// initFunctionAttrs gives a new function the attributes CPython's
// PyFunction_New takes from its code and globals: __doc__ (the code's
// docstring) and __module__ (globals['__name__']).
func (t *Thread) initFunctionAttrs(fn *Function) {
	if fn.Code.HasDoc {
		fn.Doc = &Intern(fn.Code.Doc).Object
	}
	if m := fn.Globals.GetStr(t, dunderName); m != nil {
		fn.Module = m
	}
}

// releaseFunctionAttrs drops the references of the attributes above.
func (t *Thread) releaseFunctionAttrs(fn *Function) {
	doc, mod, ann := fn.Doc, fn.Module, fn.Annotations
	fn.Doc, fn.Module, fn.Annotations = nil, nil, nil
	t.XDecref(doc)
	t.XDecref(mod)
	t.XDecref(ann)
	t.Decref(&fn.Code.Object)
}

// functionGetAttr is PyObject_GenericGetAttr for functions: the data
// descriptors of the function type, then the function's __dict__, then
// the type's other attributes.
func functionGetAttr(t *Thread, o *Object, name *Str) *Object {
	f := asFunction(o)
	cv := t.lookupType(o.typ, name)
	if cv != nil && isDataDescriptor(cv) {
		return descriptorGet(t, cv, o)
	}
	if f.Dict != nil {
		if v := f.Dict.GetStr(t, name); v != nil {
			return v
		}
	}
	if cv != nil {
		return t.bindAttr(cv, o)
	}
	return t.RaiseMsg(&AttributeErrorType, "'function' object has no attribute '%s'", name.S)
}

// functionSetAttr sets a function attribute: a descriptor's setter, or
// the function's __dict__.
func functionSetAttr(t *Thread, o *Object, name *Str, v *Object) bool {
	if cv := t.lookupType(o.typ, name); cv != nil && isAttrDescr(cv) {
		return attrDescrSet(t, cv, o, v)
	}
	f := asFunction(o)
	if v == nil {
		if f.Dict != nil {
			if found, _ := f.Dict.Delete(t, &name.Object); found {
				return true
			}
		}
		t.RaiseMsg(&AttributeErrorType, "'function' object has no attribute '%s'", name.S)
		return false
	}
	if f.Dict == nil {
		f.Dict = t.NewDict()
	}
	f.Dict.SetStr(t, name, v)
	return true
}

// swapRef replaces *p with v (nil: unset), taking a new reference.
func (t *Thread) swapRef(p **Object, v *Object) {
	if v != nil {
		t.Incref(v)
	}
	old := *p
	*p = v
	t.XDecref(old)
}

// functionAnnotations returns fn's __annotations__ dict (borrowed),
// creating it on first use: empty, or from MAKE_FUNCTION's tuple of names
// and values.
func (t *Thread) functionAnnotations(fn *Function) *Object {
	switch {
	case fn.Annotations == nil:
		fn.Annotations = &t.NewDict().Object
	case fn.Annotations.kind == KindTuple:
		items := asTuple(fn.Annotations).Items
		d := t.NewDict()
		for i := 0; i+1 < len(items); i += 2 {
			if !d.Set(t, items[i], items[i+1]) {
				t.Decref(&d.Object)
				return nil
			}
		}
		old := fn.Annotations
		fn.Annotations = &d.Object
		t.Decref(old)
	}
	return fn.Annotations
}

func funcGetSets() []GetSetDef {
	fnOf := func(o *Object) *Function { return asFunction(o) }
	return []GetSetDef{
		{Name: "__code__", Get: func(t *Thread, o *Object) *Object { return t.NewRef(&fnOf(o).Code.Object) },
			Set: func(t *Thread, o, v *Object) bool {
				f := fnOf(o)
				if v == nil || v.typ != &CodeType {
					t.RaiseMsg(&TypeErrorType, "__code__ must be set to a code object")
					return false
				}
				c := asCode(v)
				if nfree := len(c.FreeVars); nfree != len(f.Closure) {
					t.RaiseMsg(&ValueErrorType, "%s() requires a code object with %d free vars, not %d", f.Name.S, len(f.Closure), nfree)
					return false
				}
				t.Incref(v)
				old := f.Code
				f.Code = c
				t.Decref(&old.Object)
				return true
			}},
		{Name: "__globals__", Get: func(t *Thread, o *Object) *Object { return t.NewRef(&fnOf(o).Globals.Object) }},
		{Name: "__builtins__", Get: func(t *Thread, o *Object) *Object { return t.NewRef(&t.vm.builtins.Object) }},
		{Name: "__closure__", Get: func(t *Thread, o *Object) *Object {
			if f := fnOf(o); len(f.Closure) > 0 {
				return t.TupleOf(f.Closure...)
			}
			return None
		}},
		{Name: "__defaults__", Get: func(t *Thread, o *Object) *Object {
			if f := fnOf(o); len(f.Defaults) > 0 {
				return t.TupleOf(f.Defaults...)
			}
			return None
		}, Set: func(t *Thread, o, v *Object) bool {
			f := fnOf(o)
			if v != nil && v != None && v.kind != KindTuple {
				t.RaiseMsg(&TypeErrorType, "__defaults__ must be set to a tuple object")
				return false
			}
			var items []*Object
			if v != nil && v != None {
				items = t.seqSnapshot(v)
			}
			old := f.Defaults
			f.Defaults = items
			t.releaseAll(old)
			return true
		}},
		{Name: "__kwdefaults__", Get: func(t *Thread, o *Object) *Object {
			if f := fnOf(o); f.KwDefaults != nil {
				return t.NewRef(&f.KwDefaults.Object)
			}
			return None
		}, Set: func(t *Thread, o, v *Object) bool {
			f := fnOf(o)
			if v == None {
				v = nil
			}
			if v != nil && v.kind != KindDict {
				t.RaiseMsg(&TypeErrorType, "__kwdefaults__ must be set to a dict object")
				return false
			}
			if v != nil {
				t.Incref(v)
			}
			old := f.KwDefaults
			f.KwDefaults = nil
			if v != nil {
				f.KwDefaults = asDict(v)
			}
			if old != nil {
				t.Decref(&old.Object)
			}
			return true
		}},
		{Name: "__annotations__", Get: func(t *Thread, o *Object) *Object {
			return t.XNewRef(t.functionAnnotations(fnOf(o)))
		}, Set: func(t *Thread, o, v *Object) bool {
			if v == None {
				v = nil
			}
			if v != nil && v.kind != KindDict {
				t.RaiseMsg(&TypeErrorType, "__annotations__ must be set to a dict object")
				return false
			}
			t.swapRef(&fnOf(o).Annotations, v)
			return true
		}},
		{Name: "__dict__", Get: func(t *Thread, o *Object) *Object {
			f := fnOf(o)
			if f.Dict == nil {
				f.Dict = t.NewDict()
			}
			return t.NewRef(&f.Dict.Object)
		}, Set: func(t *Thread, o, v *Object) bool {
			if v == nil {
				t.RaiseMsg(&TypeErrorType, "cannot delete __dict__")
				return false
			}
			if v.kind != KindDict {
				t.RaiseMsg(&TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", v.typ.Name)
				return false
			}
			f := fnOf(o)
			t.Incref(v)
			old := f.Dict
			f.Dict = asDict(v)
			if old != nil {
				t.Decref(&old.Object)
			}
			return true
		}},
		{Name: "__name__", Get: func(t *Thread, o *Object) *Object { return t.NewRef(&fnOf(o).Name.Object) },
			Set: func(t *Thread, o, v *Object) bool {
				if v == nil || !v.typ.IsSubtype(&StrType) {
					t.RaiseMsg(&TypeErrorType, "__name__ must be set to a string object")
					return false
				}
				fnOf(o).Name = Intern(asStr(v).S)
				return true
			}},
		{Name: "__qualname__", Get: func(t *Thread, o *Object) *Object { return t.NewStr(fnOf(o).QualName) },
			Set: func(t *Thread, o, v *Object) bool {
				if v == nil || !v.typ.IsSubtype(&StrType) {
					t.RaiseMsg(&TypeErrorType, "__qualname__ must be set to a string object")
					return false
				}
				fnOf(o).QualName = asStr(v).S
				return true
			}},
		{Name: "__doc__", Get: func(t *Thread, o *Object) *Object { return t.NewRef(orNone(fnOf(o).Doc)) },
			Set: func(t *Thread, o, v *Object) bool { t.swapRef(&fnOf(o).Doc, v); return true }},
		{Name: "__module__", Get: func(t *Thread, o *Object) *Object { return t.NewRef(orNone(fnOf(o).Module)) },
			Set: func(t *Thread, o, v *Object) bool { t.swapRef(&fnOf(o).Module, v); return true }},
	}
}

// functionNew is types.FunctionType(code, globals, name=None,
// argdefs=None, closure=None).
func functionNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	var code, globals, name, argdefs, closure *Object
	if !t.ParseArgs("function", args, kwnames, []string{"code", "globals", "name", "argdefs", "closure"}, 2,
		&code, &globals, &name, &argdefs, &closure) {
		return nil
	}
	if code.typ != &CodeType {
		return t.RaiseMsg(&TypeErrorType, "function() argument 'code' must be code, not %s", code.typ.Name)
	}
	if globals.kind != KindDict {
		return t.RaiseMsg(&TypeErrorType, "function() argument 'globals' must be dict, not %s", globals.typ.Name)
	}
	name, argdefs, closure = orNone(name), orNone(argdefs), orNone(closure)
	if name != None && !name.typ.IsSubtype(&StrType) {
		return t.RaiseMsg(&TypeErrorType, "arg 3 (name) must be None or string")
	}
	if argdefs != None && argdefs.kind != KindTuple {
		return t.RaiseMsg(&TypeErrorType, "arg 4 (defaults) must be None or tuple")
	}
	c := asCode(code)
	if closure.kind != KindTuple {
		if len(c.FreeVars) > 0 && closure == None {
			return t.RaiseMsg(&TypeErrorType, "arg 5 (closure) must be tuple")
		} else if closure != None {
			return t.RaiseMsg(&TypeErrorType, "arg 5 (closure) must be None or tuple")
		}
	}
	var cells []*Object
	if closure != None {
		cells = asTuple(closure).Items
	}
	if len(c.FreeVars) != len(cells) {
		return t.RaiseMsg(&ValueErrorType, "%s requires closure of length %d, not %d", c.Name, len(c.FreeVars), len(cells))
	}
	for _, cell := range cells {
		if cell.kind != KindCell {
			return t.RaiseMsg(&TypeErrorType, "arg 5 (closure) expected cell, found %s", cell.typ.Name)
		}
	}
	fn := t.makeFunction(c, asDict(globals))
	if name != None {
		fn.Name = Intern(asStr(name).S)
	}
	if argdefs != None {
		fn.Defaults = t.seqSnapshot(argdefs)
	}
	if len(cells) > 0 {
		fn.Closure = t.seqSnapshot(closure)
	}
	return &fn.Object
}

// readonlyMembers are the function members CPython declares READONLY
// (their setter's message is "readonly attribute").
var readonlyMembers = map[string]bool{"__globals__": true, "__closure__": true, "__builtins__": true}

func init() {
	for _, g := range funcGetSets() {
		if readonlyMembers[g.Name] {
			FunctionType.defReadonlyMember(g.Name, g.Get)
			continue
		}
		FunctionType.defGetSet(g)
	}
	FunctionType.New = functionNew
}

// defReadonlyMember declares a read-only member descriptor computed by get
// (for fields whose Go type is not a plain *Object).
func (tp *Type) defReadonlyMember(name string, get func(t *Thread, o *Object) *Object) {
	d := &attrDescr{name: name, owner: tp, get: get}
	d.rc, d.kind, d.flags, d.typ, d.tid = 1, KindOther, flagImmortal, &MemberDescriptorType, immortalTid
	pendingDescrs = append(pendingDescrs, pendingDescr{tp, d})
}
