package core

import (
	bc "github.com/rcvm/rcvm/core/bytecode"
)

// The bytearray type (CPython's Objects/bytearrayobject.c): a mutable byte
// string. Every access to its bytes holds its container lock under the
// free-threaded strategies; readers take a snapshot of the slice header
// under the lock and read without it (a concurrent resize replaces the
// slice, never the memory a snapshot points at). While buffer views of it
// are exported (memoryview), it refuses to change size with BufferError.

// ByteArray is a Python bytearray.
type ByteArray struct {
	Object
	V  []byte
	lk containerLock
	// exports counts the buffer views alive (ob_exports).
	exports int
}

func asByteArray(o *Object) *ByteArray { return (*ByteArray)(ptrOf(o)) }

func init() {
	ByteArrayType.Dealloc = deallocByteArray
	ByteArrayType.Repr = byteArrayRepr
	ByteArrayType.Str = byteArrayRepr
	ByteArrayType.Hash = hashUnhashable
	ByteArrayType.Compare = byteArrayCompare
	ByteArrayType.Len = func(t *Thread, o *Object) (int, bool) { return len(asByteArray(o).snapshot(t)), true }
	ByteArrayType.GetItem = byteArrayGetItem
	ByteArrayType.SetItem = byteArraySetItem
	ByteArrayType.Contains = func(t *Thread, o, item *Object) (bool, bool) {
		return t.byteSeqContains(asByteArray(o).snapshot(t), item)
	}
	ByteArrayType.Iter = func(t *Thread, o *Object) *Object { return &t.newSeqIter(&ByteArrayIterType, o, 0).Object }
	ByteArrayType.Binary[bc.Add] = byteArrayConcat
	ByteArrayType.Binary[bc.Mul] = byteArrayRepeat
	ByteArrayType.Inplace[bc.Add] = byteArrayInplaceConcat
	ByteArrayType.Inplace[bc.Mul] = byteArrayInplaceRepeat
	ByteArrayType.New = byteArrayNew
	ByteArrayType.SetAttr = readOnlySetAttr
	ByteArrayType.GetBuffer = byteArrayGetBuffer
	ByteArrayType.ReleaseBuffer = byteArrayReleaseBuffer

	ByteArrayType.def("__init__", byteArrayInit)
	ByteArrayType.def("append", byteArrayAppend)
	ByteArrayType.def("extend", byteArrayExtend)
	ByteArrayType.def("insert", byteArrayInsert)
	ByteArrayType.def("pop", byteArrayPop)
	ByteArrayType.def("remove", byteArrayRemove)
	ByteArrayType.def("reverse", byteArrayReverse)
	ByteArrayType.def("clear", byteArrayClear)
	ByteArrayType.def("copy", byteArrayCopy)
	ByteArrayType.def("__alloc__", byteArrayAlloc)
}

// NewByteArray returns a bytearray holding b, which it takes over.
func (t *Thread) NewByteArray(b []byte) *ByteArray {
	p := &ByteArray{V: b}
	t.initObject(&p.Object, KindByteArray, &ByteArrayType)
	return p
}

func deallocByteArray(t *Thread, o *Object) {
	asByteArray(o).V = nil
	t.recycle(o)
}

// ByteArrayValue returns a snapshot of a bytearray's contents (see the
// type comment); ok is false for any other object.
func (t *Thread) ByteArrayValue(o *Object) ([]byte, bool) {
	if o.kind != KindByteArray {
		return nil, false
	}
	return asByteArray(o).snapshot(t), true
}

// snapshot returns the current slice of the bytearray's bytes.
func (b *ByteArray) snapshot(t *Thread) []byte {
	b.lk.lock(t)
	v := b.V
	b.lk.unlock(t)
	return v
}

// resize replaces b.V by what fn computes from it, under the lock; while
// views are exported a change of length raises BufferError instead and
// leaves b alone (a same-size result is stored, as CPython's
// PyByteArray_Resize allows).
func (b *ByteArray) resize(t *Thread, fn func(v []byte) []byte) bool {
	b.lk.lock(t)
	nv := fn(b.V)
	if b.exports > 0 && len(nv) != len(b.V) {
		b.lk.unlock(t)
		t.RaiseMsg(&BufferErrorType, "Existing exports of data: object cannot be re-sized")
		return false
	}
	b.V = nv
	b.lk.unlock(t)
	return true
}

func byteArrayGetBuffer(t *Thread, o *Object, view *Buffer, flags BufferFlags) bool {
	b := asByteArray(o)
	b.lk.lock(t)
	b.exports++
	ExportBytes(view, o, b.V, false)
	b.lk.unlock(t)
	return true
}

