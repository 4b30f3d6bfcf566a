package core

import "strings"

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

// newModule creates a module object with a fresh namespace.
func (t *Thread) newModule(name string) *Module {
	m := &Module{Name: name, Dict: t.NewDict()}
	m.Dict.watch = watchNamespace
	t.initObject(&m.Object, KindModule, &ModuleType)
	m.Dict.SetStr(t, dunderName, &Intern(name).Object)
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

func (vm *VM) builtinsModule() *Module { return vm.builtinsMod }

// importModule implements `import name`: built-in modules only, each built
// once per VM. A dotted name binds its top package, as CPython does.
func (t *Thread) importModule(name string) *Object {
	top := name
	if i := strings.IndexByte(name, '.'); i >= 0 {
		top = name[:i]
	}
	vm := t.vm
	vm.modMu.Lock()
	m, ok := vm.modules[top]
	vm.modMu.Unlock()
	if ok {
		return t.NewRef(m)
	}
	if top == "builtins" {
		return t.NewRef(&vm.builtinsMod.Object)
	}
	build, ok := moduleBuilders[top]
	if !ok || top != name {
		return t.RaiseMsg(&ModuleNotFoundErrorType, "No module named '%s'", name)
	}
	mod := t.newModule(top)
	if !build(t, mod) {
		t.Decref(&mod.Object)
		return nil
	}
	vm.modMu.Lock()
	if existing, dup := vm.modules[top]; dup {
		vm.modMu.Unlock()
		t.Decref(&mod.Object)
		return t.NewRef(existing)
	}
	vm.modules[top] = &mod.Object
	vm.modMu.Unlock()
	return t.NewRef(&mod.Object)
}

// importFrom implements `from m import name`.
func (t *Thread) importFrom(m *Object, name *Str) *Object {
	v := t.GetAttr(m, name)
	if v == nil && t.ExcMatches(&AttributeErrorType) {
		t.ClearExc()
		mn := "?"
		if m.kind == KindModule {
			mn = asModule(m).Name
		}
		return t.RaiseMsg(&ImportErrorType, "cannot import name '%s' from '%s' (unknown location)", name.S, mn)
	}
	return v
}
