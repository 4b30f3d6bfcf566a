package core

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/pynum"
)

// Builtins that consume iterables: min, max, sum, any, all, sorted, and the
// callable iterator behind iter(callable, sentinel).

func init() {
	defBuiltin("min", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		return t.minMax("min", args, kwnames, bytecode.Lt)
	})
	defBuiltin("max", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		return t.minMax("max", args, kwnames, bytecode.Gt)
	})
	defBuiltin("sum", builtinSum)
	defBuiltin("any", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		return t.anyAll("any", args, kwnames, true)
	})
	defBuiltin("all", func(t *Thread, args []*Object, kwnames []*Str) *Object {
		return t.anyAll("all", args, kwnames, false)
	})
	defBuiltin("sorted", builtinSorted)
	registerType(&callIterType)
	callIterType.Dealloc = deallocCallIter
	callIterType.Iter = func(t *Thread, o *Object) *Object { return t.NewRef(o) }
	callIterType.Next = callIterNext
}

// less evaluates a <op> b (op is Lt or Gt), comparing machine ints and
// floats without leaving Go.
func (t *Thread) less(a, b *Object, op bytecode.CompareOp) (bool, bool) {
	if a.typ == &IntType && b.typ == &IntType && bothSmall(a, b) {
		return cmpResult(cmpInt64(asInt(a).V, asInt(b).V), op), true
	}
	if a.typ == &FloatType && b.typ == &FloatType {
		x, y := asFloat(a).V, asFloat(b).V
		if op == bytecode.Lt {
			return x < y, true
		}
		return x > y, true
	}
	return t.RichBool(a, b, op)
}

