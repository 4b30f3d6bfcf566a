package core

import (
	"fmt"
	"strings"
)

// The import system: what CPython's Python/import.c and
// importlib._bootstrap do, in Go.
//
// Why in Go rather than by running CPython's importlib._bootstrap: start-up
// and import speed (every `import` of the standard library goes through
// it), thread safety under the free-threaded strategies without relying on
// CPython's Python-level locks, and no dependency on the native modules
// importlib's bootstrap needs (_io, posix, marshal, _weakref, _warnings)
// before they exist. The semantics are CPython's, step for step:
// sys.modules is the real dict (the program may read and change it),
// sys.meta_path's finders are asked in order (the default ones, the
// BuiltinImporter and PathFinder classes of import_spec.go, are served
// without calling through Python; any other finder a program installs is
// called with find_spec), modules are created and initialised from their
// ModuleSpec (__name__, __loader__, __package__, __spec__, __path__,
// __file__), a module being executed is visible in sys.modules with its
// spec's _initializing set (circular imports see it partially
// initialised), a failed import removes it again, and per-module import
// locks make concurrent imports of one module execute it once
// (import_lock.go).
//
// CPython's own importlib package (Lib/importlib) runs unchanged on top of
// this: importlib.import_module and importlib.util.find_spec use its
// _bootstrap, which rcvm initialises with _bootstrap._setup(sys, _imp) as
// CPython does when _frozen_importlib is absent, sharing sys.modules and
// sys.meta_path with the Go importer; machinery.ModuleSpec,
// util.spec_from_file_location and module_from_spec are importlib's own
// Python code (it needs the native modules _io, posix, marshal, _weakref and
// _warnings, and is as complete as they are).

// importName implements IMPORT_NAME and builtins.__import__: it imports
// name (relative to the package of globals when level > 0) and returns the
// module the statement binds: the top package for `import a.b`, the module
// itself when fromlist is not empty.
func (t *Thread) importName(name string, globals *Dict, fromlist *Object, level int) *Object {
	if level < 0 {
		return t.RaiseMsg(&ValueErrorType, "level must be >= 0")
	}
	absName := name
	if level > 0 {
		var ok bool
		if absName, ok = t.resolveName(name, globals, level); !ok {
			return nil
		}
	} else if name == "" {
		return t.RaiseMsg(&ValueErrorType, "Empty module name")
	}
	mod := t.importAbsolute(absName)
	if mod == nil {
		return nil
	}
	hasFrom := false
	if fromlist != nil && fromlist != None {
		n, ok := t.Len(fromlist)
		if !ok {
			t.Decref(mod)
			return nil
		}
		hasFrom = n > 0
	}
	if !hasFrom {
		if level == 0 || name != "" {
			front, _, _ := strings.Cut(name, ".")
			if front == name {
				return mod
			}
			t.Decref(mod)
			if level == 0 {
				return t.importAbsolute(front)
			}
			// from a relative name a.b, the package a: absName less ".b".
			cut := len(name) - len(front)
			top := t.sysModule(absName[:len(absName)-cut])
			if top == nil && !t.Failed() {
				return t.RaiseMsg(&KeyErrorType, "'%s' not in sys.modules as expected", absName[:len(absName)-cut])
			}
			return top
		}
		return mod
	}
	if hasPath, ok := t.HasAttr(mod, "__path__"); !ok {
		t.Decref(mod)
		return nil
	} else if hasPath && !t.handleFromlist(mod, fromlist, false) {
		t.Decref(mod)
		return nil
	}
	return mod
}

// importAbsolute returns the module of an absolute name, importing it if
// sys.modules does not have it yet (waiting for another thread that is
// still initialising it).
func (t *Thread) importAbsolute(name string) *Object {
	mod := t.sysModule(name)
	if mod == nil && t.Failed() {
		return nil
	}
	if mod != nil && mod != None {
		if t.moduleInitializing(mod) {
			t.waitForModule(name)
		}
		return mod
	}
	if mod == None {
		t.Decref(mod)
		return t.raiseNotFound(fmt.Sprintf("import of %s halted; None in sys.modules", name), name)
	}
	return t.findAndLoad(name)
}

// ImportModule imports the module of an absolute dotted name and returns
// it (the module itself, not its top package: PyImport_ImportModule).
func (t *Thread) ImportModule(name string) *Object { return t.importAbsolute(name) }

// raiseNotFound raises ModuleNotFoundError(msg, name=name) and returns nil.
func (t *Thread) raiseNotFound(msg, name string) *Object {
	n := t.NewStr(name)
	defer t.Decref(n)
	return t.raiseImportError(&ModuleNotFoundErrorType, msg, n, nil)
}

