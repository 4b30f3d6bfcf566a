package core

// builtinsFor returns the builtins that code running with globals sees
// (CPython's _PyEval_BuiltinsFromGlobals): globals['__builtins__'], a
// module's dict or a dict, else the interpreter's builtins. The result is
// borrowed: globals holds it.
func (t *Thread) builtinsFor(globals *Dict) *Dict {
	v := globals.GetStr(t, dunderBuiltins)
	if v == nil {
		return t.vm.builtins
	}
	t.Decref(v)
	switch v.kind {
	case KindModule:
		return asModule(v).Dict
	case KindDict:
		return asDict(v)
	}
	return t.vm.builtins
}