func byteArrayReleaseBuffer(t *Thread, o *Object, view *Buffer) {
	b := asByteArray(o)
	b.lk.lock(t)
	b.exports--
	b.lk.unlock(t)
}

func byteArrayRepr(t *Thread, o *Object) *Object {
	data := asByteArray(o).snapshot(t)
	name := o.typ.Name
	out := make([]byte, 0, len(name)+len(data)+5)
	out = append(out, name...)
	out = append(out, '(')
	out = appendBytesRepr(out, data, true)
	return t.NewStr(string(append(out, ')')))
}

// byteArrayCompare compares a bytearray with any bytes-like object by
// content (bytearray_richcompare).
func byteArrayCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	y, ok := t.bytesLikeOf(b)
	if !ok {
		return NotImplemented
	}
	x := asByteArray(a).snapshot(t)
	if op == bc.Eq || op == bc.Ne {
		if len(x) != len(y) {
			return Bool(op == bc.Ne)
		}
	}
	return Bool(compareResult(compareBytes(x, y), op))
}

func byteArrayGetItem(t *Thread, o, key *Object) *Object {
	return t.byteSeqGetItem(o, asByteArray(o).snapshot(t), key)
}

// byteValue converts an item for a bytearray to a byte, with CPython's
// errors ("an integer is required", "byte must be in range(0, 256)").
func (t *Thread) byteValue(v *Object) (byte, bool) {
	i, isIndex, ok := t.indexOf(v, &OverflowErrorType)
	if !ok {
		if t.ExcMatches(&OverflowErrorType) {
			t.ClearExc()
			t.RaiseMsg(&ValueErrorType, "byte must be in range(0, 256)")
		}
		return 0, false
	}
	if !isIndex {
		t.RaiseMsg(&TypeErrorType, "'%s' object cannot be interpreted as an integer", v.typ.Name)
		return 0, false
	}
	if i < 0 || i > 255 {
		t.RaiseMsg(&ValueErrorType, "byte must be in range(0, 256)")
		return 0, false
	}
	return byte(i), true
}

func byteArraySetItem(t *Thread, o, key, value *Object) bool {
	b := asByteArray(o)
	if key.kind == KindSlice {
		return t.byteArraySetSlice(b, asSlice(key), value)
	}
	i, isIndex, ok := t.indexOf(key, &IndexErrorType)
	if !ok {
		return false
	}
	if !isIndex {
		t.RaiseMsg(&TypeErrorType, "bytearray indices must be integers or slices, not %s", key.typ.Name)
		return false
	}
	var c byte
	if value != nil {
		if c, ok = t.byteValue(value); !ok {
			return false
		}
	}
	b.lk.lock(t)
	n := int64(len(b.V))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		b.lk.unlock(t)
		t.RaiseMsg(&IndexErrorType, "bytearray index out of range")
		return false
	}
	if value != nil {
		b.V[i] = c
		b.lk.unlock(t)
		return true
	}
	b.lk.unlock(t)
	return b.resize(t, func(v []byte) []byte {
		if i < int64(len(v)) {
			return append(v[:i:i], v[i+1:]...)
		}
		return v
	})
}

