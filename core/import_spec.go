package core

import (
	"fmt"
	"os"
	"strings"
	"unsafe"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// The Python face of the import system: ModuleSpec, the loaders and the
// finders on sys.meta_path. They are native types (api_type.go) with the
// attributes and methods of importlib._bootstrap's classes of the same
// names, so that code written against CPython's (importlib.util.find_spec,
// runpy, pkgutil, a module's __spec__ and __loader__) finds what it
// expects; the import statement itself does not go through their Python
// methods when they are the default ones (import_find.go).

var (
	// ModuleSpecType is importlib's ModuleSpec.
	ModuleSpecType *Type
	// BuiltinImporterType is the finder and loader of built-in modules (the
	// class itself is used, as in CPython).
	BuiltinImporterType *Type
	// PathFinderType is the finder of modules on sys.path (the class).
	PathFinderType *Type
	// SourceFileLoaderType loads a module from a .py file.
	SourceFileLoaderType *Type
	// NamespaceLoaderType is the loader of namespace packages.
	NamespaceLoaderType *Type
)

// specObject is ModuleSpec's layout: everything lives in its dict, as in
// CPython's Python class (name, loader, origin, loader_state,
// submodule_search_locations, _set_fileattr, _cached, _initializing).
type specObject struct{ Object }

// classOnly is the layout of a type used as a class, never instantiated
// (BuiltinImporter, PathFinder).
type classOnly struct{ Object }

// fileLoader is SourceFileLoader's layout: the module name and the path.
type fileLoader struct {
	Object
	name, path *Object
}

// namespaceLoader is NamespaceLoader's layout.
type namespaceLoader struct {
	Object
	name, path *Object
}

var specInitSig = NewSignature("ModuleSpec", "name", "loader", "*", "origin=", "loader_state=", "is_package=")

func init() {
	ModuleSpecType = NewType[specObject](TypeSpec{
		Name:         "_frozen_importlib.ModuleSpec",
		Doc:          "The specification for a module, used for loading.",
		Subclassable: true,
		Dict:         true,
		Slots: Slots{
			New: func(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
				return &Alloc[specObject](t, cls).Object
			},
			Repr:    specRepr,
			Compare: specCompare,
			Hash:    Unhashable,
		},
		Init: func(t *Thread, self *Object, args []*Object, kwnames []*Str) bool {
			var name, loader, origin, state, isPkg *Object
			if !specInitSig.Parse(t, args, kwnames, &name, &loader, &origin, &state, &isPkg) {
				return false
			}
			pkg := false
			if isPkg != nil {
				var ok bool
				if pkg, ok = t.Truth(isPkg); !ok {
					return false
				}
			}
			return t.initSpec(self, name, loader, origin, state, pkg)
		},
		GetSets: []GetSetDef{
			{Name: "parent", Get: specParent},
			{Name: "has_location", Get: func(t *Thread, o *Object) *Object {
				return specAttr(t, o, "_set_fileattr", False)
			}, Set: func(t *Thread, o, v *Object) bool {
				b := false
				if v != nil {
					var ok bool
					if b, ok = t.Truth(v); !ok {
						return false
					}
				}
				return t.SetAttrString(o, "_set_fileattr", Bool(b))
			}},
			{Name: "cached", Get: func(t *Thread, o *Object) *Object {
				// rcvm has no cache_tag: no bytecode file is ever named.
				return specAttr(t, o, "_cached", None)
			}, Set: func(t *Thread, o, v *Object) bool {
				if v == nil {
					v = None
				}
				return t.SetAttrString(o, "_cached", v)
			}},
		},
	})

	BuiltinImporterType = NewType[classOnly](TypeSpec{
		Name: "_frozen_importlib.BuiltinImporter",
		Doc:  "Meta path import for built-in modules.",
		Methods: []MethodDef{
			{Name: "find_spec", Kind: ClassMethod, Fn: builtinFindSpec},
			{Name: "create_module", Kind: StaticMethod, Fn: builtinCreateModule},
			{Name: "exec_module", Kind: StaticMethod, Fn: func(t *Thread, args []*Object, kwnames []*Str) *Object {
				if !t.ArgsRange("exec_module", args, kwnames, 1, 1) {
					return nil
				}
				return None // built-in modules are complete once created
			}},
			{Name: "is_package", Kind: ClassMethod, Fn: noneMethod(False)},
			{Name: "get_code", Kind: ClassMethod, Fn: noneMethod(None)},
			{Name: "get_source", Kind: ClassMethod, Fn: noneMethod(None)},
		},
	})

	PathFinderType = NewType[classOnly](TypeSpec{
		Name: "_frozen_importlib_external.PathFinder",
		Doc:  "Meta path finder for sys.path and package __path__ attributes.",
		Methods: []MethodDef{
			{Name: "find_spec", Kind: ClassMethod, Fn: pathFindSpec},
			{Name: "invalidate_caches", Kind: StaticMethod, Fn: func(t *Thread, args []*Object, kwnames []*Str) *Object {
				invalidateDirCache()
				return None
			}},
		},
	})

	SourceFileLoaderType = NewType[fileLoader](TypeSpec{
		Name:         "_frozen_importlib_external.SourceFileLoader",
		Doc:          "Concrete implementation of SourceLoader using the file system.",
		Subclassable: true,
		Slots: Slots{
			New: func(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
				var name, path *Object
				if !loaderNewSig.Parse(t, args, kwnames, &name, &path) {
					return nil
				}
				l := Alloc[fileLoader](t, cls)
				l.name, l.path = t.NewRef(name), t.NewRef(path)
				return &l.Object
			},
			Compare: loaderCompare,
			Hash: func(t *Thread, o *Object) (int64, bool) {
				l := (*fileLoader)(unsafe.Pointer(o))
				a, ok := t.Hash(l.name)
				if !ok {
					return 0, false
				}
				b, ok := t.Hash(l.path)
				return a ^ b, ok
			},
		},
		Clear: func(t *Thread, o *Object) {
			l := (*fileLoader)(unsafe.Pointer(o))
			t.Replace(&l.name, nil)
			t.Replace(&l.path, nil)
		},
		Members: []MemberDef{
			{Name: "name", Type: MemberObject, Offset: unsafe.Offsetof(fileLoader{}.name)},
			{Name: "path", Type: MemberObject, Offset: unsafe.Offsetof(fileLoader{}.path)},
		},
		Methods: []MethodDef{
			{Name: "create_module", Fn: func(t *Thread, args []*Object, kwnames []*Str) *Object {
				if !t.ArgsRange("create_module", args[1:], kwnames, 1, 1) {
					return nil
				}
				return None // the default module object
			}},
			{Name: "exec_module", Fn: loaderExecModule},
			{Name: "get_filename", Fn: func(t *Thread, args []*Object, kwnames []*Str) *Object {
				if !t.ArgsRange("get_filename", args[1:], kwnames, 0, 1) {
					return nil
				}
				return t.NewRef((*fileLoader)(unsafe.Pointer(args[0])).path)
			}},
			{Name: "get_source", Fn: loaderGetSource},
			{Name: "is_package", Fn: func(t *Thread, args []*Object, kwnames []*Str) *Object {
				if !t.ArgsRange("is_package", args[1:], kwnames, 1, 1) {
					return nil
				}
				p, _ := StrValue((*fileLoader)(unsafe.Pointer(args[0])).path)
				return Bool(strings.HasPrefix(baseName(p), "__init__."))
			}},
		},
	})

	NamespaceLoaderType = NewType[namespaceLoader](TypeSpec{
		Name: "_frozen_importlib_external.NamespaceLoader",
		Clear: func(t *Thread, o *Object) {
			l := (*namespaceLoader)(unsafe.Pointer(o))
			t.Replace(&l.name, nil)
			t.Replace(&l.path, nil)
		},
		Methods: []MethodDef{
			{Name: "create_module", Fn: func(t *Thread, args []*Object, kwnames []*Str) *Object { return None }},
			{Name: "exec_module", Fn: func(t *Thread, args []*Object, kwnames []*Str) *Object { return None }},
			{Name: "is_package", Fn: func(t *Thread, args []*Object, kwnames []*Str) *Object { return True }},
			{Name: "get_source", Fn: func(t *Thread, args []*Object, kwnames []*Str) *Object { return t.NewStr("") }},
		},
	})
}

var loaderNewSig = NewSignature("SourceFileLoader", "fullname", "path")

// noneMethod returns a class method that ignores its arguments and returns v.
func noneMethod(v *Object) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object { return v }
}