// sysModule returns a new reference to sys.modules[name], or nil (with an
// exception only if the lookup itself failed).
func (t *Thread) sysModule(name string) *Object {
	key := t.NewStr(name)
	v, _ := t.vm.sysModules.Get(t, key)
	t.Decref(key)
	return v
}

// moduleInitializing reports whether mod.__spec__._initializing is true.
func (t *Thread) moduleInitializing(mod *Object) bool {
	spec, ok := t.LookupAttr(mod, "__spec__")
	if !ok {
		t.ClearExc()
		return false
	}
	if spec == nil {
		return false
	}
	defer t.Decref(spec)
	return t.specInitializing(spec)
}

func (t *Thread) specInitializing(spec *Object) bool {
	if spec == None {
		return false
	}
	v, ok := t.LookupAttr(spec, "_initializing")
	if !ok || v == nil {
		t.ClearExc()
		return false
	}
	b, ok := t.Truth(v)
	t.Decref(v)
	if !ok {
		t.ClearExc()
	}
	return b
}

// findAndLoad is _find_and_load: under the module's import lock, import it
// unless another thread did meanwhile.
func (t *Thread) findAndLoad(name string) *Object {
	if !t.acquireModuleLock(name) {
		return nil
	}
	mod := t.sysModule(name)
	if mod == nil && !t.Failed() {
		mod = t.findAndLoadUnlocked(name)
		t.releaseModuleLock(name)
		return mod
	}
	t.releaseModuleLock(name)
	if mod == nil {
		return nil
	}
	if mod == None {
		t.Decref(mod)
		return t.raiseNotFound(fmt.Sprintf("import of %s halted; None in sys.modules", name), name)
	}
	if t.moduleInitializing(mod) {
		t.waitForModule(name)
	}
	return mod
}

// findAndLoadUnlocked is _find_and_load_unlocked: import the parent
// package, find the module's spec on sys.meta_path (with the parent's
// __path__), load it, and bind it as an attribute of its parent.
func (t *Thread) findAndLoadUnlocked(name string) *Object {
	var path *Object
	parent, child := "", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent, child = name[:i], name[i+1:]
	}
	if parent != "" {
		pm := t.sysModule(parent)
		if pm == nil {
			if t.Failed() {
				return nil
			}
			pm = t.importAbsolute(parent)
			if pm == nil {
				return nil
			}
		}
		// Importing the parent may have imported the child.
		if m := t.sysModule(name); m != nil {
			t.Decref(pm)
			return m
		}
		p, ok := t.LookupAttr(pm, "__path__")
		t.Decref(pm)
		if !ok {
			return nil
		}
		if p == nil {
			return t.raiseNotFound(fmt.Sprintf("No module named '%s'; '%s' is not a package", name, parent), name)
		}
		path = p
		defer t.Decref(path)
	}
	spec := t.findSpec(name, path)
	if spec == nil {
		if t.Failed() {
			return nil
		}
		return t.raiseNotFound(fmt.Sprintf("No module named '%s'", name), name)
	}
	mod := t.loadFromSpec(spec)
	t.Decref(spec)
	if mod == nil {
		return nil
	}
	if parent != "" {
		if pm := t.sysModule(parent); pm != nil {
			if !t.SetAttrString(pm, child, mod) {
				t.ClearExc() // CPython warns (ImportWarning) and goes on
			}
			t.Decref(pm)
		}
	}
	return mod
}

// loadFromSpec is _load_unlocked: create the module from its spec, put it
// in sys.modules, execute it, and take it back from sys.modules (the module
// may have replaced itself there). A failure removes it.
func (t *Thread) loadFromSpec(spec *Object) *Object {
	name, ok := t.specName(spec)
	if !ok {
		return nil
	}
	loader := t.GetAttrString(spec, "loader")
	if loader == nil {
		return nil
	}
	defer func() { t.Decref(loader) }()
	mod := t.moduleFromSpec(spec, loader)
	if mod == nil {
		return nil
	}
	if loader == None {
		// A namespace package's spec got its NamespaceLoader.
		t.Decref(loader)
		if loader = t.GetAttrString(spec, "loader"); loader == nil {
			t.Decref(mod)
			return nil
		}
	}
	key := t.NewStr(name)
	defer t.Decref(key)
	if !t.SetAttrString(spec, "_initializing", True) {
		t.Decref(mod)
		return nil
	}
	defer func() {
		exc := t.TakeExc()
		t.SetAttrString(spec, "_initializing", False)
		t.ClearExc()
		if exc != nil {
			t.Raise(exc)
		}
	}()
	if !t.vm.sysModules.Set(t, key, mod) {
		t.Decref(mod)
		return nil
	}
	if !t.execModule(mod, loader, spec) {
		t.Decref(mod)
		t.vm.sysModules.Delete(t, key)
		return nil
	}
	t.Decref(mod)
	// The module may have replaced itself in sys.modules; move the entry to
	// the end, as CPython's pop and store do.
	final, _ := t.vm.sysModules.Get(t, key)
	if final == nil {
		if t.Failed() {
			return nil
		}
		return t.RaiseMsg(&KeyErrorType, "'%s'", name)
	}
	t.vm.sysModules.Delete(t, key)
	t.vm.sysModules.Set(t, key, final)
	return final
}

