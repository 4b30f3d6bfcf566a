package core

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/rcvm/rcvm/core/compile"
	"github.com/rcvm/rcvm/core/syntax"
)

// Running a program as __main__, in the forms of CPython's command line:
// a script file, a directory with a __main__.py, a module (-m), or source
// text (-c, stdin).

// Program is what a VM runs as __main__. Exactly one of Path, Module and
// Source is set.
type Program struct {
	// Path is a script, or a directory holding __main__.py (`python DIR`).
	Path string
	// Module is run as `python -m Module` runs it.
	Module string
	// Source is program text, named Filename ("<string>" for -c, "<stdin>"
	// for standard input).
	Source   []byte
	Filename string
	// Args are sys.argv.
	Args []string
}

// OpenError reports a script that cannot be read (CPython's "can't open
// file" before the interpreter starts).
type OpenError struct {
	Path string
	Err  error
}

func (e *OpenError) Error() string { return fmt.Sprintf("can't open file '%s': %v", e.Path, e.Err) }

func (e *OpenError) Unwrap() error { return e.Err }

// RunFile runs a script file (or a directory with __main__.py) as __main__
// with the given argv.
func (vm *VM) RunFile(path string, argv []string) (Result, error) {
	return vm.Run(Program{Path: path, Args: argv})
}

// RunSource runs source code as __main__. filename names it in tracebacks
// and decides sys.path[0]: its directory, or "" for a name in angle
// brackets ("<string>", "<stdin>").
func (vm *VM) RunSource(filename string, src []byte, argv []string) (Result, error) {
	return vm.Run(Program{Source: src, Filename: filename, Args: argv})
}

// Run runs a program as __main__ on a new main thread and shuts the VM
// down: the program's threads finish, the modules are cleared (what is
// still alive is counted as leaked), and the exit status is CPython's.
func (vm *VM) Run(p Program) (res Result, err error) {
	readyTypes()
	vm.argv = p.Args
	var src []byte
	file := ""
	switch {
	case p.Path != "":
		abs, aerr := filepath.Abs(p.Path)
		if aerr != nil {
			abs = p.Path
		}
		fi, serr := os.Stat(p.Path)
		switch {
		case serr != nil:
			return Result{}, &OpenError{Path: abs, Err: serr}
		case fi.IsDir():
			vm.path0 = abs
		default:
			if src, err = os.ReadFile(p.Path); err != nil {
				return Result{}, &OpenError{Path: abs, Err: err}
			}
			file = abs
			vm.path0 = filepath.Dir(abs)
			if real, rerr := filepath.EvalSymlinks(abs); rerr == nil {
				vm.path0 = filepath.Dir(real)
			}
		}
	case p.Module != "":
		vm.path0, _ = os.Getwd()
	default:
		src, file = p.Source, p.Filename
		if !strings.HasPrefix(file, "<") {
			if abs, aerr := filepath.Abs(file); aerr == nil {
				vm.path0 = filepath.Dir(abs)
			}
		}
	}
	if file != "" {
		vm.storeSource(file, src)
	}
	main := vm.newThread("MainThread")
	defer func() {
		if r := recover(); r != nil {
			vm.out.Flush()
			err = &InternalError{Msg: fmt.Sprint(r), Stack: string(debug.Stack())}
		}
	}()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	main.Attach()
	mainMod := vm.bootstrap(main)
	var exit int
	switch {
	case p.Module != "":
		exit = main.runModuleAsMain(mainMod, p.Module)
	case p.Path != "" && file == "":
		exit = main.runDirAsMain(mainMod, vm.path0)
	default:
		exit = main.runSourceAsMain(mainMod, file, src, p.Path != "")
	}
	exit = vm.shutdown(main, exit)
	return vm.finish(main, exit), nil
}

