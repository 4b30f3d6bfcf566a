package collections

import (
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// The methods of deque, with CPython's messages.

var dequeMethods = []core.MethodDef{
	{Name: "append", Fn: dequeAppend(false), Doc: "Add an element to the right side of the deque."},
	{Name: "appendleft", Fn: dequeAppend(true), Doc: "Add an element to the left side of the deque."},
	{Name: "pop", Fn: dequePop(false), Doc: "Remove and return the rightmost element."},
	{Name: "popleft", Fn: dequePop(true), Doc: "Remove and return the leftmost element."},
	{Name: "extend", Fn: dequeExtend(false), Doc: "Extend the right side of the deque with elements from the iterable"},
	{Name: "extendleft", Fn: dequeExtend(true), Doc: "Extend the left side of the deque with elements from the iterable"},
	{Name: "clear", Fn: dequeClear, Doc: "Remove all elements from the deque."},
	{Name: "copy", Fn: dequeCopy, Doc: "Return a shallow copy of a deque."},
	{Name: "__copy__", Fn: dequeCopy, Doc: "Return a shallow copy of a deque."},
	{Name: "count", Fn: dequeCount, Doc: "D.count(value) -- return number of occurrences of value"},
	{Name: "index", Fn: dequeIndex, Doc: "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present."},
	{Name: "insert", Fn: dequeInsert, Doc: "D.insert(index, object) -- insert object before index"},
	{Name: "remove", Fn: dequeRemove, Doc: "D.remove(value) -- remove first occurrence of value."},
	{Name: "reverse", Fn: dequeReverse, Doc: "D.reverse() -- reverse *IN PLACE*"},
	{Name: "rotate", Fn: dequeRotate, Doc: "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
	{Name: "__reduce__", Fn: dequeReduce, Doc: "Return state information for pickling."},
	{Name: "__reversed__", Fn: dequeReversed, Doc: "D.__reversed__() -- return a reverse iterator over the deque"},
}

func dequeAppend(left bool) core.BuiltinFunc {
	name := "append"
	if left {
		name = "appendleft"
	}
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("deque."+name, args[1:], kwnames, 1, 1) {
			return nil
		}
		d := asDeque(args[0])
		v := t.NewRef(args[1])
		d.lk.Lock(t)
		var e *core.Object
		if left {
			e = d.appendLeft(v)
		} else {
			e = d.appendRight(v)
		}
		d.lk.Unlock(t)
		t.XDecref(e)
		return t.NewRef(core.None)
	}
}

func dequePop(left bool) core.BuiltinFunc {
	name := "pop"
	if left {
		name = "popleft"
	}
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("deque."+name, args[1:], kwnames, 0, 0) {
			return nil
		}
		d := asDeque(args[0])
		d.lk.Lock(t)
		defer d.lk.Unlock(t)
		if d.n == 0 {
			return t.RaiseMsg(&core.IndexErrorType, "pop from an empty deque")
		}
		if left {
			return d.popLeft()
		}
		return d.popRight()
	}
}

func dequeExtend(left bool) core.BuiltinFunc {
	name := "extend"
	if left {
		name = "extendleft"
	}
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange("deque."+name, args[1:], kwnames, 1, 1) {
			return nil
		}
		if !asDeque(args[0]).extend(t, args[1], left) {
			return nil
		}
		return t.NewRef(core.None)
	}
}

func dequeClear(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("deque.clear", args[1:], kwnames, 0, 0) {
		return nil
	}
	t.DecrefAll(asDeque(args[0]).takeAll(t))
	return t.NewRef(core.None)
}

func dequeCopy(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("deque.copy", args[1:], kwnames, 0, 0) {
		return nil
	}
	return copyDeque(t, args[0])
}