// byteArraySetSlice is b[slice] = value (any bytes-like object or
// iterable of ints), or del b[slice] when value is nil
// (bytearray_ass_subscript).
func (t *Thread) byteArraySetSlice(b *ByteArray, sl *Slice, value *Object) bool {
	start, stop, step, ok := sl.unpack(t)
	if !ok {
		return false
	}
	var items []byte
	if value != nil {
		if items, ok = t.bytesLikeOf(value); ok {
			items = append([]byte(nil), items...)
		} else if isIntLike(value) || value.kind == KindStr || value.typ.Iter == nil {
			t.RaiseMsg(&TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			return false
		} else if items, ok = t.bytesFromIterable(value, "byte must be in range(0, 256)"); !ok {
			return false
		}
	}
	b.lk.lock(t)
	start, stop, step, n := adjustIndices(int64(len(b.V)), start, stop, step)
	if step == 1 {
		if stop < start {
			stop = start
		}
		if int64(len(items)) != stop-start && b.exports > 0 {
			b.lk.unlock(t)
			t.RaiseMsg(&BufferErrorType, "Existing exports of data: object cannot be re-sized")
			return false
		}
		if int64(len(items)) == stop-start {
			copy(b.V[start:stop], items)
		} else {
			nv := make([]byte, 0, int64(len(b.V))-(stop-start)+int64(len(items)))
			nv = append(append(append(nv, b.V[:start]...), items...), b.V[stop:]...)
			b.V = nv
		}
		b.lk.unlock(t)
		return true
	}
	if value == nil {
		if n > 0 && b.exports > 0 {
			b.lk.unlock(t)
			t.RaiseMsg(&BufferErrorType, "Existing exports of data: object cannot be re-sized")
			return false
		}
		drop := make(map[int64]bool, n)
		for k, j := int64(0), start; k < n; k, j = k+1, j+step {
			drop[j] = true
		}
		kept := make([]byte, 0, int64(len(b.V))-n)
		for j, c := range b.V {
			if !drop[int64(j)] {
				kept = append(kept, c)
			}
		}
		b.V = kept
		b.lk.unlock(t)
		return true
	}
	if int64(len(items)) != n {
		b.lk.unlock(t)
		t.RaiseMsg(&ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(items), n)
		return false
	}
	for k, j := int64(0), start; k < n; k, j = k+1, j+step {
		b.V[j] = items[k]
	}
	b.lk.unlock(t)
	return true
}

// bytesFromIterable collects the ints of an iterable as bytes; rangeMsg is
// the ValueError for an int outside range(256).
func (t *Thread) bytesFromIterable(it *Object, rangeMsg string) ([]byte, bool) {
	var out []byte
	ok := t.Iterate(it, func(item *Object) bool {
		v, isIndex, ok := t.indexOf(item, &OverflowErrorType)
		if !ok {
			if t.ExcMatches(&OverflowErrorType) {
				t.ClearExc()
				t.RaiseMsg(&ValueErrorType, "%s", rangeMsg)
			}
			return false
		}
		if !isIndex {
			t.RaiseMsg(&TypeErrorType, "'%s' object cannot be interpreted as an integer", item.typ.Name)
			return false
		}
		if v < 0 || v > 255 {
			t.RaiseMsg(&ValueErrorType, "%s", rangeMsg)
			return false
		}
		if len(out) >= maxRepeatBytes {
			t.RaiseMsg(&MemoryErrorType, "")
			return false
		}
		out = append(out, byte(v))
		return true
	})
	return out, ok
}

// byteArrayConcat is bytearray + bytes-like: a new bytearray.
func byteArrayConcat(t *Thread, a, b *Object) *Object {
	if a.kind != KindByteArray {
		return NotImplemented
	}
	y, ok := t.bytesLikeOf(b)
	if !ok {
		if r := tryReflected(t, a, b, bc.Add, a.typ); r != NotImplemented {
			return r
		}
		return t.RaiseMsg(&TypeErrorType, "can't concat %s to %s", b.typ.Name, a.typ.Name)
	}
	x := asByteArray(a).snapshot(t)
	if int64(len(x))+int64(len(y)) > maxRepeatBytes {
		return t.RaiseMsg(&MemoryErrorType, "")
	}
	out := make([]byte, 0, len(x)+len(y))
	return &t.NewByteArray(append(append(out, x...), y...)).Object
}

func byteArrayInplaceConcat(t *Thread, a, b *Object) *Object {
	if a.kind != KindByteArray {
		return NotImplemented
	}
	y, ok := t.bytesLikeOf(b)
	if !ok {
		return t.RaiseMsg(&TypeErrorType, "can't concat %s to %s", b.typ.Name, a.typ.Name)
	}
	ba := asByteArray(a)
	y = append([]byte(nil), y...)
	if !ba.resize(t, func(v []byte) []byte { return append(v, y...) }) {
		return nil
	}
	return t.NewRef(a)
}

func byteArrayRepeat(t *Thread, a, b *Object) *Object {
	seq, n, r, done := repeatOperands(t, a, b, &ByteArrayType)
	if done {
		return r
	}
	out, ok := t.repeatBytes(asByteArray(seq).snapshot(t), n, "repeated bytes are too long")
	if !ok {
		return nil
	}
	return &t.NewByteArray(out).Object
}

func byteArrayInplaceRepeat(t *Thread, a, b *Object) *Object {
	seq, n, r, done := repeatOperands(t, a, b, &ByteArrayType)
	if done {
		return r
	}
	ba := asByteArray(seq)
	out, ok := t.repeatBytes(ba.snapshot(t), n, "repeated bytes are too long")
	if !ok {
		return nil
	}
	if !ba.resize(t, func([]byte) []byte { return out }) {
		return nil
	}
	return t.NewRef(seq)
}

func byteArrayNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if o, ok := t.subNew(&ByteArrayType, cls, args, kwnames); ok {
		return o
	}
	b := t.NewByteArray(nil)
	if !t.byteArrayFill(b, args, kwnames) {
		t.Decref(&b.Object)
		return nil
	}
	return &b.Object
}

func byteArrayInit(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.byteArrayFill(asByteArray(args[0]), args[1:], kwnames) {
		return nil
	}
	return None
}

