package array

import (
	"github.com/rcvm/rcvm/core"
	bc "github.com/rcvm/rcvm/core/bytecode"
)

// The sequence, number, comparison and buffer slots.

func arrayLen(t *core.Thread, o *core.Object) (int, bool) {
	a := asArray(o)
	a.lk.Lock(t)
	n := a.n()
	a.lk.Unlock(t)
	return n, true
}

// subscript is an index (through __index__, IndexError past Py_ssize_t)
// or a slice; other keys raise "array indices must be integers".
func subscript(t *core.Thread, key *core.Object) (i int64, sl *core.Slice, ok bool) {
	if sl, ok := core.AsSlice(key); ok {
		return 0, sl, true
	}
	if !core.IsInt(key) && key.Type().Lookup(t, core.Intern("__index__")) == nil {
		t.RaiseMsg(&core.TypeErrorType, "array indices must be integers")
		return 0, nil, false
	}
	r := t.Index(key)
	if r == nil {
		return 0, nil, false
	}
	defer t.Decref(r)
	n, fits := core.IntValue(r)
	if !fits {
		t.RaiseMsg(&core.IndexErrorType, "cannot fit '%s' into an index-sized integer", core.TypeName(key))
		return 0, nil, false
	}
	return n, nil, true
}

func arrayGetItem(t *core.Thread, o, key *core.Object) *core.Object {
	i, sl, ok := subscript(t, key)
	if !ok {
		return nil
	}
	a := asArray(o)
	if sl != nil {
		a.lk.Lock(t)
		n := a.n()
		a.lk.Unlock(t)
		start, _, step, count, ok := sl.Indices(t, n)
		if !ok {
			return nil
		}
		size := a.tc.size
		r := newArray(t, arrayType, a.tc, count)
		a.lk.Lock(t)
		// The slice was computed before the lock: clamp to the length now.
		for k, j := 0, start; k < count; k, j = k+1, j+step {
			if j >= 0 && j < a.n() {
				copy(r.data[k*size:(k+1)*size], a.data[j*size:(j+1)*size])
			}
		}
		a.lk.Unlock(t)
		return &r.Object
	}
	a.lk.Lock(t)
	n := int64(a.n())
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		a.lk.Unlock(t)
		return t.RaiseMsg(&core.IndexErrorType, "array index out of range")
	}
	bits := a.tc.load(a.data, int(i))
	a.lk.Unlock(t)
	return a.tc.obj(t, bits)
}

func arraySetItem(t *core.Thread, o, key, value *core.Object) bool {
	i, sl, ok := subscript(t, key)
	if !ok {
		return false
	}
	a := asArray(o)
	if sl == nil {
		if value != nil {
			bits, ok := a.tc.conv(t, value)
			if !ok {
				return false
			}
			a.lk.Lock(t)
			defer a.lk.Unlock(t)
			n := int64(a.n())
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				t.RaiseMsg(&core.IndexErrorType, "array assignment index out of range")
				return false
			}
			a.tc.store(a.data, int(i), bits)
			return true
		}
		a.lk.Lock(t)
		defer a.lk.Unlock(t)
		n := int64(a.n())
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			t.RaiseMsg(&core.IndexErrorType, "array assignment index out of range")
			return false
		}
		return a.assignSlice(t, int(i), int(i)+1, 1, 1, nil)
	}
	var other []byte
	if value != nil {
		if !isArray(value) {
			t.RaiseMsg(&core.TypeErrorType, "can only assign array (not \"%s\") to array slice", core.TypeName(value))
			return false
		}
		if asArray(value).tc != a.tc {
			t.RaiseMsg(&core.TypeErrorType, "bad argument type for built-in operation")
			return false
		}
		other = asArray(value).snapshot(t)
	}
	a.lk.Lock(t)
	defer a.lk.Unlock(t)
	start, stop, step, count, ok := sl.Indices(t, a.n())
	if !ok {
		return false
	}
	if value == nil {
		other = nil
	}
	return a.assignSlice(t, start, stop, step, count, other)
}

