// Package faulthandler is a minimal faulthandler module: the switch that
// test.support and programs flip (enable, disable, is_enabled). A Go panic
// inside rcvm is already reported as an internal error without a Go stack
// trace; dumping Python tracebacks on a fatal signal is refused.
package faulthandler

import (
	"sync/atomic"

	"github.com/rcvm/rcvm/core"
)

func init() { core.RegisterModule("faulthandler", build) }

var enabledKey core.StateKey[atomic.Bool]

var enableSig = core.NewSignature("enable", "file=", "all_threads=")

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, "faulthandler module.")
	m.SetFunc(t, "enable", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		var file, all *core.Object
		if !enableSig.Parse(t, args, kwnames, &file, &all) {
			return nil
		}
		enabledKey.Get(t.VM()).Store(true)
		return core.None
	})
	m.SetFunc(t, "disable", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("faulthandler.disable", args, kwnames, 0, 0) {
			return nil
		}
		return core.Bool(enabledKey.Get(t.VM()).Swap(false))
	})
	m.SetFunc(t, "is_enabled", func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("faulthandler.is_enabled", args, kwnames, 0, 0) {
			return nil
		}
		return core.Bool(enabledKey.Get(t.VM()).Load())
	})
	for _, name := range []string{"dump_traceback", "dump_traceback_later", "cancel_dump_traceback_later", "register", "unregister"} {
		name := name
		m.SetFunc(t, name, func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
			return t.RaiseMsg(&core.NotImplementedErrorType, "faulthandler.%s() is not supported by rcvm", name)
		})
	}
	return true
}