// bootstrap creates the VM's builtins and sys modules, sys.modules with
// both, and the __main__ module (returned, borrowed: sys.modules holds it).
func (vm *VM) bootstrap(t *Thread) *Module {
	vm.buildBuiltins(t)
	vm.sysModules = t.NewDict()
	sys := t.newModule("sys")
	vm.sysMod = sys
	buildSys(t, sys)
	b := vm.builtinsMod
	for _, m := range []*Module{sys, b} {
		if m == b {
			name := t.NewStr("builtins")
			b.Dict.SetStr(t, dunderName, name)
			t.Decref(name)
			b.Dict.SetStr(t, Intern("__doc__"), None)
		}
		n := t.NewStr(m.Name)
		vm.sysModules.Set(t, n, &m.Object)
		t.Decref(n)
		if spec := t.builtinSpec(m.Name); spec != nil {
			m.SetAttrString(t, "__spec__", spec)
			t.Decref(spec)
		}
		m.SetAttrString(t, "__loader__", &BuiltinImporterType.Object)
		m.SetOwned(t, "__package__", t.NewStr(""))
	}
	main := t.newModule("__main__")
	n := t.NewStr("__main__")
	vm.sysModules.Set(t, n, &main.Object)
	t.Decref(n)
	t.Decref(&main.Object)
	main.SetAttrString(t, "__builtins__", &b.Object)
	main.SetAttrString(t, "__loader__", &BuiltinImporterType.Object)
	return main
}

// runSourceAsMain compiles and runs a script or source text in __main__.
func (t *Thread) runSourceAsMain(main *Module, file string, src []byte, isFile bool) int {
	vm := t.vm
	if isFile {
		f := t.NewStr(file)
		main.SetAttrString(t, "__file__", f)
		l := Alloc[fileLoader](t, SourceFileLoaderType)
		l.name, l.path = t.NewStr("__main__"), f
		main.SetAttrString(t, "__loader__", &l.Object)
		t.Decref(&l.Object)
		main.SetAttrString(t, "__cached__", None)
	} else if file == "<stdin>" {
		main.SetOwned(t, "__file__", t.NewStr(file))
	}
	code, cerr := compile.File(file, src)
	if cerr != nil {
		vm.out.Flush()
		var se *syntax.Error
		if errors.As(cerr, &se) {
			vm.errw.WriteString(se.Format())
			vm.errw.Flush()
			return 1
		}
		vm.errw.WriteString("rcvm: " + cerr.Error() + "\n")
		vm.errw.Flush()
		return 1
	}
	return t.runMainCode(main, loadCode(code))
}

// runMainCode runs compiled code in __main__'s namespace and returns the
// exit status.
func (t *Thread) runMainCode(main *Module, code *Code) int {
	fn := t.makeFunction(code, main.Dict)
	r := t.callFunction(fn, nil, nil)
	t.Decref(&fn.Object)
	if r == nil {
		return t.handleUncaught()
	}
	t.Decref(r)
	return 0
}

// runModuleAsMain is `python -m name` (runpy._run_module_as_main): find the
// module (a package runs its __main__ submodule), then run its code in
// __main__'s namespace with __spec__ and __file__ set from its spec, and
// sys.argv[0] its file.
func (t *Thread) runModuleAsMain(main *Module, name string) int {
	spec := t.mainModuleSpec(name, name)
	if spec == nil {
		return t.reportMainError()
	}
	defer t.Decref(spec)
	return t.runSpecAsMain(main, spec, true)
}

// mainModuleSpec is runpy._get_module_details: the spec of the module to
// run for name (its __main__ submodule for a package).
func (t *Thread) mainModuleSpec(name, asked string) *Object {
	if strings.HasPrefix(name, ".") {
		return t.raiseImportError(&ImportErrorType, "Relative module names not supported", nil, nil)
	}
	var path *Object
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		pkg := t.importAbsolute(name[:i])
		if pkg == nil {
			return nil
		}
		p, ok := t.LookupAttr(pkg, "__path__")
		t.Decref(pkg)
		if !ok {
			return nil
		}
		if p == nil {
			return t.raiseImportError(&ImportErrorType, fmt.Sprintf("No module named %s", name), nil, nil)
		}
		path = p
		defer t.Decref(path)
	}
	spec := t.findSpec(name, path)
	if spec == nil {
		if t.Failed() {
			return nil
		}
		msg := "No module named " + name
		if name != asked {
			msg = fmt.Sprintf("No module named %s; '%s' is a package and cannot be directly executed", name, asked)
		}
		return t.raiseImportError(&ImportErrorType, msg, nil, nil)
	}
	locs := t.GetAttrString(spec, "submodule_search_locations")
	if locs == nil {
		t.Decref(spec)
		return nil
	}
	isPkg := locs != None
	t.Decref(locs)
	if isPkg {
		t.Decref(spec)
		if name == "__main__" || strings.HasSuffix(name, ".__main__") {
			return t.raiseImportError(&ImportErrorType, "Cannot use package as __main__ module", nil, nil)
		}
		// The package itself is imported first, as runpy does.
		pkg := t.importAbsolute(name)
		if pkg == nil {
			return nil
		}
		t.Decref(pkg)
		return t.mainModuleSpec(name+".__main__", name)
	}
	return spec
}