// byteArrayFill is bytearray.__init__: it replaces the contents.
func (t *Thread) byteArrayFill(b *ByteArray, args []*Object, kwnames []*Str) bool {
	data, ok := t.bytesSource("bytearray", args, kwnames)
	if !ok {
		return false
	}
	return b.resize(t, func([]byte) []byte { return data })
}

func byteArrayAppend(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.oneArg("bytearray.append", args, kwnames) {
		return nil
	}
	c, ok := t.byteValue(args[1])
	if !ok {
		return nil
	}
	b := asByteArray(args[0])
	if !b.resize(t, func(v []byte) []byte { return append(v, c) }) {
		return nil
	}
	return None
}

func byteArrayExtend(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.oneArg("bytearray.extend", args, kwnames) {
		return nil
	}
	b := asByteArray(args[0])
	v := args[1]
	items, ok := t.bytesLikeOf(v)
	if ok {
		items = append([]byte(nil), items...)
	} else {
		if v.typ.Iter == nil && t.lookupType(v.typ, dunderGetitem) == nil {
			return t.RaiseMsg(&TypeErrorType, "can't extend bytearray with %s", v.typ.Name)
		}
		if items, ok = t.bytesFromIterable(v, "byte must be in range(0, 256)"); !ok {
			return nil
		}
	}
	if !b.resize(t, func(v []byte) []byte { return append(v, items...) }) {
		return nil
	}
	return None
}

func byteArrayInsert(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "bytearray.insert() takes no keyword arguments")
	}
	if len(args) != 3 {
		return t.RaiseMsg(&TypeErrorType, "insert expected 2 arguments, got %d", len(args)-1)
	}
	i, ok := t.indexArg(args[1])
	if !ok {
		return nil
	}
	c, ok := t.byteValue(args[2])
	if !ok {
		return nil
	}
	b := asByteArray(args[0])
	if !b.resize(t, func(v []byte) []byte {
		n := int64(len(v))
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		return append(v[:i:i], append([]byte{c}, v[i:]...)...)
	}) {
		return nil
	}
	return None
}

func byteArrayPop(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "bytearray.pop() takes no keyword arguments")
	}
	if len(args) > 2 {
		return t.RaiseMsg(&TypeErrorType, "pop expected at most 1 argument, got %d", len(args)-1)
	}
	i := int64(-1)
	if len(args) == 2 {
		var ok bool
		if i, ok = t.indexArg(args[1]); !ok {
			return nil
		}
	}
	b := asByteArray(args[0])
	var c byte
	var msg string
	if !b.resize(t, func(v []byte) []byte {
		n := int64(len(v))
		if n == 0 {
			msg = "pop from empty bytearray"
			return v
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			msg = "pop index out of range"
			return v
		}
		c = v[i]
		return append(v[:i:i], v[i+1:]...)
	}) {
		return nil
	}
	if msg != "" {
		return t.RaiseMsg(&IndexErrorType, "%s", msg)
	}
	return t.NewInt(int64(c))
}

func byteArrayRemove(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.oneArg("bytearray.remove", args, kwnames) {
		return nil
	}
	c, ok := t.byteValue(args[1])
	if !ok {
		return nil
	}
	b := asByteArray(args[0])
	found := false
	if !b.resize(t, func(v []byte) []byte {
		if i := indexByte(v, c); i >= 0 {
			found = true
			return append(v[:i:i], v[i+1:]...)
		}
		return v
	}) {
		return nil
	}
	if !found {
		return t.RaiseMsg(&ValueErrorType, "value not found in bytearray")
	}
	return None
}

func byteArrayReverse(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("bytearray.reverse", args, kwnames) {
		return nil
	}
	b := asByteArray(args[0])
	b.lk.lock(t)
	for i, j := 0, len(b.V)-1; i < j; i, j = i+1, j-1 {
		b.V[i], b.V[j] = b.V[j], b.V[i]
	}
	b.lk.unlock(t)
	return None
}

func byteArrayClear(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("bytearray.clear", args, kwnames) {
		return nil
	}
	b := asByteArray(args[0])
	if !b.resize(t, func([]byte) []byte { return nil }) {
		return nil
	}
	return None
}

func byteArrayCopy(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("bytearray.copy", args, kwnames) {
		return nil
	}
	return &t.NewByteArray(append([]byte(nil), asByteArray(args[0]).snapshot(t)...)).Object
}

func byteArrayAlloc(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("bytearray.__alloc__", args, kwnames) {
		return nil
	}
	b := asByteArray(args[0])
	b.lk.lock(t)
	n := cap(b.V)
	if len(b.V) > 0 || n > 0 {
		n++ // CPython counts the trailing NUL it keeps
	}
	b.lk.unlock(t)
	return t.NewInt(int64(n))
}
