package core

import (
	_ "embed"

	"github.com/rcvm/rcvm/core/compile"
)

// The threading module, until CPython's own Lib/threading.py runs on rcvm
// (it needs generators, os, _weakrefset and itertools): prelude/threading.py,
// Python over the _thread module (modules/thread) as CPython's is, with
// CPython's semantics for the part it covers.

//go:embed prelude/threading.py
var threadingSource []byte

func buildThreadingModule(t *Thread, m *Module) bool {
	bcode, err := compile.File("<frozen threading>", threadingSource)
	if err != nil {
		t.RaiseMsg(&SystemErrorType, "threading prelude: %v", err)
		return false
	}
	code := loadCode(bcode)
	fn := t.makeFunction(code, m.Dict)
	r := t.callFunction(fn, nil, nil)
	t.Decref(&fn.Object)
	if r == nil {
		return false
	}
	t.Decref(r)
	return true
}

func init() {
	RegisterModule("threading", buildThreadingModule)
}
