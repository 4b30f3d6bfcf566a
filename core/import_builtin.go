package core

// builtins.__import__ and the IMPORT_NAME instruction's call of it: the Go
// importer directly when __import__ is the original, the program's
// replacement otherwise (CPython's import_name).

var importSig = NewSignature("__import__", "name", "globals=", "locals=", "fromlist=", "level=")

// importBuiltin is builtins.__import__(name, globals=None, locals=None,
// fromlist=(), level=0).
// (Set in init: the call path refers back to it.)
var importBuiltin *Builtin

func builtinImport(t *Thread, args []*Object, kwnames []*Str) *Object {
	var name, globals, locals, fromlist, level *Object
	if !importSig.Parse(t, args, kwnames, &name, &globals, &locals, &fromlist, &level) {
		return nil
	}
	s, ok := StrValue(name)
	if !ok {
		return t.RaiseMsg(&TypeErrorType, "module name must be a string")
	}
	lv := 0
	if level != nil {
		n, ok := t.AsCInt(level)
		if !ok {
			return nil
		}
		lv = n
	}
	var g *Dict
	if globals != nil && globals != None {
		d, isDict := AsDict(globals)
		if !isDict {
			if lv > 0 {
				return t.RaiseMsg(&TypeErrorType, "globals must be a dict")
			}
		} else {
			g = d
		}
	}
	return t.importName(s, g, fromlist, lv)
}

func init() {
	importBuiltin = newStaticBuiltin("__import__", builtinImport)
	builtinFuncs = append(builtinFuncs, importBuiltin)
}

// importNameOp is IMPORT_NAME: __import__(name, globals, locals, fromlist,
// level) through the builtins' __import__ when a program replaced it.
func (t *Thread) importNameOp(f *Frame, name *Str, fromlist, level *Object) *Object {
	lv, _ := IntValue(level)
	imp := t.vm.builtins.GetStr(t, Intern("__import__"))
	if imp == nil {
		return t.raiseImportError(&ImportErrorType, "__import__ not found", nil, nil)
	}
	defer t.Decref(imp)
	if imp == &importBuiltin.Object {
		return t.importName(name.S, f.globals, fromlist, int(lv))
	}
	locals := None
	if f.nsDict != nil {
		locals = &f.nsDict.Object
	} else if f.code.Name == "<module>" {
		locals = &f.globals.Object
	}
	return t.Call(imp, []*Object{&name.Object, &f.globals.Object, locals, fromlist, level}, nil)
}
