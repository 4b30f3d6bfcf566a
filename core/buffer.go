package core

// The buffer protocol (PEP 3118, CPython's Py_buffer and
// PyObject_GetBuffer): an object that holds raw memory (bytes, bytearray,
// memoryview, and native types such as array.array) exports a view of it,
// so that any consumer — bytes(x), b''.join, memoryview, and native modules
// like _io, _struct, binascii, zlib or hashlib — accepts every bytes-like
// object without knowing its type.
//
// A consumer asks with GetBuffer, reads (or, with BufWritable, writes)
// view.Bytes() or view.Data, and calls ReleaseBuffer when done. While a
// view of a bytearray is held the bytearray cannot change size (it raises
// BufferError, as CPython does), so a view's memory keeps its meaning.
// Go's garbage collector keeps the memory itself alive in any case: a view
// never points at freed memory, even if a consumer forgets to release it.
//
// An exporter fills the view in its type's GetBuffer slot and undoes any
// bookkeeping in ReleaseBuffer. ExportBytes fills a view for the common
// case of one flat run of bytes.

// BufferFlags are a consumer's requests (CPython's PyBUF_* flags).
type BufferFlags uint8

// Buffer request flags.
const (
	// BufSimple asks for a read-only, contiguous view of bytes.
	BufSimple BufferFlags = 0
	// BufWritable asks for a view the consumer may write through; read-only
	// exporters refuse it with BufferError.
	BufWritable BufferFlags = 1 << iota
	// BufStrided accepts a non-contiguous view (with Strides); without it a
	// non-contiguous exporter refuses with BufferError.
	BufStrided
)

// Buffer is an exported view of an object's memory (Py_buffer).
type Buffer struct {
	// Obj is the exporter; the view holds a reference to it until
	// ReleaseBuffer.
	Obj *Object
	// Data holds the viewed memory; item [0, 0, ...] starts at Data[Start].
	Data  []byte
	Start int
	// Len is the size of the viewed items in bytes (the product of Shape
	// times ItemSize).
	Len      int
	ReadOnly bool
	// ItemSize and Format describe one item (struct module syntax); a
	// flat byte buffer has ItemSize 1 and Format "B".
	ItemSize int
	Format   string
	// Shape and Strides are per dimension, in items and bytes; a flat
	// buffer has one dimension of Len/ItemSize items and stride ItemSize.
	Shape   []int
	Strides []int
}

// ExportBytes fills view for a flat run of bytes owned by o (the common
// exporter: bytes, bytearray, array('B')).
func ExportBytes(view *Buffer, o *Object, data []byte, readOnly bool) {
	*view = Buffer{Obj: o, Data: data, Len: len(data), ReadOnly: readOnly,
		ItemSize: 1, Format: "B", Shape: []int{len(data)}, Strides: []int{1}}
}

// Contiguous reports whether the view's items are one run of memory in C
// order.
func (v *Buffer) Contiguous() bool {
	want := v.ItemSize
	for i := len(v.Shape) - 1; i >= 0; i-- {
		if v.Shape[i] > 1 && v.Strides[i] != want {
			return false
		}
		want *= v.Shape[i]
	}
	return true
}

// Bytes returns the viewed bytes in C order: the memory itself for a
// contiguous view (writable through when the view is), a copy otherwise.
func (v *Buffer) Bytes() []byte {
	if v.Contiguous() {
		return v.Data[v.Start : v.Start+v.Len : v.Start+v.Len]
	}
	out := make([]byte, 0, v.Len)
	v.eachItem(func(off int) { out = append(out, v.Data[off:off+v.ItemSize]...) })
	return out
}

// eachItem calls fn with the byte offset of every item, in C order.
func (v *Buffer) eachItem(fn func(off int)) {
	if len(v.Shape) == 0 {
		fn(v.Start)
		return
	}
	for _, n := range v.Shape {
		if n == 0 {
			return
		}
	}
	idx := make([]int, len(v.Shape))
	for {
		off := v.Start
		for d, i := range idx {
			off += i * v.Strides[d]
		}
		fn(off)
		d := len(idx) - 1
		for ; d >= 0; d-- {
			idx[d]++
			if idx[d] < v.Shape[d] {
				break
			}
			idx[d] = 0
		}
		if d < 0 {
			return
		}
	}
}

// GetBuffer exports a view of o's memory (PyObject_GetBuffer). Objects
// that export none raise TypeError "a bytes-like object is required, not
// 'x'"; refusing flags raises BufferError.
func (t *Thread) GetBuffer(o *Object, flags BufferFlags) (*Buffer, bool) {
	view := new(Buffer)
	if !t.getBuffer(o, view, flags) {
		return nil, false
	}
	return view, true
}

func (t *Thread) getBuffer(o *Object, view *Buffer, flags BufferFlags) bool {
	if o.typ.GetBuffer == nil {
		t.RaiseMsg(&TypeErrorType, "a bytes-like object is required, not '%s'", o.typ.Name)
		return false
	}
	if !o.typ.GetBuffer(t, o, view, flags) {
		return false
	}
	if flags&BufWritable != 0 && view.ReadOnly {
		t.releaseView(view)
		t.RaiseMsg(&BufferErrorType, "Object is not writable.")
		return false
	}
	if flags&BufStrided == 0 && !view.Contiguous() {
		t.releaseView(view)
		t.RaiseMsg(&BufferErrorType, "memoryview: underlying buffer is not C-contiguous")
		return false
	}
	t.Incref(o)
	view.Obj = o
	return true
}

// ReleaseBuffer releases a view obtained from GetBuffer (PyBuffer_Release).
// Releasing a view twice does nothing.
func (t *Thread) ReleaseBuffer(view *Buffer) {
	o := view.Obj
	if o == nil {
		return
	}
	t.releaseView(view)
	view.Obj = nil
	t.Decref(o)
}

func (t *Thread) releaseView(view *Buffer) {
	if rel := view.Obj.typ.ReleaseBuffer; rel != nil {
		rel(t, view.Obj, view)
	}
}

// HasBuffer reports whether o exports buffers (PyObject_CheckBuffer).
func HasBuffer(o *Object) bool { return o.typ.GetBuffer != nil }

// BytesLike returns the contents of a bytes-like object for a consumer
// that reads them at once, running no Python code meanwhile: bytes and
// bytearray directly, other exporters through a view released at once
// (Go keeps the memory alive). ok is false, with no exception set, when o
// is not bytes-like; the slice must not be changed.
func (t *Thread) BytesLike(o *Object) ([]byte, bool) { return t.bytesLikeOf(o) }

func (t *Thread) bytesLikeOf(o *Object) ([]byte, bool) {
	switch o.kind {
	case KindBytes:
		return asBytes(o).V, true
	case KindByteArray:
		return asByteArray(o).snapshot(t), true
	}
	if o.typ.GetBuffer == nil {
		return nil, false
	}
	var view Buffer
	if !t.getBuffer(o, &view, BufStrided) {
		t.ClearExc()
		return nil, false
	}
	b := view.Bytes()
	t.ReleaseBuffer(&view)
	return b, true
}

// bytesArg returns the contents of a bytes-like argument, or raises
// TypeError with msg (a format taking the argument's type name).
func (t *Thread) bytesArg(o *Object, msg string) ([]byte, bool) {
	b, ok := t.bytesLikeOf(o)
	if !ok {
		t.RaiseMsg(&TypeErrorType, msg, o.typ.Name)
	}
	return b, ok
}

func bytesGetBuffer(t *Thread, o *Object, view *Buffer, flags BufferFlags) bool {
	ExportBytes(view, o, asBytes(o).V, true)
	return true
}