func (t *Thread) specName(spec *Object) (string, bool) {
	n := t.GetAttrString(spec, "name")
	if n == nil {
		return "", false
	}
	defer t.Decref(n)
	s, ok := StrValue(n)
	if !ok {
		t.RaiseMsg(&TypeErrorType, "module name must be str, not %s", n.typ.tpName())
		return "", false
	}
	return s, true
}

// moduleFromSpec is module_from_spec: the loader's create_module, or a new
// module, with its import attributes set from the spec.
func (t *Thread) moduleFromSpec(spec, loader *Object) *Object {
	var mod *Object
	switch {
	case loader == &BuiltinImporterType.Object:
		mod = builtinCreateModule(t, []*Object{spec}, nil)
		if mod == nil {
			return nil
		}
	case loader == None || loader.typ == SourceFileLoaderType || loader.typ == NamespaceLoaderType:
	default:
		create, ok := t.LookupAttr(loader, "create_module")
		if !ok {
			return nil
		}
		if create == nil {
			return t.raiseImportError(&ImportErrorType, "loaders that define exec_module() must also define create_module()", nil, nil)
		}
		mod = t.Call(create, []*Object{spec}, nil)
		t.Decref(create)
		if mod == nil {
			return nil
		}
		if mod == None {
			mod = nil
		}
	}
	if mod == nil {
		name, ok := t.specName(spec)
		if !ok {
			return nil
		}
		mod = &t.newModule(name).Object
	}
	if !t.initModuleAttrs(spec, mod, loader) {
		t.Decref(mod)
		return nil
	}
	return mod
}

// initModuleAttrs is _init_module_attrs (override=False): it sets the
// import attributes a module does not have yet.
func (t *Thread) initModuleAttrs(spec, mod, loader *Object) bool {
	setIfMissing := func(attr string, get func() *Object) bool {
		v, ok := t.LookupAttr(mod, attr)
		if !ok {
			return false
		}
		if v != nil && v != None {
			t.Decref(v)
			return true
		}
		t.XDecref(v)
		nv := get()
		if nv == nil {
			return false
		}
		ok = t.SetAttrString(mod, attr, nv)
		t.Decref(nv)
		return ok
	}
	if !setIfMissing("__name__", func() *Object { return t.GetAttrString(spec, "name") }) {
		return false
	}
	locs := t.GetAttrString(spec, "submodule_search_locations")
	if locs == nil {
		return false
	}
	defer t.Decref(locs)
	if loader == None && locs != None {
		// A namespace package gets a NamespaceLoader.
		name := t.GetAttrString(spec, "name")
		nl := Alloc[namespaceLoader](t, NamespaceLoaderType)
		nl.name, nl.path = name, t.NewRef(locs)
		ok := t.SetAttrString(spec, "loader", &nl.Object)
		loader = &nl.Object
		defer t.Decref(loader)
		if !ok || !t.SetAttrString(mod, "__file__", None) {
			return false
		}
	}
	if !setIfMissing("__loader__", func() *Object { return t.NewRef(loader) }) ||
		!setIfMissing("__package__", func() *Object { return t.GetAttrString(spec, "parent") }) ||
		!t.SetAttrString(mod, "__spec__", spec) {
		return false
	}
	if locs != None && !setIfMissing("__path__", func() *Object { return t.NewRef(locs) }) {
		return false
	}
	hasLoc := t.GetAttrString(spec, "has_location")
	if hasLoc == nil {
		return false
	}
	defer t.Decref(hasLoc)
	if hasLoc == True {
		if !setIfMissing("__file__", func() *Object { return t.GetAttrString(spec, "origin") }) {
			return false
		}
		cached := t.GetAttrString(spec, "cached")
		if cached == nil {
			return false
		}
		defer t.Decref(cached)
		if cached != None && !setIfMissing("__cached__", func() *Object { return t.NewRef(cached) }) {
			return false
		}
	}
	return true
}