// assignSlice is a[start:stop:step] = other (the items' bytes; nil
// deletes), with CPython's rules (the lock held).
func (a *array) assignSlice(t *core.Thread, start, stop, step, count int, other []byte) bool {
	size := a.tc.size
	needed := len(other) / size
	if (step > 0 && stop < start) || (step < 0 && stop > start) {
		stop = start
	}
	if (needed == 0 || count != needed) && a.exports > 0 {
		t.RaiseMsg(&core.BufferErrorType, "cannot resize an array that is exporting buffers")
		return false
	}
	n := a.n()
	switch {
	case step == 1:
		nd := make([]byte, 0, (n-count+needed)*size)
		nd = append(nd, a.data[:start*size]...)
		nd = append(nd, other...)
		nd = append(nd, a.data[stop*size:]...)
		return a.setData(t, nd)
	case needed == 0:
		if step < 0 {
			stop = start + 1
			start = stop + step*(count-1) - 1
			step = -step
		}
		nd := make([]byte, 0, (n-count)*size)
		for j := 0; j < n; j++ {
			if j >= start && j < start+step*count && (j-start)%step == 0 {
				continue
			}
			nd = append(nd, a.data[j*size:(j+1)*size]...)
		}
		return a.setData(t, nd)
	}
	if needed != count {
		t.RaiseMsg(&core.ValueErrorType, "attempt to assign array of size %d to extended slice of size %d", needed, count)
		return false
	}
	for k, j := 0, start; k < count; k, j = k+1, j+step {
		copy(a.data[j*size:(j+1)*size], other[k*size:(k+1)*size])
	}
	return true
}

func arrayContains(t *core.Thread, o, item *core.Object) (bool, bool) {
	a := asArray(o)
	for i := 0; ; i++ {
		a.lk.Lock(t)
		if i >= a.n() {
			a.lk.Unlock(t)
			return false, true
		}
		bits := a.tc.load(a.data, i)
		a.lk.Unlock(t)
		x := a.tc.obj(t, bits)
		eq, ok := t.RichEq(x, item)
		t.Decref(x)
		if !ok || eq {
			return eq, ok
		}
	}
}

func arrayCompare(t *core.Thread, v, w *core.Object, op bc.CompareOp) *core.Object {
	if !isArray(v) || !isArray(w) {
		return t.NewRef(core.NotImplemented)
	}
	va, wa := asArray(v), asArray(w)
	x, y := va.snapshot(t), wa.snapshot(t)
	nx, ny := len(x)/va.tc.size, len(y)/wa.tc.size
	if nx != ny && (op == bc.Eq || op == bc.Ne) {
		return core.Bool(op == bc.Ne)
	}
	for i := 0; i < nx && i < ny; i++ {
		vi, wi := va.itemObj(t, x, i), wa.itemObj(t, y, i)
		eq, ok := t.RichEq(vi, wi)
		if !ok || !eq {
			var r *core.Object
			switch {
			case !ok:
			case op == bc.Eq:
				r = core.Bool(false)
			case op == bc.Ne:
				r = core.Bool(true)
			default:
				r = t.RichCompare(vi, wi, op)
			}
			t.Decref(vi)
			t.Decref(wi)
			return r
		}
		t.Decref(vi)
		t.Decref(wi)
	}
	var r bool
	switch op {
	case bc.Lt:
		r = nx < ny
	case bc.Le:
		r = nx <= ny
	case bc.Eq:
		r = nx == ny
	case bc.Ne:
		r = nx != ny
	case bc.Gt:
		r = nx > ny
	case bc.Ge:
		r = nx >= ny
	}
	return core.Bool(r)
}

// ---- + and * ----

func setNumberSlots(s *core.Slots) {
	s.Binary[bc.Add] = arrayConcat
	s.Binary[bc.Mul] = arrayRepeat
	s.Inplace[bc.Add] = arrayInplaceConcat
	s.Inplace[bc.Mul] = arrayInplaceRepeat
}

func arrayConcat(t *core.Thread, v, w *core.Object) *core.Object {
	if !isArray(v) {
		return t.NewRef(core.NotImplemented)
	}
	if !isArray(w) {
		if reflects(t, w, "__radd__") {
			return t.NewRef(core.NotImplemented)
		}
		return t.RaiseMsg(&core.TypeErrorType, "can only append array (not \"%s\") to array", core.TypeName(w))
	}
	a, b := asArray(v), asArray(w)
	if a.tc != b.tc {
		return t.RaiseMsg(&core.TypeErrorType, "bad argument type for built-in operation")
	}
	x, y := a.snapshot(t), b.snapshot(t)
	if int64(len(x))+int64(len(y)) > maxBytes {
		return t.RaiseMsg(&core.MemoryErrorType, "")
	}
	r := newArray(t, arrayType, a.tc, (len(x)+len(y))/a.tc.size)
	copy(r.data[copy(r.data, x):], y)
	return &r.Object
}

