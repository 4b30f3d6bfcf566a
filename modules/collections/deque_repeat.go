package collections

import (
	"github.com/rcvm/rcvm/core"
)

// deque * n, n * deque and deque *= n (CPython's sq_repeat and
// sq_inplace_repeat of deque): the copy, or the deque itself, extended
// with its items n-1 times, maxlen keeping the last ones.

// maxRepeatItems bounds a repeated deque, as core bounds repeated lists:
// beyond it the allocation would fail in CPython too, and here it raises
// MemoryError rather than crash the Go runtime.
const maxRepeatItems = 1 << 31

// repeatCount sorts out the operands: the deque, the count (through
// __index__), or done with NotImplemented or an error.
func repeatCount(t *core.Thread, a, b *core.Object) (d, r *core.Object, n int64, done bool) {
	d, c, reflected := a, b, "__rmul__"
	if !core.IsInstance(a, dequeType) {
		d, c, reflected = b, a, "__mul__"
	}
	if !core.IsInt(c) && c.Type().Lookup(t, core.Intern("__index__")) == nil {
		if c.Type().Heap && c.Type().Lookup(t, core.Intern(reflected)) != nil {
			return nil, t.NewRef(core.NotImplemented), 0, true
		}
		return nil, t.RaiseMsg(&core.TypeErrorType, "can't multiply sequence by non-int of type '%s'", core.TypeName(c)), 0, true
	}
	v := t.Index(c)
	if v == nil {
		return nil, nil, 0, true
	}
	n, fits := core.IntValue(v)
	t.Decref(v)
	if !fits {
		return nil, t.RaiseMsg(&core.OverflowErrorType, "cannot fit '%s' into an index-sized integer", core.TypeName(c)), 0, true
	}
	return d, nil, n, false
}

// inplaceRepeat repeats the deque's items n times in place.
func (d *deque) inplaceRepeat(t *core.Thread, n int64) bool {
	d.lk.Lock(t)
	size := int64(d.n)
	d.lk.Unlock(t)
	if size == 0 || n == 1 {
		return true
	}
	if n <= 0 {
		t.DecrefAll(d.takeAll(t))
		return true
	}
	if size > maxRepeatItems/n {
		t.RaiseMsg(&core.MemoryErrorType, "")
		return false
	}
	items := d.snapshot(t)
	defer t.DecrefAll(items)
	if d.maxlen >= 0 && n*size > d.maxlen {
		n = (d.maxlen + size - 1) / size
	}
	var evicted []*core.Object
	d.lk.Lock(t)
	for k := int64(1); k < n; k++ {
		for _, v := range items {
			t.Incref(v)
			if e := d.appendRight(v); e != nil {
				evicted = append(evicted, e)
			}
		}
	}
	d.lk.Unlock(t)
	t.DecrefAll(evicted)
	return true
}

func dequeRepeat(t *core.Thread, a, b *core.Object) *core.Object {
	o, r, n, done := repeatCount(t, a, b)
	if done {
		return r
	}
	c := copyDeque(t, o)
	if c == nil {
		return nil
	}
	if !asDeque(c).inplaceRepeat(t, n) {
		t.Decref(c)
		return nil
	}
	return c
}

func dequeInplaceRepeat(t *core.Thread, a, b *core.Object) *core.Object {
	o, r, n, done := repeatCount(t, a, b)
	if done {
		return r
	}
	if !asDeque(o).inplaceRepeat(t, n) {
		return nil
	}
	return t.NewRef(o)
}
