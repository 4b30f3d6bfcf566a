package core

// Modules built into core (sys, _thread, threading) and those native
// modules register (modules/...), and the builtins namespace.
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

// newModule creates a module object with a fresh namespace holding what
// every module has (PyModule_New): __name__, and __doc__, __package__,
// __loader__ and __spec__ set to None.
func (t *Thread) newModule(name string) *Module {
	m := &Module{Name: name, Dict: t.NewDict()}
	m.Dict.watch = watchNamespace
	t.initObject(&m.Object, KindModule, &ModuleType)
	n := t.NewStr(name)
	m.Dict.SetStr(t, dunderName, n)
	t.Decref(n)
	for _, a := range [...]string{"__doc__", "__package__", "__loader__", "__spec__"} {
		m.Dict.SetStr(t, Intern(a), None)
	}
	return m
}

// NewModule returns a new module object (a new reference), for native
// code that builds a module at run time (types.ModuleType(name)).
func (t *Thread) NewModule(name string) *Module { return t.newModule(name) }

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

// buildBuiltins creates the VM's builtins namespace.
func (vm *VM) buildBuiltins(t *Thread) {
	d := t.NewDict()
	d.watch = watchNamespace
	for _, b := range builtinFuncs {
		d.SetStr(t, Intern(b.Name), &b.Object)
	}
	for name, tp := range BuiltinTypeNames {
		d.SetStr(t, Intern(name), &tp.Object)
	}
	for name, tp := range map[string]*Type{
		"object": &ObjectType, "type": &TypeType, "property": &PropertyType,
		"staticmethod": &StaticMethodType, "classmethod": &ClassMethodType, "super": &SuperType,
	} {
		d.SetStr(t, Intern(name), &tp.Object)
	}
	for _, tp := range ExceptionTypes {
		d.SetStr(t, Intern(tp.Name), &tp.Object)
	}
	for name, tp := range ExceptionAliases {
		d.SetStr(t, Intern(name), &tp.Object)
	}
	d.SetStr(t, Intern("None"), None)
	d.SetStr(t, Intern("True"), True)
	d.SetStr(t, Intern("False"), False)
	d.SetStr(t, Intern("Ellipsis"), Ellipsis)
	d.SetStr(t, Intern("NotImplemented"), NotImplemented)
	d.SetStr(t, Intern("__build_class__"), &buildClassBuiltin.Object)
	d.SetStr(t, dunderName, &Intern("builtins").Object)
	d.SetStr(t, Intern("__doc__"), &Intern(builtinsDoc).Object)
	d.SetStr(t, Intern("__package__"), &Intern("").Object)
	d.SetStr(t, Intern("__debug__"), True)
	vm.builtins = d
	m := &Module{Name: "builtins", Dict: d}
	t.initObject(&m.Object, KindModule, &ModuleType)
	vm.builtinsMod = m
	if objectInit == nil {
		objectInit = ObjectType.Dict.getStr(dunderInit)
	}
}