// execModule runs the loader's exec_module (served in Go for rcvm's own
// loaders), or the legacy load_module.
func (t *Thread) execModule(mod, loader, spec *Object) bool {
	switch {
	case loader == &BuiltinImporterType.Object:
		return true
	case loader.typ == NamespaceLoaderType:
		return true
	case loader.typ == SourceFileLoaderType:
		path, _ := StrValue((*fileLoader)(ptrOf(loader)).path)
		return t.execSourceFile(asModule(mod), path)
	}
	exec, ok := t.LookupAttr(loader, "exec_module")
	if !ok {
		return false
	}
	if exec == nil {
		lm, ok := t.LookupAttr(loader, "load_module")
		if !ok {
			return false
		}
		if lm == nil {
			t.raiseImportError(&ImportErrorType, "missing loader", nil, nil)
			return false
		}
		name := t.GetAttrString(spec, "name")
		r := t.Call(lm, []*Object{name}, nil)
		t.Decref(lm)
		t.XDecref(name)
		t.XDecref(r)
		return r != nil
	}
	r := t.Call(exec, []*Object{mod}, nil)
	t.Decref(exec)
	t.XDecref(r)
	return r != nil
}

// resolveName is CPython's resolve_name: the absolute name of a relative
// import, from the importing module's __package__ (or __spec__.parent, or
// __name__).
func (t *Thread) resolveName(name string, globals *Dict, level int) (string, bool) {
	if globals == nil {
		t.RaiseMsg(&KeyErrorType, "'__name__' not in globals")
		return "", false
	}
	pkg := globals.GetStr(t, Intern("__package__"))
	spec := globals.GetStr(t, Intern("__spec__"))
	defer t.XDecref(pkg)
	defer t.XDecref(spec)
	var pkgName string
	switch {
	case pkg != nil && pkg != None:
		s, ok := StrValue(pkg)
		if !ok {
			t.RaiseMsg(&TypeErrorType, "package must be a string")
			return "", false
		}
		pkgName = s
	case spec != nil && spec != None:
		p := t.GetAttrString(spec, "parent")
		if p == nil {
			return "", false
		}
		s, ok := StrValue(p)
		t.Decref(p)
		if !ok {
			t.RaiseMsg(&TypeErrorType, "__spec__.parent must be a string")
			return "", false
		}
		pkgName = s
	default:
		n := globals.GetStr(t, Intern("__name__"))
		if n == nil {
			t.RaiseMsg(&KeyErrorType, "'__name__' not in globals")
			return "", false
		}
		s, ok := StrValue(n)
		t.Decref(n)
		if !ok {
			t.RaiseMsg(&TypeErrorType, "__name__ must be a string")
			return "", false
		}
		pkgName = s
		if p := globals.GetStr(t, Intern("__path__")); p != nil {
			t.Decref(p)
		} else if i := strings.LastIndexByte(pkgName, '.'); i >= 0 {
			pkgName = pkgName[:i]
		} else {
			pkgName = ""
		}
	}
	if pkgName == "" {
		t.raiseImportError(&ImportErrorType, "attempted relative import with no known parent package", nil, nil)
		return "", false
	}
	base := pkgName
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(base, '.')
		if j < 0 {
			t.raiseImportError(&ImportErrorType, "attempted relative import beyond top-level package", nil, nil)
			return "", false
		}
		base = base[:j]
	}
	if name == "" {
		return base, true
	}
	return base + "." + name, true
}

// handleFromlist is _handle_fromlist: for `from pkg import a, b`, import
// the submodules pkg.a and pkg.b that are not attributes of pkg yet (and,
// for *, those __all__ names).
func (t *Thread) handleFromlist(mod, fromlist *Object, recursive bool) bool {
	items, ok := t.Collect(fromlist)
	if !ok {
		return false
	}
	defer t.DecrefAll(items)
	for _, x := range items {
		s, isStr := StrValue(x)
		if !isStr {
			where := "``from list''"
			if recursive {
				n, _ := t.moduleName(mod)
				where = n + ".__all__"
			}
			t.RaiseMsg(&TypeErrorType, "Item in %s must be str, not %s", where, x.typ.tpName())
			return false
		}
		if s == "*" {
			if recursive {
				continue
			}
			all, ok := t.LookupAttr(mod, "__all__")
			if !ok {
				return false
			}
			if all != nil {
				ok := t.handleFromlist(mod, all, true)
				t.Decref(all)
				if !ok {
					return false
				}
			}
			continue
		}
		has, ok := t.HasAttr(mod, s)
		if !ok {
			return false
		}
		if has {
			continue
		}
		modName, ok := t.moduleName(mod)
		if !ok {
			return false
		}
		from := modName + "." + s
		sub := t.importAbsolute(from)
		if sub != nil {
			t.Decref(sub)
			continue
		}
		// A missing submodule is not an error here: IMPORT_FROM reports
		// the missing name.
		if t.ExcMatches(&ModuleNotFoundErrorType) && t.importErrorNameIs(from) {
			if m := t.sysModule(from); m != None {
				t.XDecref(m)
				t.ClearExc()
				continue
			}
		}
		return false
	}
	return true
}