// newSpec returns ModuleSpec(name, loader, origin=origin): a new reference.
// isPackage gives it submodule_search_locations = [] (filled by the caller).
func (t *Thread) newSpec(name string, loader, origin *Object, isPackage bool) *Object {
	s := &Alloc[specObject](t, ModuleSpecType).Object
	n := t.NewStr(name)
	ok := t.initSpec(s, n, loader, origin, nil, isPackage)
	t.Decref(n)
	if !ok {
		t.Decref(s)
		return nil
	}
	return s
}

func (t *Thread) initSpec(s, name, loader, origin, state *Object, isPackage bool) bool {
	d := *dictSlot(s)
	if d == nil {
		d = t.NewDict()
		*dictSlot(s) = d
	}
	if origin == nil {
		origin = None
	}
	if state == nil {
		state = None
	}
	d.SetStr(t, Intern("name"), name)
	d.SetStr(t, Intern("loader"), loader)
	d.SetStr(t, Intern("origin"), origin)
	d.SetStr(t, Intern("loader_state"), state)
	if isPackage {
		l := t.NewList(0)
		d.SetStr(t, Intern("submodule_search_locations"), &l.Object)
		t.Decref(&l.Object)
	} else {
		d.SetStr(t, Intern("submodule_search_locations"), None)
	}
	u := t.NewList(0)
	d.SetStr(t, Intern("_uninitialized_submodules"), &u.Object)
	t.Decref(&u.Object)
	d.SetStr(t, Intern("_set_fileattr"), False)
	d.SetStr(t, Intern("_cached"), None)
	return true
}