// runDirAsMain is `python DIR`: DIR is sys.path[0], and its __main__
// module runs as __main__.
func (t *Thread) runDirAsMain(main *Module, dir string) int {
	spec := t.pathSpec("__main__", nil)
	if spec == nil {
		if t.Failed() {
			return t.reportMainError()
		}
		t.vm.out.Flush()
		t.vm.errw.WriteString(fmt.Sprintf("rcvm: can't find '__main__' module in '%s'\n", dir))
		t.vm.errw.Flush()
		return 1
	}
	defer t.Decref(spec)
	return t.runSpecAsMain(main, spec, false)
}

// runSpecAsMain runs the module a spec describes in __main__'s namespace.
func (t *Thread) runSpecAsMain(main *Module, spec *Object, setArgv0 bool) int {
	loader := t.GetAttrString(spec, "loader")
	if loader == nil {
		return t.reportMainError()
	}
	defer t.Decref(loader)
	if loader.typ != SourceFileLoaderType {
		name, _ := t.specName(spec)
		t.raiseImportError(&ImportErrorType, fmt.Sprintf("No code object available for %s", name), nil, nil)
		return t.reportMainError()
	}
	origin := t.GetAttrString(spec, "origin")
	parent := t.GetAttrString(spec, "parent")
	if origin == nil || parent == nil {
		t.XDecref(origin)
		t.XDecref(parent)
		return t.reportMainError()
	}
	defer t.Decref(origin)
	defer t.Decref(parent)
	file, _ := StrValue(origin)
	if setArgv0 {
		if argv, ok := AsList(t.vm.sysMod.Dict.GetStr(t, Intern("argv"))); ok {
			if len(argv.Items) > 0 {
				t.Replace(&argv.Items[0], t.NewRef(origin))
			}
			t.Decref(&argv.Object)
		}
	}
	main.SetAttrString(t, "__file__", origin)
	main.SetAttrString(t, "__cached__", None)
	main.SetAttrString(t, "__loader__", loader)
	main.SetAttrString(t, "__package__", parent)
	main.SetAttrString(t, "__spec__", spec)
	src, err := os.ReadFile(file)
	if err != nil {
		t.RaiseOSError(err)
		return t.reportMainError()
	}
	t.vm.storeSource(file, src)
	code := t.compileModule(file, src)
	if code == nil {
		return t.handleUncaught()
	}
	return t.runMainCode(main, code)
}

// reportMainError prints the error that stopped -m or DIR before the
// module ran: an ImportError as "rcvm: message" (as CPython prints it
// without a traceback), anything else as a traceback.
func (t *Thread) reportMainError() int {
	if t.ExcMatches(&ImportErrorType) {
		exc := t.TakeExc()
		msg, _ := t.StrString(exc)
		t.Decref(exc)
		t.ClearExc()
		t.vm.out.Flush()
		t.vm.errw.WriteString("rcvm: " + msg + "\n")
		t.vm.errw.Flush()
		return 1
	}
	return t.handleUncaught()
}

// clearModules empties sys.modules and then every module's namespace, most
// recently imported first (so that what is still alive afterwards is a
// leak), as CPython's finalize_modules does.
func (vm *VM) clearModules(t *Thread) {
	if vm.sysModules == nil {
		return
	}
	keys, mods := vm.sysModules.Items(t)
	t.DecrefAll(keys)
	vm.sysModules.Clear(t)
	for i := len(mods) - 1; i >= 0; i-- {
		if m, ok := AsModule(mods[i]); ok && m != vm.builtinsMod {
			t.clearNamespace(m.Dict)
		}
	}
	t.DecrefAll(mods)
	if vm.sysMod != nil {
		vm.sysMod.Dict.Clear(t)
		t.Decref(&vm.sysMod.Object)
		vm.sysMod = nil
	}
	t.Decref(&vm.sysModules.Object)
	vm.sysModules = nil
}