// maxBytes bounds an array's memory: beyond it the allocation would fail
// in CPython too, and here it raises MemoryError rather than crash the Go
// runtime.
const maxBytes = 1 << 34

// repeatCount sorts out a * n and n * a.
func repeatCount(t *core.Thread, v, w *core.Object) (a *core.Object, n int64, r *core.Object, done bool) {
	a, c, reflected := v, w, "__rmul__"
	if !isArray(v) {
		a, c, reflected = w, v, "__mul__"
	}
	if !core.IsInt(c) && c.Type().Lookup(t, core.Intern("__index__")) == nil {
		if reflects(t, c, reflected) {
			return nil, 0, t.NewRef(core.NotImplemented), true
		}
		return nil, 0, t.RaiseMsg(&core.TypeErrorType, "can't multiply sequence by non-int of type '%s'", core.TypeName(c)), true
	}
	n, ok := ssize(t, c, &core.OverflowErrorType)
	if !ok {
		return nil, 0, nil, true
	}
	return a, max(n, 0), nil, false
}

// ssize is PyNumber_AsSsize_t(o, exc).
func ssize(t *core.Thread, o *core.Object, exc *core.Type) (int64, bool) {
	r := t.Index(o)
	if r == nil {
		return 0, false
	}
	defer t.Decref(r)
	n, fits := core.IntValue(r)
	if !fits {
		t.RaiseMsg(exc, "cannot fit '%s' into an index-sized integer", core.TypeName(o))
		return 0, false
	}
	return n, true
}

func repeatBytes(t *core.Thread, b []byte, n int64) ([]byte, bool) {
	if len(b) > 0 && n > maxBytes/int64(len(b)) {
		t.RaiseMsg(&core.MemoryErrorType, "")
		return nil, false
	}
	out := make([]byte, 0, int64(len(b))*n)
	for k := int64(0); k < n; k++ {
		out = append(out, b...)
	}
	return out, true
}

func arrayRepeat(t *core.Thread, v, w *core.Object) *core.Object {
	o, n, r, done := repeatCount(t, v, w)
	if done {
		return r
	}
	a := asArray(o)
	out, ok := repeatBytes(t, a.snapshot(t), n)
	if !ok {
		return nil
	}
	res := newArray(t, arrayType, a.tc, 0)
	res.data, res.alloc = out, len(out)/a.tc.size
	return &res.Object
}

func arrayInplaceConcat(t *core.Thread, v, w *core.Object) *core.Object {
	if !isArray(w) {
		return t.RaiseMsg(&core.TypeErrorType, "can only extend array with array (not \"%s\")", core.TypeName(w))
	}
	if !asArray(v).extend(t, w) {
		return nil
	}
	return t.NewRef(v)
}

func arrayInplaceRepeat(t *core.Thread, v, w *core.Object) *core.Object {
	o, n, r, done := repeatCount(t, v, w)
	if done {
		return r
	}
	a := asArray(o)
	out, ok := repeatBytes(t, a.snapshot(t), n)
	if !ok {
		return nil
	}
	a.lk.Lock(t)
	ok = a.setData(t, out)
	a.lk.Unlock(t)
	if !ok {
		return nil
	}
	return t.NewRef(o)
}

// ---- the buffer protocol ----

func arrayGetBuffer(t *core.Thread, o *core.Object, view *core.Buffer, flags core.BufferFlags) bool {
	a := asArray(o)
	a.lk.Lock(t)
	defer a.lk.Unlock(t)
	n := a.n()
	*view = core.Buffer{Obj: o, Data: a.data, Len: len(a.data), ItemSize: a.tc.size, Format: a.tc.format,
		Shape: []int{n}, Strides: []int{a.tc.size}}
	a.exports++
	return true
}

func arrayReleaseBuffer(t *core.Thread, o *core.Object, view *core.Buffer) {
	a := asArray(o)
	a.lk.Lock(t)
	a.exports--
	a.lk.Unlock(t)
}

// reflects reports whether o's class, defined by a program, has the
// reflected operator name: CPython tries it before the sequence's
// concatenation or repetition.
func reflects(t *core.Thread, o *core.Object, name string) bool {
	return o.Type().Heap && o.Type().Lookup(t, core.Intern(name)) != nil
}
