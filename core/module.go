package core

// Built-in modules (threading, time, sys, math) and the builtins namespace.
// Each module file registers a builder; a VM builds each module on first
// import, so that module state (sys.argv, the thread registry) is per VM.

// ModuleBuilder fills a new module's namespace for a VM.
type ModuleBuilder func(t *Thread, m *Module) bool

var moduleBuilders = map[string]ModuleBuilder{}

// RegisterModule makes a built-in module importable. Call it from init.
func RegisterModule(name string, build ModuleBuilder) { moduleBuilders[name] = build }

var builtinFuncs []*Builtin

// defBuiltin declares a function of the builtins module.
func defBuiltin(name string, fn BuiltinFunc) {
	builtinFuncs = append(builtinFuncs, newStaticBuiltin(name, fn))
}

// newModule creates a module object with a fresh namespace.
func (t *Thread) newModule(name string) *Module {
	m := &Module{Name: name, Dict: t.NewDict()}
	t.initObject(&m.Object, KindModule, &ModuleType)
	m.Dict.SetStr(t, Intern("__name__"), &Intern(name).Object)
	return m
}

// SetAttrString sets a module attribute (a new reference to v is taken).
func (m *Module) SetAttrString(t *Thread, name string, v *Object) {
	m.Dict.SetStr(t, Intern(name), v)
}

// SetFunc adds a built-in function to a module.
func (m *Module) SetFunc(t *Thread, name string, fn BuiltinFunc) {
	m.SetAttrString(t, name, NewBuiltin(name, fn))
}

func deallocModule(t *Thread, o *Object) {
	m := asModule(o)
	if m.Dict != nil {
		d := m.Dict
		m.Dict = nil
		t.Decref(&d.Object)
	}
	t.recycle(o)
}
