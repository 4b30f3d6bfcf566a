package core

// The _imp module (CPython's Python/import.c): the built-in half of the
// import system that importlib._bootstrap drives. rcvm has no frozen
// modules and loads no C extensions; its built-in modules are core's and
// those native modules register.

// importLock is _imp's global import lock (acquire_lock, release_lock),
// re-entrant for the thread that holds it.
type importLock struct {
	owner *Thread
	count int
}

func init() { RegisterModule("_imp", buildImp) }

func buildImp(t *Thread, m *Module) bool {
	m.SetDoc(t, "(Extremely) low-level import machinery bits as used by importlib.")
	m.SetOwned(t, "check_hash_based_pycs", t.NewStr("default"))
	funcs := []struct {
		name string
		fn   BuiltinFunc
	}{
		{"lock_held", impLockHeld},
		{"acquire_lock", impAcquireLock},
		{"release_lock", impReleaseLock},
		{"is_builtin", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			name, ok := impName(t, "is_builtin", args, kwnames)
			switch {
			case !ok:
				return nil
			case name == "sys" || name == "builtins":
				return t.NewInt(-1) // cannot be re-initialised
			case isBuiltinModule(name) && !preludeModules[name]:
				return t.NewInt(1)
			}
			return t.NewInt(0)
		}},
		{"create_builtin", builtinCreateModule},
		{"exec_builtin", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if !t.ArgsRange("exec_builtin", args, kwnames, 1, 1) {
				return nil
			}
			return t.NewInt(0)
		}},
		{"is_frozen", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if _, ok := impName(t, "is_frozen", args, kwnames); !ok {
				return nil
			}
			return False
		}},
		{"is_frozen_package", impNoFrozen("is_frozen_package")},
		{"get_frozen_object", impNoFrozen("get_frozen_object")},
		{"init_frozen", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if _, ok := impName(t, "init_frozen", args, kwnames); !ok {
				return nil
			}
			return None
		}},
		{"find_frozen", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			var name, withData *Object
			if !findFrozenSig.Parse(t, args, kwnames, &name, &withData) {
				return nil
			}
			if !IsStr(name) {
				return findFrozenSig.BadArgument(t, 0, "str", name)
			}
			return None
		}},
		{"_frozen_module_names", func(t *Thread, args []*Object, kwnames []*Str) *Object { return t.TupleOf() }},
		{"extension_suffixes", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if !t.ArgsRange("extension_suffixes", args, kwnames, 0, 0) {
				return nil
			}
			// rcvm loads no C extension modules.
			return t.ListOf()
		}},
		{"create_dynamic", impNoDynamic},
		{"exec_dynamic", impNoDynamic},
		{"_fix_co_filename", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			if !t.ArgsRange("_fix_co_filename", args, kwnames, 2, 2) {
				return nil
			}
			return None
		}},
		{"source_hash", func(t *Thread, args []*Object, kwnames []*Str) *Object {
			return t.RaiseMsg(&NotImplementedErrorType, "_imp.source_hash (hash-based .pyc files) is not supported by rcvm")
		}},
		{"_override_frozen_modules_for_tests", func(t *Thread, args []*Object, kwnames []*Str) *Object { return None }},
		{"_override_multi_interp_extensions_check", func(t *Thread, args []*Object, kwnames []*Str) *Object { return t.NewInt(-1) }},
	}
	for _, f := range funcs {
		m.SetFunc(t, f.name, f.fn)
	}
	return true
}

var findFrozenSig = NewSignature("find_frozen", "name", "/", "*", "withdata=")

// impName checks a single str argument of an _imp function.
func impName(t *Thread, fname string, args []*Object, kwnames []*Str) (string, bool) {
	if !t.ArgsRange(fname, args, kwnames, 1, 1) {
		return "", false
	}
	s, ok := StrValue(args[0])
	if !ok {
		t.RaiseMsg(&TypeErrorType, "%s() argument must be str, not %s", fname, args[0].typ.tpName())
	}
	return s, ok
}

func impNoFrozen(fname string) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		name, ok := impName(t, fname, args, kwnames)
		if !ok {
			return nil
		}
		n := t.NewStr(name)
		defer t.Decref(n)
		return t.raiseImportError(&ImportErrorType, "No such frozen object named '"+name+"'", n, nil)
	}
}

func impNoDynamic(t *Thread, args []*Object, kwnames []*Str) *Object {
	return t.raiseImportError(&ImportErrorType, "C extension modules cannot be loaded by rcvm", nil, nil)
}

func impLockHeld(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("lock_held", args, kwnames, 0, 0) {
		return nil
	}
	il := &t.vm.importLocks
	il.mu.Lock()
	held := il.global.owner != nil
	il.mu.Unlock()
	return Bool(held)
}

// impAcquireLock is _imp.acquire_lock(): the global import lock, waited for
// detached from the strategy.
func impAcquireLock(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("acquire_lock", args, kwnames, 0, 0) {
		return nil
	}
	il := &t.vm.importLocks
	il.mu.Lock()
	for il.global.owner != nil && il.global.owner != t {
		if il.globalWake == nil {
			il.globalWake = newCond(&il.mu)
		}
		t.Detach()
		il.globalWake.Wait()
		il.mu.Unlock()
		t.Attach()
		il.mu.Lock()
	}
	il.global.owner = t
	il.global.count++
	il.mu.Unlock()
	return None
}

func impReleaseLock(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("release_lock", args, kwnames, 0, 0) {
		return nil
	}
	il := &t.vm.importLocks
	il.mu.Lock()
	defer il.mu.Unlock()
	if il.global.owner != t {
		return t.RaiseMsg(&RuntimeErrorType, "not holding the import lock")
	}
	il.global.count--
	if il.global.count == 0 {
		il.global.owner = nil
		if il.globalWake != nil {
			il.globalWake.Broadcast()
		}
	}
	return None
}
