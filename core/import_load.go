package core

import (
	"errors"
	"os"

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
	src, err := os.ReadFile(path)
	if err != nil {
		t.RaiseOSError(err)
		return false
	}
	code := t.compileModule(path, src)
	if code == nil {
		return false
	}
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

// compileModule compiles a module's source, raising SyntaxError (nil
// result) when it does not compile.
func (t *Thread) compileModule(path string, src []byte) *Code {
	bcode, err := compile.File(path, src)
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			t.Raise(t.NewSyntaxError(se))
			return nil
		}
		t.RaiseMsg(&SystemErrorType, "compiling %s: %v", path, err)
		return nil
	}
	return loadCode(bcode)
}
