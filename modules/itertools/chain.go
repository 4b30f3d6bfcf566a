package itertools

import (
	"unsafe"

	"github.com/rcvm/rcvm/core"
	bc "github.com/rcvm/rcvm/core/bytecode"
)

// chain, islice, accumulate and pairwise.

type chain struct {
	core.Object
	source ref // the iterator over the iterables
	active ref // the current iterable's iterator
}

type islice struct {
	core.Object
	lk                    core.ContainerLock
	it                    ref
	next, stop, step, cnt int64
}

type accumulate struct {
	core.Object
	it      *core.Object
	binop   *core.Object
	total   ref
	initial ref
}

type pairwise struct {
	core.Object
	it  ref
	old ref
}

var accumulateSig = core.NewSignature("accumulate", "iterable", "func=", "*", "initial=")

func init() {
	newIterType[chain](core.TypeSpec{
		Name:  "itertools.chain",
		Doc:   "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.",
		Slots: core.Slots{New: chainNew, Next: chainNext},
		Clear: func(t *core.Thread, o *core.Object) {
			c := (*chain)(unsafe.Pointer(o))
			c.source.clear(t)
			c.active.clear(t)
		},
		Methods: []core.MethodDef{{Name: "from_iterable", Fn: chainFromIterable, Kind: core.ClassMethod,
			Doc: "Alternative chain() constructor taking a single iterable argument that evaluates lazily."}},
	})
	newIterType[islice](core.TypeSpec{
		Name:  "itertools.islice",
		Doc:   "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.",
		Slots: core.Slots{New: isliceNew, Next: isliceNext},
		Clear: func(t *core.Thread, o *core.Object) { (*islice)(unsafe.Pointer(o)).it.clear(t) },
	})
	newIterType[accumulate](core.TypeSpec{
		Name:  "itertools.accumulate",
		Doc:   "Return series of accumulated sums (or other binary function results).",
		Slots: core.Slots{New: accumulateNew, Next: accumulateNext},
		Clear: func(t *core.Thread, o *core.Object) {
			a := (*accumulate)(unsafe.Pointer(o))
			t.XDecref(a.it)
			t.XDecref(a.binop)
			a.it, a.binop = nil, nil
			a.total.clear(t)
			a.initial.clear(t)
		},
	})
	newIterType[pairwise](core.TypeSpec{
		Name:  "itertools.pairwise",
		Doc:   "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...",
		Slots: core.Slots{New: pairwiseNew, Next: pairwiseNext},
		Clear: func(t *core.Thread, o *core.Object) {
			p := (*pairwise)(unsafe.Pointer(o))
			p.it.clear(t)
			p.old.clear(t)
		},
	})
}

func chainNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("chain", kwnames) {
		return nil
	}
	tup := t.TupleOf(args...)
	if tup == nil {
		return nil
	}
	src := t.GetIter(tup)
	t.Decref(tup)
	if src == nil {
		return nil
	}
	c := core.Alloc[chain](t, cls)
	c.source.v = src
	return &c.Object
}

func chainFromIterable(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("chain.from_iterable", args[1:], kwnames, 1, 1) {
		return nil
	}
	cls, _ := core.AsType(args[0])
	src := t.GetIter(args[1])
	if src == nil {
		return nil
	}
	c := core.Alloc[chain](t, cls)
	c.source.v = src
	return &c.Object
}

func chainNext(t *core.Thread, o *core.Object) *core.Object {
	c := (*chain)(unsafe.Pointer(o))
	for {
		src := c.source.load(t)
		if src == nil {
			return nil
		}
		active := c.active.load(t)
		if active == nil {
			iterable := next(t, src)
			if iterable == nil {
				t.Decref(src)
				c.source.clear(t)
				return nil
			}
			active = t.GetIter(iterable)
			t.Decref(iterable)
			if active == nil {
				t.Decref(src)
				c.source.clear(t)
				return nil
			}
			c.active.swap(t, t.NewRef(active))
		}
		t.Decref(src)
		item := next(t, active)
		if item != nil || t.Failed() {
			t.Decref(active)
			return item
		}
		c.active.lk.Lock(t)
		if c.active.v == active {
			c.active.v = nil
			t.Decref(active)
		}
		c.active.lk.Unlock(t)
		t.Decref(active)
	}
}

const (
	islStopMsg    = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	islIndicesMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	islStepMsg    = "Step for islice() must be a positive integer or None."
)

// ssize is PyNumber_AsSsize_t with its error cleared: -1 on any failure.
func ssize(t *core.Thread, o *core.Object) int64 {
	v, ok := t.AsInt64(o)
	if !ok {
		t.ClearExc()
		return -1
	}
	return v
}

func isliceNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("islice", kwnames) || !t.ArgsRange("islice", args, nil, 2, 4) {
		return nil
	}
	start, stop, step := int64(0), int64(-1), int64(1)
	if len(args) == 2 {
		if args[1] != core.None {
			if stop = ssize(t, args[1]); stop == -1 {
				return t.RaiseMsg(&core.ValueErrorType, islStopMsg)
			}
		}
	} else {
		if args[1] != core.None {
			start = ssize(t, args[1])
		}
		if args[2] != core.None {
			if stop = ssize(t, args[2]); stop == -1 {
				return t.RaiseMsg(&core.ValueErrorType, islStopMsg)
			}
		}
	}
	if start < 0 || stop < -1 {
		return t.RaiseMsg(&core.ValueErrorType, islIndicesMsg)
	}
	if len(args) == 4 {
		if args[3] != core.None {
			step = ssize(t, args[3])
		}
		if step < 1 {
			return t.RaiseMsg(&core.ValueErrorType, islStepMsg)
		}
	}
	it := t.GetIter(args[0])
	if it == nil {
		return nil
	}
	s := core.Alloc[islice](t, cls)
	s.it.v = it
	s.next, s.stop, s.step = start, stop, step
	return &s.Object
}

func isliceNext(t *core.Thread, o *core.Object) *core.Object {
	s := (*islice)(unsafe.Pointer(o))
	it := s.it.load(t)
	if it == nil {
		return nil
	}
	defer t.Decref(it)
	s.lk.Lock(t)
	stop := s.stop
	for s.cnt < s.next {
		s.lk.Unlock(t)
		item := next(t, it)
		if item == nil {
			s.it.clear(t)
			return nil
		}
		t.Decref(item)
		s.lk.Lock(t)
		s.cnt++
	}
	if stop != -1 && s.cnt >= stop {
		s.lk.Unlock(t)
		s.it.clear(t)
		return nil
	}
	s.lk.Unlock(t)
	item := next(t, it)
	if item == nil {
		s.it.clear(t)
		return nil
	}
	s.lk.Lock(t)
	s.cnt++
	old := s.next
	s.next += s.step
	if s.next < old || (stop != -1 && s.next > stop) {
		s.next = stop
	}
	s.lk.Unlock(t)
	return item
}

func accumulateNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	var iterable, fn, initial *core.Object
	if !accumulateSig.Parse(t, args, kwnames, &iterable, &fn, &initial) {
		return nil
	}
	it := t.GetIter(iterable)
	if it == nil {
		return nil
	}
	a := core.Alloc[accumulate](t, cls)
	a.it = it
	if fn != nil && fn != core.None {
		a.binop = t.NewRef(fn)
	}
	if initial != nil && initial != core.None {
		a.initial.v = t.NewRef(initial)
	}
	return &a.Object
}

func accumulateNext(t *core.Thread, o *core.Object) *core.Object {
	a := (*accumulate)(unsafe.Pointer(o))
	a.initial.lk.Lock(t)
	if init := a.initial.v; init != nil {
		a.initial.v = nil
		a.initial.lk.Unlock(t)
		a.total.swap(t, t.NewRef(init))
		return init
	}
	a.initial.lk.Unlock(t)
	val := next(t, a.it)
	if val == nil {
		return nil
	}
	total := a.total.load(t)
	if total == nil {
		a.total.swap(t, t.NewRef(val))
		return val
	}
	var n *core.Object
	if a.binop == nil {
		n = t.BinaryOp(total, val, bc.Add)
	} else {
		n = t.Call(a.binop, []*core.Object{total, val}, nil)
	}
	t.Decref(total)
	t.Decref(val)
	if n == nil {
		return nil
	}
	a.total.swap(t, t.NewRef(n))
	return n
}

func pairwiseNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !exactArgs(t, "pairwise", args, kwnames, 1) {
		return nil
	}
	it := t.GetIter(args[0])
	if it == nil {
		return nil
	}
	p := core.Alloc[pairwise](t, cls)
	p.it.v = it
	return &p.Object
}

func pairwiseNext(t *core.Thread, o *core.Object) *core.Object {
	p := (*pairwise)(unsafe.Pointer(o))
	it := p.it.load(t)
	if it == nil {
		return nil
	}
	defer t.Decref(it)
	old := p.old.load(t)
	if old == nil {
		if old = next(t, it); old == nil {
			p.it.clear(t)
			return nil
		}
		p.old.swap(t, t.NewRef(old))
	}
	nw := next(t, it)
	if nw == nil {
		t.Decref(old)
		p.it.clear(t)
		p.old.clear(t)
		return nil
	}
	p.old.swap(t, t.NewRef(nw))
	return t.TupleOwned(old, nw)
}
