package core

// The module type's operations: module(name, doc=None), repr as
// importlib._bootstrap._module_repr computes it (from the module's __spec__
// when it has one, else from its __loader__ and __file__), attribute
// access with PEP 562's module __getattr__.

var moduleNewSig = NewSignature("module", "name", "doc=")

// moduleNew is module(name, doc=None) (types.ModuleType).
func moduleNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	var name, doc *Object
	if !moduleNewSig.Parse(t, args, kwnames, &name, &doc) {
		return nil
	}
	s, ok := StrValue(name)
	if !ok {
		return t.RaiseMsg(&TypeErrorType, "module.__init__() argument 'name' must be str, not %s", name.typ.tpName())
	}
	m := t.newModule(s)
	if doc != nil {
		m.SetAttrString(t, "__doc__", doc)
	}
	return &m.Object
}

func init() { ModuleType.New = moduleNew }

// moduleSetAttrOf stores or deletes a module attribute.
func moduleSetAttrOf(t *Thread, o *Object, name *Str, v *Object) bool {
	m := asModule(o)
	if v == nil {
		found, _ := m.Dict.Delete(t, &name.Object)
		if !found {
			t.RaiseMsg(&AttributeErrorType, "'module' object has no attribute '%s'", name.S)
		}
		return found
	}
	m.Dict.SetStr(t, name, v)
	return true
}

func moduleReprOf(t *Thread, o *Object) *Object {
	loader, ok := t.LookupAttr(o, "__loader__")
	if !ok {
		return nil
	}
	defer t.XDecref(loader)
	spec, ok := t.LookupAttr(o, "__spec__")
	if !ok {
		return nil
	}
	if spec != nil {
		defer t.Decref(spec)
		if truth, ok := t.Truth(spec); !ok {
			return nil
		} else if truth {
			return moduleReprFromSpec(t, spec)
		}
	}
	name := "?"
	if n, ok := t.LookupAttr(o, "__name__"); !ok {
		return nil
	} else if n != nil {
		s, ok := t.StrString(n)
		t.Decref(n)
		if !ok {
			return nil
		}
		name = s
	}
	nameRepr := quoteStr(name)
	if loader == &BuiltinImporterType.Object {
		// BuiltinImporter.module_repr
		return t.NewStr("<module " + nameRepr + " (built-in)>")
	}
	file, ok := t.LookupAttr(o, "__file__")
	if !ok {
		return nil
	}
	if file == nil {
		if loader == nil || loader == None {
			return t.NewStr("<module " + nameRepr + ">")
		}
		r, ok := t.ReprString(loader)
		if !ok {
			return nil
		}
		return t.NewStr("<module " + nameRepr + " (" + r + ")>")
	}
	r, ok := t.ReprString(file)
	t.Decref(file)
	if !ok {
		return nil
	}
	return t.NewStr("<module " + nameRepr + " from " + r + ">")
}

// moduleReprFromSpec is _module_repr_from_spec.
func moduleReprFromSpec(t *Thread, spec *Object) *Object {
	get := func(name string) (string, *Object, bool) {
		v := t.GetAttrString(spec, name)
		if v == nil {
			return "", nil, false
		}
		if v == None {
			return "", v, true
		}
		r, ok := t.ReprString(v)
		if !ok {
			t.Decref(v)
			return "", nil, false
		}
		return r, v, true
	}
	name, nv, ok := get("name")
	if !ok {
		return nil
	}
	defer t.Decref(nv)
	if nv == None {
		name = "'?'"
	}
	origin, ov, ok := get("origin")
	if !ok {
		return nil
	}
	defer t.Decref(ov)
	if ov == None {
		loader, lv, ok := get("loader")
		if !ok {
			return nil
		}
		defer t.Decref(lv)
		if lv == None {
			return t.NewStr("<module " + name + ">")
		}
		return t.NewStr("<module " + name + " (" + loader + ")>")
	}
	has := t.GetAttrString(spec, "has_location")
	if has == nil {
		return nil
	}
	defer t.Decref(has)
	if b, ok := t.Truth(has); !ok {
		return nil
	} else if b {
		return t.NewStr("<module " + name + " from " + origin + ">")
	}
	s, ok := t.StrString(ov)
	if !ok {
		return nil
	}
	return t.NewStr("<module " + name + " (" + s + ")>")
}

// moduleGetAttrOf is module.__getattribute__ (CPython's module_getattro):
// the namespace, then __dict__ and __class__, then a module-level
// __getattr__ (PEP 562), else AttributeError — mentioning a circular
// import when the module is still being initialised.
func moduleGetAttrOf(t *Thread, o *Object, name *Str) *Object {
	m := asModule(o)
	if v := m.Dict.GetStr(t, name); v != nil {
		return v
	}
	switch name.S {
	case "__dict__":
		return t.NewRef(&m.Dict.Object)
	case "__class__":
		return t.NewRef(&o.typ.Object)
	}
	if v := t.lookupType(o.typ, name); v != nil {
		return t.bindAttr(v, o)
	}
	if ga := m.Dict.GetStr(t, Intern("__getattr__")); ga != nil {
		r := t.Call(ga, []*Object{&name.Object}, nil)
		t.Decref(ga)
		return r
	}
	modName := m.Name
	if n := m.Dict.GetStr(t, dunderName); n != nil {
		if s, ok := StrValue(n); ok {
			modName = s
		}
		t.Decref(n)
	}
	spec := m.Dict.GetStr(t, Intern("__spec__"))
	initializing := spec != nil && t.specInitializing(spec)
	t.XDecref(spec)
	if initializing {
		return t.RaiseMsg(&AttributeErrorType, "partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", modName, name.S)
	}
	return t.RaiseMsg(&AttributeErrorType, "module '%s' has no attribute '%s'", modName, name.S)
}