// scan compares each item with v (under the mutation check) and calls
// found(i) for each equal one until it returns false.
func (d *deque) scan(t *core.Thread, v *core.Object, start, stop int, found func(i int) bool) bool {
	d.lk.Lock(t)
	state := d.state
	d.lk.Unlock(t)
	for i := start; i < stop; i++ {
		d.lk.Lock(t)
		if d.state != state || i >= d.n {
			d.lk.Unlock(t)
			t.RaiseMsg(&core.RuntimeErrorType, "deque mutated during iteration")
			return false
		}
		x := t.NewRef(*d.at(i))
		d.lk.Unlock(t)
		eq, ok := t.RichEq(x, v)
		t.Decref(x)
		if !ok {
			return false
		}
		d.lk.Lock(t)
		mutated := d.state != state
		d.lk.Unlock(t)
		if mutated {
			t.RaiseMsg(&core.RuntimeErrorType, "deque mutated during iteration")
			return false
		}
		if eq && !found(i) {
			return true
		}
	}
	return true
}

func dequeCount(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("deque.count", args[1:], kwnames, 1, 1) {
		return nil
	}
	d := asDeque(args[0])
	n, _ := dequeLen(t, args[0])
	c := 0
	if !d.scan(t, args[1], 0, n, func(int) bool { c++; return true }) {
		return nil
	}
	return t.NewInt(int64(c))
}

func dequeIndex(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("index", args[1:], kwnames, 1, 3) {
		return nil
	}
	d := asDeque(args[0])
	n, _ := dequeLen(t, args[0])
	start, stop := int64(0), int64(n)
	bound := func(o *core.Object) (int64, bool) {
		v, ok := t.AsInt64(o)
		if !ok {
			return 0, false
		}
		if v < 0 {
			v += int64(n)
			if v < 0 {
				v = 0
			}
		}
		return min(v, int64(n)), true
	}
	var ok bool
	if len(args) > 2 {
		if start, ok = bound(args[2]); !ok {
			return nil
		}
	}
	if len(args) > 3 {
		if stop, ok = bound(args[3]); !ok {
			return nil
		}
	}
	at := -1
	if !d.scan(t, args[1], int(start), int(stop), func(i int) bool { at = i; return false }) {
		return nil
	}
	if at < 0 {
		r, ok := t.ReprString(args[1])
		if !ok {
			return nil
		}
		return t.RaiseMsg(&core.ValueErrorType, "%s is not in deque", r)
	}
	return t.NewInt(int64(at))
}

func dequeInsert(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("insert", args[1:], kwnames, 2, 2) {
		return nil
	}
	i, ok := t.AsInt64(args[1])
	if !ok {
		return nil
	}
	d := asDeque(args[0])
	d.lk.Lock(t)
	defer d.lk.Unlock(t)
	if d.maxlen >= 0 && int64(d.n) >= d.maxlen {
		return t.RaiseMsg(&core.IndexErrorType, "deque already at its maximum size")
	}
	n := int64(d.n)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	d.pushRight(nil)
	for j := d.n - 1; j > int(i); j-- {
		*d.at(j) = *d.at(j - 1)
	}
	*d.at(int(i)) = t.NewRef(args[2])
	return t.NewRef(core.None)
}

func dequeRemove(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("deque.remove", args[1:], kwnames, 1, 1) {
		return nil
	}
	d := asDeque(args[0])
	n, _ := dequeLen(t, args[0])
	at := -1
	if !d.scan(t, args[1], 0, n, func(i int) bool { at = i; return false }) {
		return nil
	}
	if at < 0 {
		r, ok := t.ReprString(args[1])
		if !ok {
			return nil
		}
		return t.RaiseMsg(&core.ValueErrorType, "%s is not in deque", r)
	}
	d.lk.Lock(t)
	if at >= d.n {
		d.lk.Unlock(t)
		return t.RaiseMsg(&core.IndexErrorType, "deque mutated during remove().")
	}
	v := d.removeAt(at)
	d.lk.Unlock(t)
	t.Decref(v)
	return t.NewRef(core.None)
}

func dequeReverse(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("deque.reverse", args[1:], kwnames, 0, 0) {
		return nil
	}
	d := asDeque(args[0])
	d.lk.Lock(t)
	for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
		a, b := d.at(i), d.at(j)
		*a, *b = *b, *a
	}
	d.state++
	d.lk.Unlock(t)
	return t.NewRef(core.None)
}

