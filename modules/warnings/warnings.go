// Package warnings is rcvm's _warnings module, in the minimal form
// importlib's bootstrap needs: warn() hands the warning to the standard
// library's warnings.warn, so that filters, once-registries and printing
// are warnings.py's pure-Python implementation (which it uses whenever
// _warnings lacks its filters, as this one does).
package warnings

import "github.com/rcvm/rcvm/core"

func init() { core.RegisterModule("_warnings", build) }

var warnSig = core.NewSignature("warn", "message", "category=", "stacklevel=", "source=")

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.")
	m.SetFunc(t, "warn", warn)
	return true
}

// warn is _warnings.warn(message, category=None, stacklevel=1, source=None).
func warn(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var msg, category, level, source *core.Object
	if !warnSig.Parse(t, args, kwnames, &msg, &category, &level, &source) {
		return nil
	}
	mod := t.ImportModule("warnings")
	if mod == nil {
		return nil
	}
	defer t.Decref(mod)
	fn := t.GetAttrString(mod, "warn")
	if fn == nil {
		return nil
	}
	defer t.Decref(fn)
	call := []*core.Object{msg}
	var names []*core.Str
	for i, v := range []*core.Object{category, level, source} {
		if v != nil {
			call = append(call, v)
			names = append(names, core.Intern([]string{"category", "stacklevel", "source"}[i]))
		}
	}
	// The warning is attributed one frame further out: this call adds none
	// that warnings.warn would count, so the stack level stays as given.
	return t.Call(fn, call, names)
}