// minMax implements min() and max(): of an iterable or of the positional
// arguments, with key= and (for an iterable) default=. op is the comparison
// that makes a new item win (Lt for min, Gt for max), so that the first of
// equal items is kept, as in CPython.
func (t *Thread) minMax(name string, args []*Object, kwnames []*Str, op bytecode.CompareOp) *Object {
	npos := len(args) - len(kwnames)
	var key, dflt *Object
	for i, k := range kwnames {
		switch k.S {
		case "key":
			key = args[npos+i]
		case "default":
			dflt = args[npos+i]
		default:
			return t.RaiseMsg(&TypeErrorType, "'%s' is an invalid keyword argument for %s()", k.S, name)
		}
	}
	if key == None {
		key = nil
	}
	if npos == 0 {
		return t.RaiseMsg(&TypeErrorType, "%s expected at least 1 argument, got 0", name)
	}
	if npos > 1 && dflt != nil {
		return t.RaiseMsg(&TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
	}
	var best, bestKey *Object
	release := func() {
		t.XDecref(best)
		t.XDecref(bestKey)
	}
	visit := func(item *Object) bool {
		k := item
		if key != nil {
			if k = t.Call(key, []*Object{item}, nil); k == nil {
				return false
			}
		} else {
			t.Incref(k)
		}
		if best == nil {
			t.Incref(item)
			best, bestKey = item, k
			return true
		}
		wins, ok := t.less(k, bestKey, op)
		if !ok {
			t.Decref(k)
			return false
		}
		if wins {
			t.Incref(item)
			t.Decref(best)
			t.Decref(bestKey)
			best, bestKey = item, k
		} else {
			t.Decref(k)
		}
		return true
	}
	if npos == 1 {
		if !t.Iterate(args[0], visit) || t.Failed() {
			release()
			return nil
		}
	} else {
		for _, item := range args[:npos] {
			if !visit(item) {
				release()
				return nil
			}
		}
	}
	if best == nil {
		if dflt != nil {
			return t.NewRef(dflt)
		}
		return t.RaiseMsg(&ValueErrorType, "%s() arg is an empty sequence", name)
	}
	t.Decref(bestKey)
	return best
}

// Modes of sum's accumulator: unboxed while the items allow it, as
// CPython's builtin_sum_impl keeps a C long and then a C double. Every mode
// computes exactly what the generic left fold with + computes.
const (
	sumInt = iota
	sumFloat
	sumObject
)

// builtinSum is sum(iterable, /, start=0).
func builtinSum(t *Thread, args []*Object, kwnames []*Str) *Object {
	npos := len(args) - len(kwnames)
	if npos == 0 {
		return t.RaiseMsg(&TypeErrorType, "sum() takes at least 1 positional argument (0 given)")
	}
	if len(args) > 2 {
		return t.RaiseMsg(&TypeErrorType, "sum() takes at most 2 arguments (%d given)", len(args))
	}
	start := t.NewInt(0)
	defer func() { t.Decref(start) }()
	if len(args) == 2 {
		if len(kwnames) == 1 && kwnames[0].S != "start" {
			return t.RaiseMsg(&TypeErrorType, "sum() got an unexpected keyword argument '%s'", kwnames[0].S)
		}
		t.Decref(start)
		start = t.NewRef(args[1])
	}
	if start.kind == KindStr {
		return t.RaiseMsg(&TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	}
	s := summer{t: t}
	s.set(start)
	ok := t.Iterate(args[0], s.add)
	if !ok || t.Failed() {
		t.XDecref(s.acc)
		return nil
	}
	return s.result()
}

// summer is sum's accumulator.
type summer struct {
	t    *Thread
	mode int
	i    int64
	f    float64
	acc  *Object // sumObject: the running total (owned)
}

// set makes o (borrowed) the running total, unboxing it when possible.
func (s *summer) set(o *Object) {
	switch {
	case o.typ == &IntType && asInt(o).Big == nil:
		s.mode, s.i = sumInt, asInt(o).V
	case o.typ == &FloatType:
		s.mode, s.f = sumFloat, asFloat(o).V
	default:
		s.mode, s.acc = sumObject, s.t.NewRef(o)
	}
}

// result returns the running total as an object (a new reference); in
// object mode the reference passes to the caller.
func (s *summer) result() *Object {
	switch s.mode {
	case sumInt:
		return s.t.NewInt(s.i)
	case sumFloat:
		return s.t.NewFloat(s.f)
	}
	r := s.acc
	s.acc = nil
	return r
}

func (s *summer) add(x *Object) bool {
	small := (x.typ == &IntType || x.kind == KindBool) && asInt(x).Big == nil
	switch s.mode {
	case sumInt:
		if small {
			if r, ok := pynum.AddInt64(s.i, asInt(x).V); ok {
				s.i = r
				return true
			}
		}
	case sumFloat:
		if x.typ == &FloatType {
			s.f += asFloat(x).V
			return true
		}
		if small {
			s.f += float64(asInt(x).V)
			return true
		}
	}
	t := s.t
	acc := s.result()
	r := t.BinaryOp(acc, x, bytecode.Add)
	t.Decref(acc)
	if r == nil {
		return false
	}
	s.set(r)
	t.Decref(r)
	return true
}

// anyAll implements any() (stopOn true) and all() (stopOn false).
func (t *Thread) anyAll(name string, args []*Object, kwnames []*Str, stopOn bool) *Object {
	if !t.ArgsRange(name, args, kwnames, 1, 1) {
		return nil
	}
	found := false
	ok := t.Iterate(args[0], func(x *Object) bool {
		v, ok := t.Truth(x)
		if !ok {
			return false
		}
		if v == stopOn {
			found = true
			return false
		}
		return true
	})
	if !ok || t.Failed() {
		return nil
	}
	return Bool(found == stopOn)
}

// builtinSorted is sorted(iterable, /, *, key=None, reverse=False): a new
// list, sorted by list.sort (which gets the keyword arguments).
func builtinSorted(t *Thread, args []*Object, kwnames []*Str) *Object {
	npos := len(args) - len(kwnames)
	if npos != 1 {
		return t.RaiseMsg(&TypeErrorType, "sorted expected 1 argument, got %d", npos)
	}
	items, ok := t.Collect(args[0])
	if !ok {
		return nil
	}
	l := t.NewList(0)
	l.Items = items
	sort := t.GetAttr(&l.Object, Intern("sort"))
	if sort == nil {
		t.Decref(&l.Object)
		return nil
	}
	r := t.Call(sort, args[1:], kwnames)
	t.Decref(sort)
	if r == nil {
		t.Decref(&l.Object)
		return nil
	}
	t.Decref(r)
	return &l.Object
}

// callIter is the iterator iter(callable, sentinel) returns: it calls the
// callable until the result equals the sentinel.
type callIter struct {
	Object
	fn, sentinel *Object // nil once exhausted
}

var callIterType = Type{Name: "callable_iterator", InstanceKind: KindIterator}

func asCallIter(o *Object) *callIter { return (*callIter)(ptrOf(o)) }

func (t *Thread) newCallIter(fn, sentinel *Object) *Object {
	it := &callIter{fn: fn, sentinel: sentinel}
	t.Incref(fn)
	t.Incref(sentinel)
	t.initObject(&it.Object, KindIterator, &callIterType)
	return &it.Object
}

func (it *callIter) clear(t *Thread) {
	fn, s := it.fn, it.sentinel
	it.fn, it.sentinel = nil, nil
	t.XDecref(fn)
	t.XDecref(s)
}

func deallocCallIter(t *Thread, o *Object) {
	asCallIter(o).clear(t)
	t.recycle(o)
}

func callIterNext(t *Thread, o *Object) *Object {
	it := asCallIter(o)
	if it.fn == nil {
		return nil
	}
	r := t.Call(it.fn, nil, nil)
	if r == nil {
		if t.ExcMatches(&StopIterationType) {
			t.ClearExc()
			it.clear(t)
		}
		return nil
	}
	eq, ok := t.RichEq(r, it.sentinel)
	if !ok {
		t.Decref(r)
		return nil
	}
	if eq {
		t.Decref(r)
		it.clear(t)
		return nil
	}
	return r
}
