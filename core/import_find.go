package core

import (
	"os"
	"path/filepath"
	"sort"
	"sync"
)

// Finding modules: sys.meta_path's finders in order. rcvm's two default
// finders are served in Go: BuiltinImporter (the modules built into core
// and those native modules register, and rcvm's prelude modules) and
// PathFinder (a package directory with __init__.py, a .py file, or a
// namespace package portion, in each directory of sys.path or of the
// parent package's __path__, as CPython's FileFinder looks for them).
// A finder a program adds to sys.meta_path, or a path hook it adds to
// sys.path_hooks, is called through Python.

// preludeModules are rcvm's own Python modules (core/prelude) that take
// precedence over the standard library's module of the same name, because
// CPython's version needs native modules rcvm does not have yet. The
// BuiltinImporter finds them first; they are not built-in modules
// (sys.builtin_module_names leaves them out). Remove a name here once its
// native dependencies exist, and CPython's own file loads instead.
var preludeModules = map[string]bool{
	// CPython's threading.py needs the complete _thread (issue 9).
	"threading": true,
}

// isBuiltinModule reports whether name is a built-in module (or a prelude).
func isBuiltinModule(name string) bool {
	if name == "sys" || name == "builtins" {
		return true
	}
	_, ok := moduleBuilders[name]
	return ok
}

