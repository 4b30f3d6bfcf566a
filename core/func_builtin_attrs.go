package core

// The attributes of built-in functions and methods that programs read
// (threading names a thread after its target's __name__): __name__ and
// __qualname__ ("list.append" for a method of a type).

func builtinGetAttr(t *Thread, o *Object, name *Str) *Object {
	b := asBuiltin(o)
	switch name.S {
	case "__name__":
		return t.NewStr(b.Name)
	case "__qualname__":
		owner := b.owner
		if owner == nil && b.self != nil && b.self.kind == KindType && b.mkind == classMethod {
			owner = asType(b.self)
		}
		if owner != nil {
			return t.NewStr(owner.Name + "." + b.Name)
		}
		if b.self != nil && b.self.kind != KindModule {
			return t.NewStr(b.self.typ.Name + "." + b.Name)
		}
		return t.NewStr(b.Name)
	case "__self__":
		if o.typ == &BuiltinType || o.typ == &MethodWrapperType {
			if b.self == nil {
				return None
			}
			return t.NewRef(b.self)
		}
	case "__objclass__":
		if b.self == nil && b.owner != nil {
			return t.NewRef(&b.owner.Object)
		}
	case "__text_signature__":
		return None
	}
	return t.genericGetAttr(o, name)
}

func init() {
	BuiltinType.GetAttr = builtinGetAttr
}
