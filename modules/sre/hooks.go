package sre

import (
	"errors"

	"github.com/rcvm/rcvm/core"
)

// errInterrupted stops a match whose thread has an exception to raise (a
// KeyboardInterrupt from a signal); the exception is already set.
var errInterrupted = errors.New("interrupted")

// interruptCheck returns the function the engine calls every few thousand
// steps, or nil. rcvm has no signal delivery to threads yet, so a long
// match cannot be interrupted by Ctrl-C until it has.
func interruptCheck(t *core.Thread) func() error { return nil }

// callRe calls re.<name>(args...), the Python half of templates (CPython
// 3.11 imports re and calls re._subx and re._expand).
func callRe(t *core.Thread, name string, args ...*core.Object) *core.Object {
	re := importModule(t, "re")
	if re == nil {
		return nil
	}
	fn := t.GetAttrString(re, name)
	t.Decref(re)
	if fn == nil {
		return nil
	}
	r := t.Call(fn, args, nil)
	t.Decref(fn)
	return r
}

// importModule imports a module from Go (PyImport_Import).
var importModule = (*core.Thread).ImportModule