// BuiltinModuleNames returns sys.builtin_module_names: the modules built
// into core and those native modules register, sorted.
func BuiltinModuleNames() []string {
	names := []string{"builtins", "sys"}
	for n := range moduleBuilders {
		if !preludeModules[n] {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// findSpec asks sys.meta_path's finders for name's spec (path: the parent
// package's __path__, or nil). It returns a new reference, or nil: with an
// exception when a finder failed, without one when no finder knows name.
func (t *Thread) findSpec(name string, path *Object) *Object {
	mp := t.sysAttr("meta_path")
	if mp == nil {
		return nil
	}
	defer t.Decref(mp)
	if mp == None {
		return t.raiseImportError(&ImportErrorType, "sys.meta_path is None, Python is likely shutting down", nil, nil)
	}
	finders, ok := t.Collect(mp)
	if !ok {
		return nil
	}
	defer t.DecrefAll(finders)
	for _, f := range finders {
		var spec *Object
		switch f {
		case &BuiltinImporterType.Object:
			spec = t.builtinSpec(name)
		case &PathFinderType.Object:
			spec = t.pathSpec(name, path)
		default:
			fs, ok := t.LookupAttr(f, "find_spec")
			if !ok {
				return nil
			}
			if fs == nil {
				continue // a legacy finder with only find_module
			}
			nm := t.NewStr(name)
			p := path
			if p == nil {
				p = None
			}
			spec = t.Call(fs, []*Object{nm, p, None}, nil)
			t.Decref(nm)
			t.Decref(fs)
		}
		if spec == nil {
			if t.Failed() {
				return nil
			}
			continue
		}
		if spec != None {
			return spec
		}
		t.Decref(spec)
	}
	return nil
}

// sysAttr returns a new reference to sys.name, raising RuntimeError
// ("lost sys.name") when it is gone.
func (t *Thread) sysAttr(name string) *Object {
	if t.vm.sysMod == nil {
		// Shutdown has cleared sys (a finalizer runs late).
		return t.RaiseMsg(&RuntimeErrorType, "lost sys.%s", name)
	}
	v := t.vm.sysMod.Dict.GetStr(t, Intern(name))
	if v == nil {
		return t.RaiseMsg(&RuntimeErrorType, "lost sys.%s", name)
	}
	return v
}

// builtinSpec returns the spec of a built-in module, or nil.
func (t *Thread) builtinSpec(name string) *Object {
	if !isBuiltinModule(name) {
		return nil
	}
	kind := "built-in"
	if preludeModules[name] {
		kind = "rcvm prelude"
	}
	origin := t.NewStr(kind)
	defer t.Decref(origin)
	return t.newSpec(name, &BuiltinImporterType.Object, origin, false)
}

// builtinFindSpec is BuiltinImporter.find_spec(fullname, path=None, target=None).
func builtinFindSpec(t *Thread, args []*Object, kwnames []*Str) *Object {
	var name, path, target *Object
	if !findSpecSig.Parse(t, args[1:], kwnames, &name, &path, &target) {
		return nil
	}
	if path != nil && path != None {
		return None
	}
	s, ok := StrValue(name)
	if !ok {
		return t.RaiseMsg(&TypeErrorType, "find_spec() argument 'fullname' must be str, not %s", name.typ.tpName())
	}
	if spec := t.builtinSpec(s); spec != nil {
		return spec
	}
	return None
}

var findSpecSig = NewSignature("find_spec", "fullname", "path=", "target=")

// builtinCreateModule is BuiltinImporter.create_module(spec): a built-in
// module, built for this VM (sys and builtins are the VM's own).
func builtinCreateModule(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("create_module", args, kwnames, 1, 1) {
		return nil
	}
	name, ok := t.specName(args[0])
	if !ok {
		return nil
	}
	switch name {
	case "sys":
		return t.NewRef(&t.vm.sysMod.Object)
	case "builtins":
		return t.NewRef(&t.vm.builtinsMod.Object)
	}
	build, ok := moduleBuilders[name]
	if !ok {
		n := t.NewStr(name)
		defer t.Decref(n)
		return t.raiseImportError(&ImportErrorType, "no built-in module named "+name, n, nil)
	}
	mod := t.newModule(name)
	if !build(t, mod) {
		t.Decref(&mod.Object)
		return nil
	}
	return &mod.Object
}

// pathFindSpec is PathFinder.find_spec(fullname, path=None, target=None).
func pathFindSpec(t *Thread, args []*Object, kwnames []*Str) *Object {
	var name, path, target *Object
	if !findSpecSig.Parse(t, args[1:], kwnames, &name, &path, &target) {
		return nil
	}
	s, ok := StrValue(name)
	if !ok {
		return t.RaiseMsg(&TypeErrorType, "find_spec() argument 'fullname' must be str, not %s", name.typ.tpName())
	}
	if path == None {
		path = nil
	}
	if spec := t.pathSpec(s, path); spec != nil || t.Failed() {
		return spec
	}
	return None
}

// pathSpec searches the directories of path (sys.path when nil) for name.
func (t *Thread) pathSpec(name string, path *Object) *Object {
	if path == nil {
		path = t.sysAttr("path")
		if path == nil {
			return nil
		}
		defer t.Decref(path)
	}
	entries, ok := t.Collect(path)
	if !ok {
		return nil
	}
	defer t.DecrefAll(entries)
	hooks := t.customPathHooks()
	defer t.XDecref(hooks)
	tail := name
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			tail = name[i+1:]
			break
		}
	}
	var portions []string
	for _, e := range entries {
		entry, isStr := StrValue(e)
		if !isStr {
			continue
		}
		if hooks != nil {
			spec, handled := t.hookedFind(hooks, e, name)
			if handled {
				if spec == nil && t.Failed() {
					return nil
				}
				if spec != nil {
					return spec
				}
				continue
			}
		}
		dir := absDir(entry)
		spec, portion := t.findInDir(name, tail, dir)
		if spec != nil || t.Failed() {
			return spec
		}
		if portion != "" {
			portions = append(portions, portion)
		}
	}
	if len(portions) == 0 {
		return nil
	}
	// A namespace package: no loader yet (module_from_spec gives it a
	// NamespaceLoader), no origin, its portions as search locations.
	spec := t.newSpec(name, None, nil, true)
	if spec == nil {
		return nil
	}
	locs := t.GetAttrString(spec, "submodule_search_locations")
	for _, p := range portions {
		s := t.NewStr(p)
		asList(locs).Append(t, s)
		t.Decref(s)
	}
	t.Decref(locs)
	return spec
}

// absDir is FileFinder's directory for a sys.path entry: the current
// directory for "", the absolute path otherwise.
func absDir(entry string) string {
	if entry == "" || entry == "." {
		if wd, err := os.Getwd(); err == nil {
			return wd
		}
		return "."
	}
	if abs, err := filepath.Abs(entry); err == nil {
		return abs
	}
	return entry
}

// findInDir is FileFinder.find_spec for one directory: a package (dir/tail
// with __init__.py) first, then a module (tail.py); a directory without
// __init__.py is returned as a namespace portion.
func (t *Thread) findInDir(name, tail, dir string) (spec *Object, portion string) {
	names := listDir(dir)
	if names == nil {
		return nil, ""
	}
	base := dir + "/" + tail
	isNamespace := false
	if names[tail] {
		if fi, err := os.Stat(base); err == nil && fi.IsDir() {
			init := base + "/__init__.py"
			if fi, err := os.Stat(init); err == nil && fi.Mode().IsRegular() {
				return t.fileSpec(name, init, base), ""
			}
			isNamespace = true
		}
	}
	if names[tail+".py"] {
		file := base + ".py"
		if fi, err := os.Stat(file); err == nil && fi.Mode().IsRegular() {
			return t.fileSpec(name, file, ""), ""
		}
	}
	if isNamespace {
		return nil, base
	}
	return nil, ""
}

// fileSpec returns the spec of a source file module (a package when
// pkgDir is set): SourceFileLoader, origin and __file__ the file.
func (t *Thread) fileSpec(name, file, pkgDir string) *Object {
	l := Alloc[fileLoader](t, SourceFileLoaderType)
	l.name, l.path = t.NewStr(name), t.NewStr(file)
	spec := t.newSpec(name, &l.Object, l.path, pkgDir != "")
	t.Decref(&l.Object)
	if spec == nil {
		return nil
	}
	t.SetAttrString(spec, "_set_fileattr", True)
	if pkgDir != "" {
		locs := t.GetAttrString(spec, "submodule_search_locations")
		d := t.NewStr(pkgDir)
		asList(locs).Append(t, d)
		t.Decref(d)
		t.Decref(locs)
	}
	return spec
}

// customPathHooks returns sys.path_hooks when the program put hooks there
// (rcvm's own search needs none), else nil.
func (t *Thread) customPathHooks() *Object {
	hooks := t.vm.sysMod.Dict.GetStr(t, Intern("path_hooks"))
	if hooks == nil {
		return nil
	}
	if n, ok := t.Len(hooks); !ok || n == 0 {
		t.ClearExc()
		t.Decref(hooks)
		return nil
	}
	return hooks
}

// hookedFind asks the finder a path hook makes for entry (cached in
// sys.path_importer_cache, as PathFinder._path_importer_cache does).
// handled is false when no hook takes the entry: rcvm's own search then
// looks at it.
func (t *Thread) hookedFind(hooks, entry *Object, name string) (spec *Object, handled bool) {
	cache := t.vm.sysMod.Dict.GetStr(t, Intern("path_importer_cache"))
	var finder *Object
	if cache != nil {
		defer t.Decref(cache)
		if d, ok := AsDict(cache); ok {
			finder, _ = d.Get(t, entry)
		}
	}
	if finder == nil {
		list, ok := t.Collect(hooks)
		if !ok {
			return nil, true
		}
		for _, h := range list {
			f := t.Call(h, []*Object{entry}, nil)
			if f != nil {
				finder = f
				break
			}
			if !t.ExcMatches(&ImportErrorType) {
				t.DecrefAll(list)
				return nil, true
			}
			t.ClearExc()
		}
		t.DecrefAll(list)
		if finder == nil {
			return nil, false
		}
		if d, ok := AsDict(cache); ok {
			d.Set(t, entry, finder)
		}
	}
	defer t.Decref(finder)
	if finder == None {
		return nil, false
	}
	fs, ok := t.LookupAttr(finder, "find_spec")
	if !ok || fs == nil {
		return nil, !ok
	}
	nm := t.NewStr(name)
	r := t.Call(fs, []*Object{nm}, nil)
	t.Decref(nm)
	t.Decref(fs)
	if r == nil {
		return nil, true
	}
	if r == None {
		t.Decref(r)
		return nil, true
	}
	return r, true
}

// The directory listings FileFinder caches: the names in each directory,
// refreshed when its modification time changes (importlib.invalidate_caches
// drops them). Shared by the process's VMs.
var dirCache struct {
	sync.Mutex
	m map[string]dirListing
}

type dirListing struct {
	mtime int64
	names map[string]bool
}

// listDir returns the names in dir (nil if it cannot be read).
func listDir(dir string) map[string]bool {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return nil
	}
	mtime := fi.ModTime().UnixNano()
	dirCache.Lock()
	l, ok := dirCache.m[dir]
	dirCache.Unlock()
	if ok && l.mtime == mtime {
		return l.names
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	names := make(map[string]bool, len(ents))
	for _, e := range ents {
		names[e.Name()] = true
	}
	dirCache.Lock()
	if dirCache.m == nil {
		dirCache.m = map[string]dirListing{}
	}
	dirCache.m[dir] = dirListing{mtime, names}
	dirCache.Unlock()
	return names
}

func invalidateDirCache() {
	dirCache.Lock()
	dirCache.m = nil
	dirCache.Unlock()
}
