// Package marshal is rcvm's marshal module. importlib's bootstrap imports
// it to read and write .pyc files, which rcvm never does
// (sys.implementation.cache_tag is None; rcvm caches compiled code in a
// format of its own), so only the module's constant is provided and its
// functions are refused with a clear error until a native-module helper
// implements CPython's format.
package marshal

import "github.com/rcvm/rcvm/core"

func init() { core.RegisterModule("marshal", build) }

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, "This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\nmachine architecture issues.")
	for _, name := range []string{"dumps", "loads", "dump", "load"} {
		fn := "marshal." + name
		m.SetFunc(t, name, func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
			return t.RaiseMsg(&core.NotImplementedErrorType, "%s is not supported by rcvm yet", fn)
		})
	}
	return m.SetOwned(t, "version", t.NewInt(4))
}
