package core

import (
	"errors"
	"os"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/compile"
	"github.com/rcvm/rcvm/core/syntax"
)

// Loading a module from its source file: read it, compile it (through the
// compiled-code cache, codecache.go), and run its code in the module's
// namespace.

// execSourceFile runs the module's source file in its namespace. It
// returns false with the exception set: OSError when the file cannot be
// read, SyntaxError when it does not compile, or what its code raised.
func (t *Thread) execSourceFile(m *Module, path string) bool {
	code := t.loadModuleCode(path)
	if code == nil {
		return false
	}
	return t.execModuleCode(m, code)
}

// execModuleCode runs a module's code in its namespace, with the
// namespace's __builtins__ set first as CPython's exec does.
func (t *Thread) execModuleCode(m *Module, code *Code) bool {
	if v := m.Dict.GetStr(t, Intern("__builtins__")); v != nil {
		t.Decref(v)
	} else {
		m.Dict.SetStr(t, Intern("__builtins__"), &t.vm.builtins.Object)
	}
	fn := t.makeFunction(code, m.Dict)
	r := t.callFunction(fn, nil, nil)
	t.Decref(&fn.Object)
	if r == nil {
		return false
	}
	t.Decref(r)
	return true
}

// loadModuleCode returns the code of a module's source file: from the
// compiled-code cache when it has an entry for the file as it is now, else
// compiled (and cached). It raises OSError or SyntaxError (nil result).
func (t *Thread) loadModuleCode(path string) *Code {
	fi, err := os.Stat(path)
	if err != nil {
		t.RaiseOSError(err)
		return nil
	}
	dir := t.vm.cfg.CacheDir
	if bcode := loadCachedCode(dir, path, fi); bcode != nil {
		return loadCode(bcode)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.RaiseOSError(err)
		return nil
	}
	bcode, ok := t.compileSource(path, src)
	if !ok {
		return nil
	}
	if after, err := os.Stat(path); err == nil && after.ModTime().Equal(fi.ModTime()) && after.Size() == fi.Size() {
		storeCachedCode(dir, path, fi, bcode)
	}
	return loadCode(bcode)
}

// compileModule compiles a module's source, raising SyntaxError (nil
// result) when it does not compile.
func (t *Thread) compileModule(path string, src []byte) *Code {
	bcode, ok := t.compileSource(path, src)
	if !ok {
		return nil
	}
	return loadCode(bcode)
}

func (t *Thread) compileSource(path string, src []byte) (*bytecode.Code, bool) {
	bcode, err := compile.File(path, src)
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			t.Raise(t.NewSyntaxError(se))
			return nil, false
		}
		t.RaiseMsg(&SystemErrorType, "compiling %s: %v", path, err)
		return nil, false
	}
	return bcode, true
}
