package core

import "sync"

// type.__subclasses__(): every type keeps its direct subclasses, as
// CPython's tp_subclasses does (a dict of weak references there). A class
// is added to each of its bases when it is created and removed when it is
// freed; reading the list takes a new reference to each subclass only if
// its count has not reached zero (TryIncref), so that a class being freed
// on another thread is skipped instead of resurrected.

// subclassesMu guards every type's subclasses list: classes are created
// and freed rarely, and __subclasses__ is rarer still.
var subclassesMu sync.Mutex

// directBases are the bases a type is a subclass of: __bases__ for a
// class of the program, the base for a built-in type.
func directBases(tp *Type) []*Type {
	if len(tp.Bases) > 0 {
		return tp.Bases
	}
	if tp.Base != nil {
		return []*Type{tp.Base}
	}
	return nil
}

// addSubclass records tp in the subclass lists of its bases.
func addSubclass(tp *Type) {
	subclassesMu.Lock()
	defer subclassesMu.Unlock()
	for _, b := range directBases(tp) {
		b.subclasses = append(b.subclasses, tp)
	}
}

// removeSubclass takes tp out of its bases' lists (when tp is freed).
func removeSubclass(tp *Type) {
	subclassesMu.Lock()
	defer subclassesMu.Unlock()
	for _, b := range directBases(tp) {
		for i, s := range b.subclasses {
			if s == tp {
				b.subclasses = append(b.subclasses[:i:i], b.subclasses[i+1:]...)
				break
			}
		}
	}
}

// typeSubclasses is type.__subclasses__(cls): the live direct subclasses,
// in the order they were created.
func typeSubclasses(t *Thread, args []*Object, kwnames []*Str) *Object {
	cls := asType(args[0])
	// Bound to a class, the method is named after it, as CPython's
	// builtin methods bound to a type are: "A.__subclasses__()".
	owner := cls.Name
	if cls.Heap {
		owner = cls.qualname
	}
	if !t.ArgsRange(owner+".__subclasses__", args[1:], kwnames, 0, 0) {
		return nil
	}
	subclassesMu.Lock()
	items := make([]*Object, 0, len(cls.subclasses))
	for _, s := range cls.subclasses {
		if t.TryIncref(&s.Object) {
			items = append(items, &s.Object)
		}
	}
	subclassesMu.Unlock()
	return t.ListOwned(items...)
}

func init() {
	TypeType.def("__subclasses__", typeSubclasses)
	afterReadyTypes(func() {
		for _, tp := range builtinTypes {
			addSubclass(tp)
		}
	})
}
