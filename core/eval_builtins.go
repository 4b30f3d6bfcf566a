package core

// builtinsFor returns the builtins that code running with globals sees
// (CPython's _PyEval_BuiltinsFromGlobals): globals['__builtins__'], a
// module's dict or a dict, else the interpreter's builtins. When
// __builtins__ is some other object, other is that object (a new
// reference, for the caller to drop) and the dict is nil: names are then
// looked up in it by subscription, as CPython's LOAD_GLOBAL does for
// builtins that are not a dict.
func (t *Thread) builtinsFor(globals *Dict) (d *Dict, other *Object) {
	v := globals.GetStr(t, dunderBuiltins)
	if v == nil {
		return t.vm.builtins, nil
	}
	switch v.kind {
	case KindModule:
		t.Decref(v)
		return asModule(v).Dict, nil
	case KindDict:
		t.Decref(v)
		return asDict(v), nil
	}
	return nil, v
}

// loadBuiltin looks name up in the builtins of globals: a new reference,
// or nil, with NameError raised when it is missing.
func (t *Thread) loadBuiltin(globals *Dict, name *Str) *Object {
	d, other := t.builtinsFor(globals)
	if d != nil {
		if v := d.GetStr(t, name); v != nil {
			return v
		}
		return t.RaiseMsg(&NameErrorType, "name '%s' is not defined", name.S)
	}
	v := t.GetItem(other, &name.Object)
	t.Decref(other)
	if v == nil && t.ExcMatches(&KeyErrorType) {
		t.ClearExc()
		return t.RaiseMsg(&NameErrorType, "name '%s' is not defined", name.S)
	}
	return v
}
