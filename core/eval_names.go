package core

// The slower halves of the name instructions for frames whose locals are
// not a dict (exec and eval given another mapping), and the instructions
// of interactive code and annotations.

// loadNameMapping is LOAD_NAME's lookup in a frame's locals when they are
// not exactly a dict: locals[name] through the mapping's __getitem__ (a
// new reference), or nil without an exception when it is missing
// (KeyError). A frame without locals (a function made from module code)
// goes on to its globals, the locals of module code.
func (t *Thread) loadNameMapping(f *Frame, name *Str) *Object {
	if f.nsObj == nil {
		return nil
	}
	v := t.GetItem(f.nsObj, &name.Object)
	if v == nil && t.ExcMatches(&KeyErrorType) {
		t.ClearExc()
	}
	return v
}

// storeNameMapping is STORE_NAME for such a frame.
func (t *Thread) storeNameMapping(f *Frame, name *Str, v *Object) bool {
	if f.nsObj != nil {
		return t.SetItem(f.nsObj, &name.Object, v)
	}
	f.globals.SetStr(t, name, v)
	return true
}

// deleteName is DELETE_NAME.
func (t *Thread) deleteName(f *Frame, name *Str) bool {
	var found bool
	switch {
	case f.nsDict != nil:
		found, _ = f.nsDict.Delete(t, &name.Object)
	case f.nsObj != nil:
		if t.SetItem(f.nsObj, &name.Object, nil) {
			return true
		}
		if !t.ExcMatches(&KeyErrorType) {
			return false
		}
		t.ClearExc()
	default:
		found, _ = f.globals.Delete(t, &name.Object)
	}
	if !found {
		t.RaiseMsg(&NameErrorType, "name '%s' is not defined", name.S)
	}
	return found
}

// printExpr is PRINT_EXPR: sys.displayhook(v).
func (t *Thread) printExpr(v *Object) bool {
	hook := t.sysAttr("displayhook")
	if hook == nil {
		return false
	}
	r := t.Call(hook, []*Object{v}, nil)
	t.Decref(hook)
	t.XDecref(r)
	return r != nil
}

// setupAnnotations is SETUP_ANNOTATIONS: an empty __annotations__ dict in
// the frame's locals unless they have one.
func (t *Thread) setupAnnotations(f *Frame) bool {
	ns := f.namespace()
	if ns == nil {
		t.RaiseMsg(&SystemErrorType, "no locals found when setting up annotations")
		return false
	}
	key := &dunderAnnotations.Object
	if ns.typ == &DictType {
		if v := asDict(ns).GetStr(t, dunderAnnotations); v != nil {
			t.Decref(v)
			return true
		}
	} else {
		v := t.GetItem(ns, key)
		if v != nil {
			t.Decref(v)
			return true
		}
		if !t.ExcMatches(&KeyErrorType) {
			return false
		}
		t.ClearExc()
	}
	d := t.NewDict()
	ok := t.SetItem(ns, key, &d.Object)
	t.Decref(&d.Object)
	return ok
}

var dunderAnnotations = Intern("__annotations__")
