package core

// The one place where a built-in method descriptor called unbound
// (list.sort(x), str.upper(), sorted(keys, key=str.lower)) checks its self,
// as CPython's method_check_args and descr_check do: every built-in method
// may then rely on args[0] having its type's layout.

// checkDescrSelf checks the receiver of a call of the unbound method
// descriptor b: a first positional argument that is an instance of b's
// type (a subtype of it, for a class method called through its type's
// dict).
func (t *Thread) checkDescrSelf(b *Builtin, args []*Object, kwnames []*Str) bool {
	if len(args)-len(kwnames) < 1 {
		if b.mkind == classMethod || b.mkind == slotWrapper {
			t.RaiseMsg(&TypeErrorType, "descriptor '%s' of '%s' object needs an argument", b.Name, b.owner.tpName())
		} else {
			t.RaiseMsg(&TypeErrorType, "unbound method %s.%s() needs an argument", b.owner.Name, b.Name)
		}
		return false
	}
	self := args[0]
	if b.mkind == classMethod {
		if self.kind != KindType {
			t.RaiseMsg(&TypeErrorType, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", b.Name, b.owner.tpName(), self.typ.tpName())
			return false
		}
		if !asType(self).IsSubtype(b.owner) {
			t.RaiseMsg(&TypeErrorType, "descriptor '%s' requires a subtype of '%s' but received '%s'", b.Name, b.owner.tpName(), asType(self).tpName())
			return false
		}
		return true
	}
	if b.mkind == slotWrapper && self.typ != b.owner && !self.typ.IsSubtype(b.owner) {
		t.RaiseMsg(&TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", b.Name, b.owner.tpName(), self.typ.tpName())
		return false
	}
	return t.descrCheck(b.Name, b.owner, self)
}

// descrCheck is CPython's descr_check: a descriptor of type owner applies
// only to instances of owner.
func (t *Thread) descrCheck(name string, owner *Type, obj *Object) bool {
	if obj.typ == owner || obj.typ.IsSubtype(owner) {
		return true
	}
	t.RaiseMsg(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.tpName(), obj.typ.tpName())
	return false
}
