package core

import (
	"sync/atomic"
	"unsafe"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// The bytes type (CPython's Objects/bytesobject.c): an immutable byte
// string. Its methods, shared with bytearray, are in bytes_*.go; the
// buffer protocol every bytes-like argument goes through is in buffer.go.

// Bytes is a Python bytes object.
type Bytes struct {
	Object
	V []byte
	// hash caches the hash; -1 means not yet computed (see Str.hash).
	hash atomic.Int64
}

func asBytes(o *Object) *Bytes { return (*Bytes)(ptrOf(o)) }

// emptyBytes and byteChars are the immortal b” and one-byte bytes objects,
// as CPython caches its empty and single-character bytes.
var (
	emptyBytes Bytes
	byteChars  [256]Bytes
)

func initStaticBytes(p *Bytes, v []byte) {
	p.V = v
	p.rc, p.kind, p.flags, p.typ = 1, KindBytes, flagImmortal, &BytesType
	p.tid = immortalTid
	p.hash.Store(-1)
}

func init() {
	BuiltinTypeNames["bytes"] = &BytesType
	BuiltinTypeNames["bytearray"] = &ByteArrayType
	BuiltinTypeNames["memoryview"] = &MemoryViewType
	initStaticBytes(&emptyBytes, []byte{})
	for i := range byteChars {
		initStaticBytes(&byteChars[i], []byte{byte(i)})
	}

	BytesType.Dealloc = deallocBytes
	BytesType.Repr = bytesRepr
	BytesType.Str = bytesRepr
	BytesType.Hash = bytesHash
	BytesType.Compare = bytesCompare
	BytesType.Len = func(t *Thread, o *Object) (int, bool) { return len(asBytes(o).V), true }
	BytesType.GetItem = bytesGetItem
	BytesType.Contains = bytesContains
	BytesType.Iter = func(t *Thread, o *Object) *Object { return &t.newSeqIter(&BytesIterType, o, 0).Object }
	BytesType.Binary[bc.Add] = bytesConcat
	BytesType.Binary[bc.Mul] = bytesRepeat
	BytesType.New = bytesNew
	BytesType.SetAttr = readOnlySetAttr
	BytesType.GetBuffer = bytesGetBuffer
	BytesType.def("__bytes__", bytesBytes)
	BytesType.def("__getnewargs__", bytesGetNewArgs)
}

// NewBytes returns a bytes object holding b (a new reference). The object
// takes b over: the caller must not change it afterwards.
func (t *Thread) NewBytes(b []byte) *Object {
	switch len(b) {
	case 0:
		return &emptyBytes.Object
	case 1:
		return &byteChars[b[0]].Object
	}
	p := t.heap.bytes.pop()
	if p == nil {
		p = new(Bytes)
	}
	p.V = b
	p.hash.Store(-1)
	t.initObject(&p.Object, KindBytes, &BytesType)
	return &p.Object
}

// NewBytesCopy returns a bytes object holding a copy of b.
func (t *Thread) NewBytesCopy(b []byte) *Object {
	if len(b) <= 1 {
		return t.NewBytes(b)
	}
	return t.NewBytes(append([]byte(nil), b...))
}

func deallocBytes(t *Thread, o *Object) {
	p := asBytes(o)
	p.V = nil
	if t.recycle(o) && o.typ == &BytesType {
		t.heap.bytes.push(p)
	}
}

// BytesValue returns the contents of a bytes object (or of an instance of a
// subclass of bytes); ok is false for any other object. The slice must not
// be changed.
func BytesValue(o *Object) ([]byte, bool) {
	if o.kind != KindBytes {
		return nil, false
	}
	return asBytes(o).V, true
}

// bytesString views b as a Go string without copying, for the strings
// package's searching; the string must not outlive a change of b.
func bytesString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

func bytesHash(t *Thread, o *Object) (int64, bool) {
	p := asBytes(o)
	h := p.hash.Load()
	if h == -1 {
		// The same function as str's: a bytes object hashes like the ASCII
		// str of the same characters, as in CPython.
		h = hashString(bytesString(p.V))
		p.hash.Store(h)
	}
	return h, true
}

func bytesRepr(t *Thread, o *Object) *Object {
	return t.NewStr(string(appendBytesRepr(nil, asBytes(o).V, false)))
}

// appendBytesRepr appends b'...' for data, with CPython's choice of quote
// (bytes_repr with smartquotes). bytearray's repr escapes a single quote
// even inside double quotes, as bytearray_repr does.
func appendBytesRepr(out []byte, data []byte, escapeSingle bool) []byte {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range data {
		switch c {
		case '\'':
			hasSingle = true
		case '"':
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	out = append(out, 'b', quote)
	for _, c := range data {
		switch {
		case c == quote || c == '\\' || escapeSingle && c == '\'':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			const hex = "0123456789abcdef"
			out = append(out, '\\', 'x', hex[c>>4], hex[c&0xf])
		default:
			out = append(out, c)
		}
	}
	return append(out, quote)
}

// bytesCompare compares bytes with bytes and bytearray by content (as
// bytes_richcompare does; bytearray's slot handles the reflected cases).
func bytesCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if b.kind != KindBytes {
		return NotImplemented
	}
	x, y := asBytes(a).V, asBytes(b).V
	if op == bc.Eq || op == bc.Ne {
		if len(x) != len(y) {
			return Bool(op == bc.Ne)
		}
	}
	return Bool(compareResult(compareBytes(x, y), op))
}

func compareBytes(x, y []byte) int {
	n := min(len(x), len(y))
	for i := 0; i < n; i++ {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(x) < len(y):
		return -1
	case len(x) > len(y):
		return 1
	}
	return 0
}

func bytesGetItem(t *Thread, o, key *Object) *Object {
	return t.byteSeqGetItem(o, asBytes(o).V, key)
}

// byteSeqGetItem indexes or slices the bytes of a bytes or bytearray (the
// result has the container's type family), or raises CPython's errors.
func (t *Thread) byteSeqGetItem(o *Object, data []byte, key *Object) *Object {
	if key.kind == KindSlice {
		start, _, step, n, ok := asSlice(key).Indices(t, len(data))
		if !ok {
			return nil
		}
		if step == 1 {
			if n == len(data) && o.typ == &BytesType {
				return t.NewRef(o)
			}
			return t.newBytesLike(o, append([]byte(nil), data[start:start+n]...))
		}
		out := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = data[j]
		}
		return t.newBytesLike(o, out)
	}
	i, isIndex, ok := t.indexOf(key, &IndexErrorType)
	if !ok {
		return nil
	}
	name := "byte"
	if o.kind == KindByteArray {
		name = "bytearray"
	}
	if !isIndex {
		return t.RaiseMsg(&TypeErrorType, "%s indices must be integers or slices, not %s", name, key.typ.Name)
	}
	if i < 0 {
		i += int64(len(data))
	}
	if i < 0 || i >= int64(len(data)) {
		if o.kind == KindByteArray {
			return t.RaiseMsg(&IndexErrorType, "bytearray index out of range")
		}
		return t.RaiseMsg(&IndexErrorType, "index out of range")
	}
	return t.NewInt(int64(data[i]))
}

// newBytesLike returns b as the type family of self: a bytearray for a
// bytearray, bytes otherwise (methods of subclasses return the base type,
// as in CPython).
func (t *Thread) newBytesLike(self *Object, b []byte) *Object {
	if self.kind == KindByteArray {
		return &t.NewByteArray(b).Object
	}
	return t.NewBytes(b)
}

func bytesContains(t *Thread, o, item *Object) (bool, bool) {
	return t.byteSeqContains(asBytes(o).V, item)
}

// byteSeqContains is `item in data` for bytes and bytearray: an int in
// range(256) or a bytes-like object.
func (t *Thread) byteSeqContains(data []byte, item *Object) (bool, bool) {
	if v, isIndex, ok := t.indexOf(item, &OverflowErrorType); !ok {
		if t.ExcMatches(&OverflowErrorType) {
			t.ClearExc()
			t.RaiseMsg(&ValueErrorType, "byte must be in range(0, 256)")
		}
		return false, false
	} else if isIndex {
		if v < 0 || v > 255 {
			t.RaiseMsg(&ValueErrorType, "byte must be in range(0, 256)")
			return false, false
		}
		return indexByte(data, byte(v)) >= 0, true
	}
	sub, ok := t.bytesArg(item, "a bytes-like object is required, not '%s'")
	if !ok {
		return false, false
	}
	return indexBytes(data, sub) >= 0, true
}

// bytesConcat is bytes + bytes-like (bytes_concat): the result is bytes.
func bytesConcat(t *Thread, a, b *Object) *Object {
	if a.kind != KindBytes {
		// A bytes-like left operand that is not bytes (a memoryview, say)
		// does not concatenate: CPython raises through the number protocol.
		return NotImplemented
	}
	y, ok := t.bytesLikeOf(b)
	if !ok {
		if r := tryReflected(t, a, b, bc.Add, a.typ); r != NotImplemented {
			return r
		}
		return t.RaiseMsg(&TypeErrorType, "can't concat %s to %s", b.typ.Name, a.typ.Name)
	}
	x := asBytes(a).V
	if len(y) == 0 && a.typ == &BytesType {
		return t.NewRef(a)
	}
	if len(x) == 0 && b.typ == &BytesType {
		return t.NewRef(b)
	}
	if int64(len(x))+int64(len(y)) > maxRepeatBytes {
		return t.RaiseMsg(&MemoryErrorType, "")
	}
	out := make([]byte, 0, len(x)+len(y))
	return t.NewBytes(append(append(out, x...), y...))
}

func bytesRepeat(t *Thread, a, b *Object) *Object {
	seq, n, r, done := repeatOperands(t, a, b, &BytesType)
	if done {
		return r
	}
	data := asBytes(seq).V
	if n == 1 && seq.typ == &BytesType {
		return t.NewRef(seq)
	}
	out, ok := t.repeatBytes(data, n, "repeated bytes are too long")
	if !ok {
		return nil
	}
	return t.NewBytes(out)
}

// repeatBytes returns data repeated n times; a result longer than the
// largest Py_ssize_t raises OverflowError (msg), one too large to allocate
// MemoryError.
func (t *Thread) repeatBytes(data []byte, n int64, msg string) ([]byte, bool) {
	if len(data) == 0 || n <= 0 {
		return []byte{}, true
	}
	if n > (1<<63-1)/int64(len(data)) {
		t.RaiseMsg(&OverflowErrorType, "%s", msg)
		return nil, false
	}
	if n*int64(len(data)) > maxRepeatBytes {
		t.RaiseMsg(&MemoryErrorType, "")
		return nil, false
	}
	out := make([]byte, 0, int64(len(data))*n)
	for k := int64(0); k < n; k++ {
		out = append(out, data...)
	}
	return out, true
}

func bytesBytes(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("bytes.__bytes__", args, kwnames) {
		return nil
	}
	if args[0].typ == &BytesType {
		return t.NewRef(args[0])
	}
	return t.NewBytesCopy(asBytes(args[0]).V)
}

func bytesGetNewArgs(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("bytes.__getnewargs__", args, kwnames) {
		return nil
	}
	b := t.NewBytesCopy(asBytes(args[0]).V)
	r := t.TupleOf(b)
	t.Decref(b)
	return r
}

// Iterators over bytes and bytearray yield ints.
var (
	BytesIterType     = iterType("bytes_iterator", bytesIterNext)
	ByteArrayIterType = iterType("bytearray_iterator", bytesIterNext)
)

func init() {
	for _, tp := range []*Type{&BytesIterType, &ByteArrayIterType} {
		tp.Iter = iterSelf
		tp.Dealloc = deallocSeqIter
		tp.SetAttr = readOnlySetAttr
		registerType(tp)
	}
}

func bytesIterNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.loadSeq()
	if seq == nil {
		return nil
	}
	var v int64 = -1
	if seq.kind == KindBytes {
		if data := asBytes(seq).V; s.index < len(data) {
			v = int64(data[s.index])
			s.index++
		}
	} else {
		ba := asByteArray(seq)
		ba.lk.lock(t)
		if s.index < len(ba.V) {
			v = int64(ba.V[s.index])
			s.index++
		}
		ba.lk.unlock(t)
	}
	if v < 0 {
		s.exhaust(t)
		return nil
	}
	return t.NewInt(v)
}
