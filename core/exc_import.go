package core

// Raising ImportError and ModuleNotFoundError from Go with their name and
// path members set, as PyErr_SetImportError does.

// newImportError creates an exception of class tp (ImportError or a
// subclass) with message msg and the members name and path (borrowed; nil
// leaves them None).
func (t *Thread) newImportError(tp *Type, msg string, name, path *Object) *Object {
	m := t.NewStr(msg)
	exc := t.NewException(tp, m)
	t.Decref(m)
	if exc.typ.IsSubtype(&ImportErrorType) {
		e := asException(exc)
		e.setField(t, importName, name)
		e.setField(t, importPath, path)
	}
	return exc
}

// raiseImportError raises newImportError's exception and returns nil.
func (t *Thread) raiseImportError(tp *Type, msg string, name, path *Object) *Object {
	t.Raise(t.newImportError(tp, msg, name, path))
	return nil
}
