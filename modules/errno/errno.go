// Package errno is CPython's errno module (Modules/errnomodule.c): one
// integer constant per Linux errno name (the aliases such as EWOULDBLOCK
// included) and errorcode, the dict from each value to its name.
package errno

import "github.com/rcvm/rcvm/core"

func init() { core.RegisterModule("errno", buildErrno) }

func buildErrno(t *core.Thread, m *core.Module) bool {
	codes := t.NewDict()
	for name, n := range core.ErrnoNames() {
		v := t.NewInt(int64(n))
		m.SetAttrString(t, name, v)
		t.Decref(v)
	}
	// errorcode maps each value to a name: where two names share a value,
	// the one errnomodule.c adds last (its order, not a rule).
	for n := 0; n < 4096; n++ {
		name := core.ErrnoName(n)
		if alias, ok := lastAdded[n]; ok {
			name = alias
		}
		if name == "" {
			continue
		}
		k, v := t.NewInt(int64(n)), t.NewStr(name)
		codes.Set(t, k, v)
		t.Decref(k)
		t.Decref(v)
	}
	return m.SetOwned(t, "errorcode", &codes.Object)
}

// lastAdded are the values whose errorcode entry CPython's errnomodule.c
// overwrites with an alias on Linux.
var lastAdded = map[int]string{35: "EDEADLOCK", 95: "ENOTSUP"}