func dequeRotate(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("rotate", args[1:], kwnames, 0, 1) {
		return nil
	}
	n := int64(1)
	if len(args) == 2 {
		var ok bool
		if n, ok = t.AsInt64(args[1]); !ok {
			return nil
		}
	}
	d := asDeque(args[0])
	d.lk.Lock(t)
	defer d.lk.Unlock(t)
	if d.n <= 1 {
		return t.NewRef(core.None)
	}
	k := int(n % int64(d.n))
	if k < 0 {
		k += d.n
	}
	for ; k > 0; k-- {
		d.pushLeft(d.popRight())
	}
	return t.NewRef(core.None)
}

// ---- iterators ----

type dequeIter struct {
	core.Object
	lk      core.ContainerLock
	d       *core.Object
	index   int
	state   uint64
	counter int // items left
}

var dequeIterType, dequeRevIterType *core.Type

func init() {
	clear := func(t *core.Thread, o *core.Object) {
		it := (*dequeIter)(unsafe.Pointer(o))
		t.Replace(&it.d, nil)
	}
	dequeIterType = core.NewType[dequeIter](core.TypeSpec{
		Name:    "_collections._deque_iterator",
		Slots:   core.Slots{Iter: core.IterSelf, Next: dequeIterNext(false), New: dequeIterNew(false)},
		Clear:   clear,
		Methods: []core.MethodDef{{Name: "__length_hint__", Fn: dequeIterLen, Doc: "Private method returning an estimate of len(list(it))."}},
	})
	dequeRevIterType = core.NewType[dequeIter](core.TypeSpec{
		Name:    "_collections._deque_reverse_iterator",
		Slots:   core.Slots{Iter: core.IterSelf, Next: dequeIterNext(true), New: dequeIterNew(true)},
		Clear:   clear,
		Methods: []core.MethodDef{{Name: "__length_hint__", Fn: dequeIterLen, Doc: "Private method returning an estimate of len(list(it))."}},
	})
}

func newDequeIter(t *core.Thread, o *core.Object, reverse bool) *core.Object {
	tp := dequeIterType
	if reverse {
		tp = dequeRevIterType
	}
	d := asDeque(o)
	it := core.Alloc[dequeIter](t, tp)
	it.d = t.NewRef(o)
	d.lk.Lock(t)
	it.state, it.counter = d.state, d.n
	if reverse {
		it.index = d.n - 1
	}
	d.lk.Unlock(t)
	return &it.Object
}

func dequeIterNew(reverse bool) func(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	return func(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(cls.Name, args, kwnames, 1, 2) {
			return nil
		}
		if !core.IsInstance(args[0], dequeType) {
			return t.RaiseMsg(&core.TypeErrorType, "%s() argument 1 must be collections.deque, not %s", cls.Name, core.TypeName(args[0]))
		}
		it := newDequeIter(t, args[0], reverse)
		if len(args) == 2 {
			n, ok := t.AsInt64(args[1])
			if !ok {
				t.Decref(it)
				return nil
			}
			for ; n > 0; n-- {
				v := dequeIterNext(reverse)(t, it)
				if v == nil {
					break
				}
				t.Decref(v)
			}
		}
		return it
	}
}

func dequeIterSlot(t *core.Thread, o *core.Object) *core.Object { return newDequeIter(t, o, false) }

func dequeReversed(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("deque.__reversed__", args[1:], kwnames, 0, 0) {
		return nil
	}
	return newDequeIter(t, args[0], true)
}

func dequeIterNext(reverse bool) func(t *core.Thread, o *core.Object) *core.Object {
	return func(t *core.Thread, o *core.Object) *core.Object {
		it := (*dequeIter)(unsafe.Pointer(o))
		it.lk.Lock(t)
		defer it.lk.Unlock(t)
		d := asDeque(it.d)
		d.lk.Lock(t)
		defer d.lk.Unlock(t)
		if d.state != it.state {
			it.counter = 0
			return t.RaiseMsg(&core.RuntimeErrorType, "deque mutated during iteration")
		}
		if it.counter == 0 {
			return nil
		}
		v := t.NewRef(*d.at(it.index))
		if reverse {
			it.index--
		} else {
			it.index++
		}
		it.counter--
		return v
	}
}

func dequeIterLen(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	it := (*dequeIter)(unsafe.Pointer(args[0]))
	it.lk.Lock(t)
	n := it.counter
	it.lk.Unlock(t)
	return t.NewInt(int64(n))
}
