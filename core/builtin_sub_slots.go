package core

import bc "github.com/rcvm/rcvm/core/bytecode"

// The slots of a class derived from a built-in type: each is the
// built-in's own slot unless a class defined by the program, found first
// along the MRO, defines the slot's dunder method, in which case it is
// the class model's forwarding slot (setClassSlots). The choice is made
// at each call, so that a dunder assigned to the class later takes effect
// as CPython's update_slot makes it.

// overrides reports whether the first class along cls's MRO that defines
// name is one defined by the program.
func (t *Thread) overrides(cls *Type, name *Str) bool {
	for _, c := range cls.MRO {
		if c.Dict != nil && c.Dict.typeGet(t, name) != nil {
			return c.Heap
		}
	}
	return false
}

// inheritBuiltinSlots chooses, per slot, between the forwarding slots
// setClassSlots gave cls and root's own.
func inheritBuiltinSlots(cls, root *Type, l *subLayout) {
	fwd := cls.Slots
	s := &cls.Slots
	s.Repr = func(t *Thread, o *Object) *Object {
		if t.overrides(cls, dunderRepr) || root.Repr == nil {
			return fwd.Repr(t, o)
		}
		return root.Repr(t, o)
	}
	s.Str = func(t *Thread, o *Object) *Object {
		if t.overrides(cls, dunderStr) {
			return fwd.Str(t, o)
		}
		if l.ownStr && root.Str != nil {
			return root.Str(t, o)
		}
		return t.Repr(o)
	}
	s.Hash = func(t *Thread, o *Object) (int64, bool) {
		if t.overrides(cls, dunderHash) || t.overrides(cls, dunderEq) || root.Hash == nil {
			return fwd.Hash(t, o)
		}
		return root.Hash(t, o)
	}
	s.Compare = func(t *Thread, a, b *Object, op bc.CompareOp) *Object {
		if t.overrides(cls, compareDunderNames[op]) || root.Compare == nil {
			return fwd.Compare(t, a, b, op)
		}
		return root.Compare(t, a, b, op)
	}
	s.Truth = func(t *Thread, o *Object) (bool, bool) {
		if t.overrides(cls, dunderBool) {
			return fwd.Truth(t, o)
		}
		if root.Truth != nil {
			return root.Truth(t, o)
		}
		if t.overrides(cls, dunderLen) || root.Len == nil {
			return fwd.Truth(t, o)
		}
		n, ok := root.Len(t, o)
		return n != 0, ok
	}
	s.Len = func(t *Thread, o *Object) (int, bool) {
		if t.overrides(cls, dunderLen) || root.Len == nil {
			return fwd.Len(t, o)
		}
		return root.Len(t, o)
	}
	s.GetItem = func(t *Thread, o, key *Object) *Object {
		if t.overrides(cls, dunderGetitem) || root.GetItem == nil {
			return fwd.GetItem(t, o, key)
		}
		return root.GetItem(t, o, key)
	}
	s.SetItem = func(t *Thread, o, key, v *Object) bool {
		name := dunderSetitem
		if v == nil {
			name = dunderDelitem
		}
		if t.overrides(cls, name) || root.SetItem == nil {
			return fwd.SetItem(t, o, key, v)
		}
		return root.SetItem(t, o, key, v)
	}
	s.Contains = func(t *Thread, o, item *Object) (bool, bool) {
		if t.overrides(cls, dunderContains) || root.Contains == nil {
			return fwd.Contains(t, o, item)
		}
		return root.Contains(t, o, item)
	}
	s.Iter = func(t *Thread, o *Object) *Object {
		if t.overrides(cls, dunderIter) || root.Iter == nil {
			return fwd.Iter(t, o)
		}
		return root.Iter(t, o)
	}
	s.Format = func(t *Thread, o *Object, spec string) *Object {
		if t.overrides(cls, dunderFormat) || root.Format == nil {
			return fwd.Format(t, o, spec)
		}
		return root.Format(t, o, spec)
	}
	unary := func(name *Str, f, base func(t *Thread, o *Object) *Object) func(t *Thread, o *Object) *Object {
		if base == nil {
			return f
		}
		return func(t *Thread, o *Object) *Object {
			if t.overrides(cls, name) {
				return f(t, o)
			}
			return base(t, o)
		}
	}
	s.Neg = unary(Intern("__neg__"), fwd.Neg, root.Neg)
	s.Pos = unary(Intern("__pos__"), fwd.Pos, root.Pos)
	s.Invert = unary(Intern("__invert__"), fwd.Invert, root.Invert)
	s.Abs = unary(Intern("__abs__"), fwd.Abs, root.Abs)
	for op := bc.BinaryOp(0); op < bc.NumBinaryOps; op++ {
		base, ibase := root.Binary[op], root.Inplace[op]
		n, rn, in := binaryDunders(op)
		name, rname, iname := Intern(n), Intern(rn), Intern(in)
		if base != nil {
			s.Binary[op] = func(t *Thread, a, b *Object) *Object {
				if a.typ.IsSubtype(cls) {
					if t.overrides(a.typ, name) {
						if m := t.lookupType(a.typ, name); m != nil {
							if r := t.Call(m, []*Object{a, b}, nil); r != NotImplemented {
								return r
							}
						}
					} else if r := base(t, a, b); r != NotImplemented {
						return r
					}
				}
				if b.typ.IsSubtype(cls) {
					if t.overrides(b.typ, rname) {
						if m := t.lookupType(b.typ, rname); m != nil {
							return t.Call(m, []*Object{b, a}, nil)
						}
					} else {
						return base(t, a, b)
					}
				}
				return NotImplemented
			}
		}
		if ibase != nil {
			fi := fwd.Inplace[op]
			s.Inplace[op] = func(t *Thread, a, b *Object) *Object {
				if t.overrides(a.typ, iname) {
					return fi(t, a, b)
				}
				return ibase(t, a, b)
			}
		}
	}
	if root.GetAttr != nil {
		// The built-in's computed attributes (int.real, float.imag) when
		// the class model finds nothing.
		get, rootGet := s.GetAttr, root.GetAttr
		s.GetAttr = func(t *Thread, o *Object, name *Str) *Object {
			v := get(t, o, name)
			if v == nil && t.ExcMatches(&AttributeErrorType) {
				t.ClearExc()
				v = rootGet(t, o, name)
			}
			return v
		}
	}
	s.GetBuffer, s.ReleaseBuffer = root.GetBuffer, root.ReleaseBuffer
}
