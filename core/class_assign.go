package core

// Assigning __class__ (CPython's object_set_class): an instance of a class
// defined by the program may become an instance of another such class
// whose instances have the same layout (the same solid base, the same
// dict and __slots__ arrangement), as compatible_for_assignment allows.
// The built-in types are immutable here as in CPython: their instances
// and classes cannot take part.

// setClass is o.__class__ = v (v nil: del o.__class__).
func (t *Thread) setClass(o, v *Object) bool {
	if v == nil {
		t.RaiseMsg(&TypeErrorType, "can't delete __class__ attribute")
		return false
	}
	if v.kind != KindType {
		t.RaiseMsg(&TypeErrorType, "__class__ must be set to a class, not '%s' object", v.typ.Name)
		return false
	}
	newto, oldto := asType(v), o.typ
	if !newto.Heap || !oldto.Heap {
		t.RaiseMsg(&TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
		return false
	}
	if !sameLayout(oldto, newto) {
		t.RaiseMsg(&TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", newto.Name, oldto.Name)
		return false
	}
	// The instance holds a reference to its class (heap classes only,
	// which both are). Another thread reading o's type meanwhile sees the
	// old class or the new one, both alive: the old one loses this
	// reference only after the switch.
	t.Incref(&newto.Object)
	o.typ = newto
	t.Decref(&oldto.Object)
	return true
}

// sameLayout reports whether instances of a and b are laid out alike, so
// that an instance of one may become an instance of the other.
func sameLayout(a, b *Type) bool {
	return solidBase(a) == solidBase(b) && a.InstanceKind == b.InstanceKind &&
		a.noDict == b.noDict && a.dictOffset == b.dictOffset && a.nslots == b.nslots &&
		a.IsException == b.IsException && a.layout == b.layout && a.wrapperBase == b.wrapperBase
}