// specAttr returns a new reference to the spec's dict entry name, or to def.
func specAttr(t *Thread, o *Object, name string, def *Object) *Object {
	if d := instanceDict(o); d != nil {
		if v := d.GetStr(t, Intern(name)); v != nil {
			return v
		}
	}
	return t.NewRef(def)
}

// specParent is ModuleSpec.parent: the package a module belongs to (the
// name itself for a package).
func specParent(t *Thread, o *Object) *Object {
	name := t.GetAttrString(o, "name")
	if name == nil {
		return nil
	}
	defer t.Decref(name)
	locs := t.GetAttrString(o, "submodule_search_locations")
	if locs == nil {
		return nil
	}
	defer t.Decref(locs)
	if locs != None {
		return t.NewRef(name)
	}
	s, ok := StrValue(name)
	if !ok {
		return t.RaiseMsg(&TypeErrorType, "spec name must be a str")
	}
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return t.NewStr(s[:i])
	}
	return t.NewStr("")
}

func specRepr(t *Thread, o *Object) *Object {
	var b strings.Builder
	b.WriteString(o.typ.Name + "(")
	for i, f := range []string{"name", "loader", "origin", "submodule_search_locations"} {
		v := t.GetAttrString(o, f)
		if v == nil {
			return nil
		}
		if i >= 2 && v == None {
			t.Decref(v)
			continue
		}
		var r string
		var ok bool
		if f == "submodule_search_locations" {
			r, ok = t.StrString(v)
		} else {
			r, ok = t.ReprString(v)
		}
		t.Decref(v)
		if !ok {
			return nil
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f + "=" + r)
	}
	b.WriteString(")")
	return t.NewStr(b.String())
}

func specCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if op != bc.Eq && op != bc.Ne {
		return NotImplemented
	}
	for _, f := range []string{"name", "loader", "origin", "submodule_search_locations", "cached", "has_location"} {
		x := t.GetAttrString(a, f)
		if x == nil {
			return nil
		}
		y := t.GetAttrString(b, f)
		if y == nil {
			t.Decref(x)
			if t.ExcMatches(&AttributeErrorType) {
				t.ClearExc()
				return NotImplemented
			}
			return nil
		}
		eq, ok := t.RichEq(x, y)
		t.Decref(x)
		t.Decref(y)
		if !ok {
			return nil
		}
		if !eq {
			return Bool(op == bc.Ne)
		}
	}
	return Bool(op == bc.Eq)
}

func loaderCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if (op != bc.Eq && op != bc.Ne) || a.typ != b.typ {
		return NotImplemented
	}
	x, y := (*fileLoader)(unsafe.Pointer(a)), (*fileLoader)(unsafe.Pointer(b))
	eq, ok := t.RichEq(x.name, y.name)
	if ok && eq {
		eq, ok = t.RichEq(x.path, y.path)
	}
	if !ok {
		return nil
	}
	return Bool(eq == (op == bc.Eq))
}

// loaderExecModule is SourceFileLoader.exec_module(module): run the file's
// code in the module's namespace.
func loaderExecModule(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("exec_module", args[1:], kwnames, 1, 1) {
		return nil
	}
	m, ok := AsModule(args[1])
	if !ok {
		return t.RaiseMsg(&TypeErrorType, "exec_module() argument must be a module, not %s", args[1].typ.tpName())
	}
	path, _ := StrValue((*fileLoader)(unsafe.Pointer(args[0])).path)
	if !t.execSourceFile(m, path) {
		return nil
	}
	return None
}

// loaderGetSource is SourceFileLoader.get_source(fullname).
func loaderGetSource(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("get_source", args[1:], kwnames, 1, 1) {
		return nil
	}
	l := (*fileLoader)(unsafe.Pointer(args[0]))
	path, _ := StrValue(l.path)
	src, err := os.ReadFile(path)
	if err != nil {
		name, _ := StrValue(l.name)
		return t.raiseImportError(&ImportErrorType, fmt.Sprintf("source not available through get_data() for %s", name), l.name, l.path)
	}
	return t.NewStr(string(src))
}

// baseName is the last element of a slash-separated path.
func baseName(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}
