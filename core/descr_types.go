package core

import "fmt"

// The types of the built-in descriptors that wrap Go functions, as
// CPython's Objects/descrobject.c defines them: a method of a built-in
// type read from its dict is a method_descriptor (str.join), a class
// method a classmethod_descriptor (dict.fromkeys), a slot's dunder a
// wrapper_descriptor (int.__add__); a slot's dunder read from an instance
// is a method-wrapper ((1).__add__). They all share the Builtin layout
// and KindBuiltin, so that the call path is the one of every built-in.

var (
	// MethodDescriptorType is the type of a built-in type's methods read
	// from its dict (str.join).
	MethodDescriptorType = Type{Name: "method_descriptor", InstanceKind: KindBuiltin}
	// ClassMethodDescriptorType is the type of a built-in type's class
	// methods as stored in its dict (dict.__dict__['fromkeys']).
	ClassMethodDescriptorType = Type{Name: "classmethod_descriptor", InstanceKind: KindBuiltin}
	// WrapperDescriptorType is the type of the dunder methods that call a
	// built-in type's slots (int.__add__, object.__init__).
	WrapperDescriptorType = Type{Name: "wrapper_descriptor", InstanceKind: KindBuiltin}
	// MethodWrapperType is the type of a slot's dunder bound to an
	// instance ((1).__add__, object().__str__).
	MethodWrapperType = Type{Name: "method-wrapper", InstanceKind: KindBuiltin}
)

// descrTypeOf is the type of a built-in method of kind k stored in a
// type's dict.
func descrTypeOf(k methodKind) *Type {
	switch k {
	case plainMethod:
		return &MethodDescriptorType
	case classMethod:
		return &ClassMethodDescriptorType
	case slotWrapper:
		return &WrapperDescriptorType
	}
	return &BuiltinType
}

// boundTypeOf is the type of a built-in method of kind k bound to a
// receiver.
func boundTypeOf(k methodKind) *Type {
	if k == slotWrapper {
		return &MethodWrapperType
	}
	return &BuiltinType
}

// slotWrapperOwner returns the built-in type whose slot m calls when m is
// a slot wrapper (int.__add__), or nil: a class's slots call that slot
// directly instead of going through a call of the wrapper.
func slotWrapperOwner(m *Object) *Type {
	if m.kind != KindBuiltin {
		return nil
	}
	if b := asBuiltin(m); b.mkind == slotWrapper && b.self == nil {
		return b.owner
	}
	return nil
}

// builtinRepr is repr() of every built-in function, method and
// descriptor, spelled as CPython's descrobject.c and methodobject.c do.
func builtinRepr(t *Thread, o *Object) *Object {
	b := asBuiltin(o)
	if b.self != nil {
		if o.typ == &MethodWrapperType {
			return t.NewStr(fmt.Sprintf("<method-wrapper '%s' of %s object at %p>", b.Name, b.self.typ.tpName(), b.self))
		}
		if b.self.kind == KindModule {
			return t.NewStr("<built-in function " + b.Name + ">")
		}
		return t.NewStr(fmt.Sprintf("<built-in method %s of %s object at %p>", b.Name, b.self.typ.Name, b.self))
	}
	if b.owner != nil {
		if o.typ == &WrapperDescriptorType {
			return t.NewStr(fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", b.Name, b.owner.tpName()))
		}
		return t.NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", b.Name, b.owner.tpName()))
	}
	return t.NewStr("<built-in function " + b.Name + ">")
}

func init() {
	for _, tp := range []*Type{&MethodDescriptorType, &ClassMethodDescriptorType, &WrapperDescriptorType, &MethodWrapperType} {
		registerType(tp)
		tp.Dealloc = deallocBuiltin
		tp.Repr = builtinRepr
		tp.GetAttr = builtinGetAttr
	}
}
