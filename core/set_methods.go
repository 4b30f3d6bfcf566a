package core

import (
	"sync/atomic"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// The set and frozenset types' slots and methods.

func init() {
	for _, tp := range []*Type{&SetType, &FrozenSetType} {
		tp.Dealloc = deallocSet
		tp.Repr = setRepr
		tp.Len = func(t *Thread, o *Object) (int, bool) { return asSet(o).length(t), true }
		tp.Contains = setContains
		tp.Iter = setIter
		tp.Compare = setCompare
		tp.Binary[bc.Or] = setBinary(func(t *Thread, a, b *Object) *Object { return t.setUnion(a, []*Object{b}) })
		tp.Binary[bc.And] = setBinary((*Thread).setIntersection)
		tp.Binary[bc.Sub] = setBinary((*Thread).setDifference)
		tp.Binary[bc.Xor] = setBinary((*Thread).setSymmetricDifference)
		tp.SetAttr = readOnlySetAttr
		tp.def("copy", setCopyMethod)
		tp.def("union", setMulti("union", (*Thread).setUnion))
		tp.def("intersection", setMulti("intersection", (*Thread).setIntersectionMulti))
		tp.def("difference", setMulti("difference", (*Thread).setDifferenceMulti))
		tp.def("symmetric_difference", setOne("symmetric_difference", (*Thread).setSymmetricDifference))
		tp.def("issubset", setPredicate("issubset", (*Thread).setIsSubset))
		tp.def("issuperset", setPredicate("issuperset", (*Thread).setIsSuperset))
		tp.def("isdisjoint", setPredicate("isdisjoint", (*Thread).setIsDisjoint))
	}
	SetType.Hash = hashUnhashable
	FrozenSetType.Hash = frozensetHash
	SetType.New = setNew
	FrozenSetType.New = setNew

	SetType.Inplace[bc.Or] = setInplace(func(t *Thread, s *Set, o *Object) bool { return s.update(t, o) })
	SetType.Inplace[bc.And] = setInplace(func(t *Thread, s *Set, o *Object) bool {
		return t.setIntersectionUpdate(&s.Object, []*Object{o})
	})
	SetType.Inplace[bc.Sub] = setInplace((*Thread).setDifferenceUpdateArg)
	SetType.Inplace[bc.Xor] = setInplace((*Thread).setSymmetricDifferenceUpdate)

	SetType.def("add", setAdd)
	SetType.def("remove", setRemover("remove", true))
	SetType.def("discard", setRemover("discard", false))
	SetType.def("pop", setPop)
	SetType.def("clear", setClear)
	SetType.def("update", setUpdater("update", func(t *Thread, s *Set, o *Object) bool { return s.update(t, o) }))
	SetType.def("difference_update", setUpdater("difference_update", (*Thread).setDifferenceUpdateArg))
	SetType.def("intersection_update", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if len(kwnames) > 0 {
			return t.RaiseMsg(&TypeErrorType, "set.intersection_update() takes no keyword arguments")
		}
		if !t.setIntersectionUpdate(args[0], args[1:]) {
			return nil
		}
		return None
	})
	SetType.def("symmetric_difference_update", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.oneArg("set.symmetric_difference_update", args, kwnames) {
			return nil
		}
		if !t.setSymmetricDifferenceUpdate(asSet(args[0]), args[1]) {
			return nil
		}
		return None
	})
}

func (t *Thread) setDifferenceUpdateArg(s *Set, o *Object) bool { return t.setDifferenceUpdate(s, o) }

func setRepr(t *Thread, o *Object) *Object {
	s := asSet(o)
	name := o.typ.Name
	if !t.reprEnter(o) {
		return t.NewStr(name + "(...)")
	}
	defer t.reprLeave(o)
	sn := s.snapshot(t)
	defer sn.release(t)
	if sn.used == 0 {
		return t.NewStr(name + "()")
	}
	keys := make([]*Object, 0, sn.used)
	sn.each(func(key *Object, hash int64) bool {
		keys = append(keys, key)
		return true
	})
	b := make([]byte, 0, 2+4*len(keys))
	if o.typ != &SetType {
		b = append(b, name...)
		b = append(b, '(')
	}
	b = append(b, '{')
	b, ok := t.reprItems(b, keys)
	if !ok {
		return nil
	}
	b = append(b, '}')
	if o.typ != &SetType {
		b = append(b, ')')
	}
	return t.NewStr(string(b))
}

// withFrozenKey retries an operation whose key was an unhashable set with
// frozenset(key), as CPython lets `{1} in s` find frozenset({1}).
func (t *Thread) withFrozenKey(key *Object, op func(k *Object) bool) bool {
	if op(key) {
		return true
	}
	if key.kind != KindSet || !t.ExcMatches(&TypeErrorType) {
		return false
	}
	t.ClearExc()
	fk := t.newSetFrom(&FrozenSetType, key)
	if fk == nil {
		return false
	}
	ok := op(&fk.Object)
	t.Decref(&fk.Object)
	return ok
}

func setContains(t *Thread, o, item *Object) (found, ok bool) {
	ok = t.withFrozenKey(item, func(k *Object) bool {
		var ok bool
		found, ok = asSet(o).Contains(t, k)
		return ok
	})
	return found, ok
}

func setIter(t *Thread, o *Object) *Object {
	it := t.newSeqIter(&SetIterType, o, 0)
	it.n = int64(asSet(o).length(t))
	return &it.Object
}

func setCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if !isAnySet(a) || !isAnySet(b) {
		return NotImplemented
	}
	x, y := asSet(a), asSet(b)
	var r, ok bool
	switch op {
	case bc.Eq, bc.Ne:
		hx, hy := atomic.LoadInt64(&x.hash), atomic.LoadInt64(&y.hash)
		if x.length(t) != y.length(t) || (hx != -1 && hy != -1 && hx != hy) {
			r, ok = false, true
		} else {
			r, ok = t.setIsSubset(a, b)
		}
		if op == bc.Ne {
			r = !r
		}
	case bc.Le:
		r, ok = t.setIsSubset(a, b)
	case bc.Ge:
		r, ok = t.setIsSuperset(a, b)
	case bc.Lt:
		if x.length(t) >= y.length(t) {
			return False
		}
		r, ok = t.setIsSubset(a, b)
	case bc.Gt:
		if x.length(t) <= y.length(t) {
			return False
		}
		r, ok = t.setIsSuperset(a, b)
	}
	if !ok {
		return nil
	}
	return Bool(r)
}

// setBinary wraps a set operator: both operands must be sets or
// frozensets, and the result has the left operand's base type.
func setBinary(op func(t *Thread, a, b *Object) *Object) func(t *Thread, a, b *Object) *Object {
	return func(t *Thread, a, b *Object) *Object {
		if !isAnySet(a) || !isAnySet(b) {
			return NotImplemented
		}
		return op(t, a, b)
	}
}

// setInplace wraps an in-place set operator (|=, &=, -=, ^=).
func setInplace(op func(t *Thread, s *Set, o *Object) bool) func(t *Thread, a, b *Object) *Object {
	return func(t *Thread, a, b *Object) *Object {
		if a.kind != KindSet || !isAnySet(b) {
			return NotImplemented
		}
		if !op(t, asSet(a), b) {
			return nil
		}
		return t.NewRef(a)
	}
}

// setNew is set(iterable=()) and frozenset(iterable=()).
func setNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if o, ok := t.subNew(builtinRoot(cls), cls, args, kwnames); ok {
		return o
	}
	if !t.ArgsRange(cls.Name, args, kwnames, 0, 1) {
		return nil
	}
	if len(args) == 0 {
		return &t.newSetOf(cls).Object
	}
	if cls == &FrozenSetType && args[0].typ == &FrozenSetType {
		return t.NewRef(args[0])
	}
	s := t.newSetFrom(cls, args[0])
	if s == nil {
		return nil
	}
	return &s.Object
}

func setCopyMethod(t *Thread, args []*Object, kwnames []*Str) *Object {
	so := args[0]
	if !t.noArgs(so.typ.Name+".copy", args, kwnames) {
		return nil
	}
	if so.typ == &FrozenSetType {
		return t.NewRef(so)
	}
	return t.copySet(so)
}

// setMulti makes a method that takes any number of iterables.
func setMulti(name string, op func(t *Thread, so *Object, others []*Object) *Object) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if len(kwnames) > 0 {
			return t.RaiseMsg(&TypeErrorType, "%s.%s() takes no keyword arguments", args[0].typ.Name, name)
		}
		return op(t, args[0], args[1:])
	}
}

// setOne makes a method that takes one iterable.
func setOne(name string, op func(t *Thread, so, other *Object) *Object) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.oneArg(args[0].typ.Name+"."+name, args, kwnames) {
			return nil
		}
		return op(t, args[0], args[1])
	}
}

// setPredicate makes issubset, issuperset and isdisjoint.
func setPredicate(name string, op func(t *Thread, so, other *Object) (bool, bool)) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.oneArg(args[0].typ.Name+"."+name, args, kwnames) {
			return nil
		}
		r, ok := op(t, args[0], args[1])
		if !ok {
			return nil
		}
		return Bool(r)
	}
}

// setUpdater makes update and difference_update (any number of iterables).
func setUpdater(name string, op func(t *Thread, s *Set, o *Object) bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if len(kwnames) > 0 {
			return t.RaiseMsg(&TypeErrorType, "set.%s() takes no keyword arguments", name)
		}
		for _, o := range args[1:] {
			if !op(t, asSet(args[0]), o) {
				return nil
			}
		}
		return None
	}
}

func setAdd(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.oneArg("set.add", args, kwnames) {
		return nil
	}
	if !asSet(args[0]).Add(t, args[1]) {
		return nil
	}
	return None
}

// setRemover makes remove (KeyError when absent) and discard.
func setRemover(name string, mustExist bool) BuiltinFunc {
	return func(t *Thread, args []*Object, kwnames []*Str) *Object {
		if !t.oneArg("set."+name, args, kwnames) {
			return nil
		}
		var found bool
		if !t.withFrozenKey(args[1], func(k *Object) bool {
			var ok bool
			found, ok = asSet(args[0]).Discard(t, k)
			return ok
		}) {
			return nil
		}
		if !found && mustExist {
			t.Raise(t.NewException(&KeyErrorType, args[1]))
			return nil
		}
		return None
	}
}

// setPop removes and returns an arbitrary item: the first active slot at
// or after the finger, which then moves past it.
func setPop(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("set.pop", args, kwnames) {
		return nil
	}
	s := asSet(args[0])
	s.lk.lock(t)
	if s.used == 0 {
		s.lk.unlock(t)
		return t.RaiseMsg(&KeyErrorType, "pop from an empty set")
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for s.table[i].key == nil || s.table[i].key == setDummy {
		i++
		if i > mask {
			i = 0
		}
	}
	key := s.table[i].key
	s.table[i] = setEntry{setDummy, -1}
	s.used--
	s.finger = i + 1
	s.lk.unlock(t)
	return key
}

func setClear(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("set.clear", args, kwnames) {
		return nil
	}
	asSet(args[0]).Clear(t)
	return None
}
