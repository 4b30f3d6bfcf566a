package core

// ImportError's constructor: ImportError(*args, name=None, path=None), with
// the name, path and msg attributes CPython's ImportError has (they are
// kept in the exception's dict).

// newImportError creates an ImportError (or subclass) with msg and its
// name and path attributes (nil: None).
func (t *Thread) newImportError(tp *Type, msg string, name, path *Object) *Object {
	m := t.NewStr(msg)
	exc := t.NewException(tp, m)
	t.Decref(m)
	setImportErrorAttrs(t, exc, name, path)
	return exc
}

// raiseImportError raises newImportError's exception and returns nil.
func (t *Thread) raiseImportError(tp *Type, msg string, name, path *Object) *Object {
	t.Raise(t.newImportError(tp, msg, name, path))
	return nil
}

func setImportErrorAttrs(t *Thread, exc, name, path *Object) {
	e := asException(exc)
	if e.Dict == nil {
		e.Dict = t.NewDict()
	}
	if name == nil {
		name = None
	}
	if path == nil {
		path = None
	}
	msg := None
	if items := asTuple(e.Args).Items; len(items) == 1 {
		msg = items[0]
	}
	e.Dict.SetStr(t, Intern("name"), name)
	e.Dict.SetStr(t, Intern("path"), path)
	e.Dict.SetStr(t, Intern("msg"), msg)
}

var importErrorSig = NewSignature("ImportError", "*", "name=", "path=")

func importErrorNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	pos, _ := Positional(args, kwnames)
	exc := t.NewException(cls, pos...)
	setImportErrorAttrs(t, exc, nil, nil)
	return exc
}

// importErrorInit is ImportError.__init__(self, *args, name=None, path=None).
func importErrorInit(t *Thread, args []*Object, kwnames []*Str) *Object {
	self := args[0]
	pos, kw := Positional(args[1:], kwnames)
	var name, path *Object
	if !importErrorSig.Parse(t, kw, kwnames, &name, &path) {
		return nil
	}
	e := asException(self)
	old := e.Args
	e.Args = t.TupleOf(pos...)
	t.XDecref(old)
	setImportErrorAttrs(t, self, name, path)
	return None
}

func init() {
	ImportErrorType.New = importErrorNew
	ImportErrorType.def("__init__", importErrorInit)
}
