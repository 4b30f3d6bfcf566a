package core

import (
	"os"
	"path/filepath"
)

// sys's import attributes: modules, path, meta_path, path_hooks,
// path_importer_cache and builtin_module_names.

func init() { extendSys(buildSysImport) }

func buildSysImport(t *Thread, m *Module) bool {
	vm := t.vm
	m.SetAttrString(t, "modules", &vm.sysModules.Object)
	path := t.NewList(0)
	for _, p := range vm.sysPath() {
		s := t.NewStr(p)
		path.Append(t, s)
		t.Decref(s)
	}
	m.SetOwned(t, "path", &path.Object)
	m.SetOwned(t, "meta_path", t.ListOf(&BuiltinImporterType.Object, &PathFinderType.Object))
	m.SetOwned(t, "path_hooks", t.ListOf())
	m.SetOwned(t, "path_importer_cache", &t.NewDict().Object)
	names := BuiltinModuleNames()
	tup := t.NewTuple(len(names))
	for i, n := range names {
		tup.Items[i] = t.NewStr(n)
	}
	return m.SetOwned(t, "builtin_module_names", &tup.Object)
}

// sysPath is the initial sys.path: the program's directory (sys.path[0]),
// the PYTHONPATH directories (absolute; an empty entry is the current
// directory, as CPython makes it), then the standard library.
func (vm *VM) sysPath() []string {
	path := []string{vm.path0}
	for _, p := range vm.cfg.PythonPath {
		if p == "" {
			p, _ = os.Getwd()
		} else if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		path = append(path, p)
	}
	if vm.cfg.Stdlib != "" {
		path = append(path, vm.cfg.Stdlib)
	}
	return path
}