// importErrorNameIs reports whether the ImportError being raised has the
// given name attribute.
func (t *Thread) importErrorNameIs(name string) bool {
	exc := t.Exc()
	if exc == nil || !exc.typ.IsSubtype(&ImportErrorType) {
		return false
	}
	s, _ := StrValue(asException(exc).field(importName))
	return s == name
}

// moduleName is a module's __name__.
func (t *Thread) moduleName(mod *Object) (string, bool) {
	n := t.GetAttrString(mod, "__name__")
	if n == nil {
		return "", false
	}
	defer t.Decref(n)
	s, ok := StrValue(n)
	if !ok {
		t.RaiseMsg(&TypeErrorType, "__name__ must be a string")
	}
	return s, ok
}

// importFrom implements IMPORT_FROM: the attribute, else the submodule
// already in sys.modules (a circular import of a package's submodule),
// else CPython's ImportError.
func (t *Thread) importFrom(m *Object, name *Str) *Object {
	v := t.GetAttr(m, name)
	if v != nil || !t.ExcMatches(&AttributeErrorType) {
		return v
	}
	t.ClearExc()
	pkgName := t.GetAttrString(m, "__name__")
	if pkgName == nil {
		t.ClearExc()
	} else if s, ok := StrValue(pkgName); ok {
		if sub := t.sysModule(s + "." + name.S); sub != nil || t.Failed() {
			t.Decref(pkgName)
			return sub
		}
	}
	defer t.XDecref(pkgName)
	shown := "'<unknown module name>'"
	if pkgName != nil {
		if r, ok := t.ReprString(pkgName); ok {
			shown = r
		} else {
			t.ClearExc()
		}
	}
	nameRepr, _ := t.ReprString(&name.Object)
	file, ok := t.LookupAttr(m, "__file__")
	if !ok {
		t.ClearExc()
	}
	if file == nil || !IsStr(file) {
		t.XDecref(file)
		return t.raiseImportError(&ImportErrorType, fmt.Sprintf("cannot import name %s from %s (unknown location)", nameRepr, shown), pkgName, nil)
	}
	defer t.Decref(file)
	path, _ := StrValue(file)
	msg := fmt.Sprintf("cannot import name %s from %s (%s)", nameRepr, shown, path)
	if t.moduleInitializing(m) {
		msg = fmt.Sprintf("cannot import name %s from partially initialized module %s (most likely due to a circular import) (%s)", nameRepr, shown, path)
	}
	return t.raiseImportError(&ImportErrorType, msg, pkgName, file)
}

// importStar implements IMPORT_STAR: bind the module's public names in ns.
func (t *Thread) importStar(m *Object, ns *Dict) bool {
	all, ok := t.LookupAttr(m, "__all__")
	if !ok {
		return false
	}
	skipPrivate := false
	if all == nil {
		d, ok := t.LookupAttr(m, "__dict__")
		if !ok {
			return false
		}
		if d == nil {
			t.raiseImportError(&ImportErrorType, "from-import-* object has no __dict__ and no __all__", nil, nil)
			return false
		}
		keys, ok := t.Collect(d)
		t.Decref(d)
		if !ok {
			return false
		}
		all = t.ListOwned(keys...)
		skipPrivate = true
	}
	defer t.Decref(all)
	names, ok := t.Collect(all)
	if !ok {
		return false
	}
	defer t.DecrefAll(names)
	for _, n := range names {
		s, isStr := StrValue(n)
		if !isStr {
			where := "__dict__"
			if !skipPrivate {
				where = "__all__"
			}
			mn, _ := t.moduleName(m)
			t.ClearExc()
			t.RaiseMsg(&TypeErrorType, "Item in %s.%s must be str, not %s", mn, where, n.typ.tpName())
			return false
		}
		if skipPrivate && strings.HasPrefix(s, "_") {
			continue
		}
		v := t.GetAttr(m, asStr(n))
		if v == nil {
			return false
		}
		ok := ns.Set(t, n, v)
		t.Decref(v)
		if !ok {
			return false
		}
	}
	return true
}
