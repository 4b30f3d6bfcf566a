package core

import (
	"fmt"
	"sync"
	"sync/atomic"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// The memoryview type (CPython's Objects/memoryobject.c): a view of another
// object's memory through the buffer protocol, without copying. Slices
// and casts are views of the same memory. All views made from one export
// share a managedBuffer, which holds the exporter's buffer until the last
// of them is released or freed; a bytearray cannot be resized meanwhile.

// managedBuffer is one export shared by the memoryviews derived from it
// (CPython's _PyManagedBufferObject).
type managedBuffer struct {
	mu    sync.Mutex
	base  Buffer
	views int
}

// MemoryView is a Python memoryview.
type MemoryView struct {
	Object
	mbuf *managedBuffer
	// view is this memoryview's geometry over mbuf's memory.
	view     Buffer
	released atomic.Bool
	// exports counts the buffers exported from this memoryview itself.
	exports atomic.Int64
	hash    atomic.Int64
}

func asMemoryView(o *Object) *MemoryView { return (*MemoryView)(ptrOf(o)) }

func init() {
	MemoryViewType.Dealloc = deallocMemoryView
	MemoryViewType.Repr = memoryViewRepr
	MemoryViewType.Hash = memoryViewHash
	MemoryViewType.Compare = memoryViewCompare
	MemoryViewType.Len = memoryViewLen
	MemoryViewType.GetItem = memoryViewGetItem
	MemoryViewType.SetItem = memoryViewSetItem
	MemoryViewType.Iter = memoryViewIter
	MemoryViewType.New = memoryViewNew
	MemoryViewType.GetAttr = memoryViewGetAttr
	MemoryViewType.SetAttr = readOnlySetAttr
	MemoryViewType.GetBuffer = memoryViewGetBuffer
	MemoryViewType.ReleaseBuffer = memoryViewReleaseBuffer
	MemoryViewType.def("tobytes", memoryViewToBytes)
	MemoryViewType.def("tolist", memoryViewToList)
	MemoryViewType.def("hex", memoryViewHex)
	MemoryViewType.def("cast", memoryViewCast)
	MemoryViewType.def("release", memoryViewRelease)
	MemoryViewType.def("toreadonly", memoryViewToReadOnly)
	MemoryViewType.def("__enter__", memoryViewEnter)
	MemoryViewType.def("__exit__", memoryViewExit)
	MemoryViewIterType.Iter = iterSelf
	MemoryViewIterType.Dealloc = deallocSeqIter
	MemoryViewIterType.SetAttr = readOnlySetAttr
	registerType(&MemoryViewIterType)
}

// MemoryViewIterType is the type of iter(memoryview).
var MemoryViewIterType = iterType("memory_iterator", memoryViewIterNext)

// NewMemoryView returns memoryview(o) (a new reference), or raises
// TypeError for an object that exports no buffer.
func (t *Thread) NewMemoryView(o *Object) *Object {
	if o.kind == KindMemoryView {
		src := asMemoryView(o)
		if !t.checkReleased(src) {
			return nil
		}
		return t.newViewOn(src.mbuf, src.view)
	}
	if o.typ.GetBuffer == nil {
		return t.RaiseMsg(&TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", o.typ.Name)
	}
	mb := &managedBuffer{}
	if !t.getBuffer(o, &mb.base, BufStrided) {
		return nil
	}
	return t.newViewOn(mb, mb.base)
}

// newViewOn registers a new memoryview with geometry v on mb.
func (t *Thread) newViewOn(mb *managedBuffer, v Buffer) *Object {
	mb.mu.Lock()
	mb.views++
	mb.mu.Unlock()
	m := &MemoryView{mbuf: mb, view: v}
	m.view.Shape = append([]int(nil), v.Shape...)
	m.view.Strides = append([]int(nil), v.Strides...)
	m.hash.Store(-1)
	t.initObject(&m.Object, KindMemoryView, &MemoryViewType)
	return &m.Object
}

// releaseMemoryView drops m's registration on its managed buffer, releasing the
// exporter's buffer with the last view.
func (t *Thread) releaseMemoryView(m *MemoryView) {
	if m.released.Swap(true) {
		return
	}
	mb := m.mbuf
	mb.mu.Lock()
	mb.views--
	last := mb.views == 0
	mb.mu.Unlock()
	if last {
		t.ReleaseBuffer(&mb.base)
	}
}

func deallocMemoryView(t *Thread, o *Object) {
	m := asMemoryView(o)
	t.releaseMemoryView(m)
	m.mbuf = nil
	m.view = Buffer{}
	t.recycle(o)
}

func (t *Thread) checkReleased(m *MemoryView) bool {
	if m.released.Load() {
		t.RaiseMsg(&ValueErrorType, "operation forbidden on released memoryview object")
		return false
	}
	return true
}

func memoryViewNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	if t.invalidKeyword("memoryview", kwnames, "object") {
		return nil
	}
	var obj *Object
	if !t.ParseArgs("memoryview", args, kwnames, []string{"object"}, 1, &obj) {
		return nil
	}
	return t.NewMemoryView(obj)
}

func memoryViewRepr(t *Thread, o *Object) *Object {
	if asMemoryView(o).released.Load() {
		return t.NewStr(fmt.Sprintf("<released memory at %#x>", uintptrOf(o)))
	}
	return t.NewStr(fmt.Sprintf("<memory at %#x>", uintptrOf(o)))
}

func memoryViewGetBuffer(t *Thread, o *Object, view *Buffer, flags BufferFlags) bool {
	m := asMemoryView(o)
	if !t.checkReleased(m) {
		return false
	}
	m.exports.Add(1)
	*view = m.view
	return true
}

func memoryViewReleaseBuffer(t *Thread, o *Object, view *Buffer) {
	asMemoryView(o).exports.Add(-1)
}

func memoryViewRelease(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("memoryview.release", args, kwnames) {
		return nil
	}
	m := asMemoryView(args[0])
	if n := m.exports.Load(); n > 0 {
		s := "s"
		if n == 1 {
			s = ""
		}
		return t.RaiseMsg(&BufferErrorType, "memoryview has %d exported buffer%s", n, s)
	}
	t.releaseMemoryView(m)
	return None
}

func memoryViewEnter(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("memoryview.__enter__", args, kwnames) || !t.checkReleased(asMemoryView(args[0])) {
		return nil
	}
	return t.NewRef(args[0])
}

func memoryViewExit(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "memoryview.__exit__() takes no keyword arguments")
	}
	return memoryViewRelease(t, args[:1], nil)
}

func memoryViewGetAttr(t *Thread, o *Object, name *Str) *Object {
	m := asMemoryView(o)
	v := &m.view
	ints := func(xs []int) *Object {
		tp := t.NewTuple(len(xs))
		for i, x := range xs {
			tp.Items[i] = t.NewInt(int64(x))
		}
		return &tp.Object
	}
	switch name.S {
	case "obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides", "suboffsets",
		"c_contiguous", "f_contiguous", "contiguous":
		if !t.checkReleased(m) {
			return nil
		}
	}
	switch name.S {
	case "obj":
		return t.NewRef(m.mbuf.base.Obj)
	case "nbytes":
		return t.NewInt(int64(v.Len))
	case "readonly":
		return Bool(v.ReadOnly)
	case "itemsize":
		return t.NewInt(int64(v.ItemSize))
	case "format":
		return t.NewStr(v.Format)
	case "ndim":
		return t.NewInt(int64(len(v.Shape)))
	case "shape":
		return ints(v.Shape)
	case "strides":
		return ints(v.Strides)
	case "suboffsets":
		return &t.NewTuple(0).Object
	case "c_contiguous":
		return Bool(v.Contiguous())
	case "f_contiguous":
		return Bool(v.fContiguous())
	case "contiguous":
		return Bool(v.Contiguous() || v.fContiguous())
	}
	return t.genericGetAttr(o, name)
}

// fContiguous reports whether the view's items are one run of memory in
// Fortran order.
func (v *Buffer) fContiguous() bool {
	want := v.ItemSize
	for i := 0; i < len(v.Shape); i++ {
		if v.Shape[i] > 1 && v.Strides[i] != want {
			return false
		}
		want *= v.Shape[i]
	}
	return true
}

func memoryViewLen(t *Thread, o *Object) (int, bool) {
	m := asMemoryView(o)
	if !t.checkReleased(m) {
		return 0, false
	}
	if len(m.view.Shape) == 0 {
		return 1, true
	}
	return m.view.Shape[0], true
}

// itemChar returns the view's format character (after any '@').
func (v *Buffer) itemChar() byte {
	c, _, _ := parseItemFormat(v.Format)
	return c
}

func memoryViewGetItem(t *Thread, o, key *Object) *Object {
	m := asMemoryView(o)
	if !t.checkReleased(m) {
		return nil
	}
	v := &m.view
	if len(v.Shape) == 0 {
		if key == Ellipsis {
			return t.NewRef(o)
		}
		if key.kind == KindTuple && len(asTuple(key).Items) == 0 {
			return t.unpackItem(v.itemChar(), v.Data[v.Start:v.Start+v.ItemSize])
		}
		return t.RaiseMsg(&TypeErrorType, "invalid indexing of 0-dim memory")
	}
	if key.kind == KindSlice {
		start, _, step, n, ok := asSlice(key).Indices(t, v.Shape[0])
		if !ok {
			return nil
		}
		nv := *v
		nv.Shape = append([]int{n}, v.Shape[1:]...)
		nv.Strides = append([]int{v.Strides[0] * step}, v.Strides[1:]...)
		nv.Start = v.Start + start*v.Strides[0]
		nv.Len = v.Len / max(v.Shape[0], 1) * n
		if v.Shape[0] == 0 {
			nv.Len = 0
		}
		return t.newViewOn(m.mbuf, nv)
	}
	if key == Ellipsis {
		return t.NewRef(o)
	}
	off, ok := t.memoryViewOffset(v, key)
	if !ok {
		return nil
	}
	return t.unpackItem(v.itemChar(), v.Data[off:off+v.ItemSize])
}

// memoryViewOffset returns the byte offset of the item an index (an int
// for a 1-D view, a tuple of ints for an N-D one) selects.
func (t *Thread) memoryViewOffset(v *Buffer, key *Object) (int, bool) {
	var keys []*Object
	if key.kind == KindTuple {
		keys = asTuple(key).Items
		for _, k := range keys {
			if k.kind == KindSlice {
				t.RaiseMsg(&NotImplementedErrorType, "multi-dimensional slicing is not implemented")
				return 0, false
			}
		}
		if len(keys) < len(v.Shape) {
			t.RaiseMsg(&NotImplementedErrorType, "sub-views are not implemented")
			return 0, false
		}
		if len(keys) > len(v.Shape) {
			t.RaiseMsg(&TypeErrorType, "cannot index %d-dimension view with %d-element tuple", len(v.Shape), len(keys))
			return 0, false
		}
	} else {
		if _, isIndex, ok := t.indexOf(key, &IndexErrorType); !ok {
			return 0, false
		} else if !isIndex {
			t.RaiseMsg(&TypeErrorType, "memoryview: invalid slice key")
			return 0, false
		}
		if len(v.Shape) > 1 {
			t.RaiseMsg(&NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
			return 0, false
		}
		keys = []*Object{key}
	}
	off := v.Start
	for d, k := range keys {
		i, isIndex, ok := t.indexOf(k, &IndexErrorType)
		if !ok {
			return 0, false
		}
		if !isIndex {
			t.RaiseMsg(&TypeErrorType, "memoryview: invalid slice key")
			return 0, false
		}
		n := int64(v.Shape[d])
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			t.RaiseMsg(&IndexErrorType, "index out of bounds on dimension %d", d+1)
			return 0, false
		}
		off += int(i) * v.Strides[d]
	}
	return off, true
}

func memoryViewSetItem(t *Thread, o, key, value *Object) bool {
	m := asMemoryView(o)
	if !t.checkReleased(m) {
		return false
	}
	v := &m.view
	if v.ReadOnly {
		t.RaiseMsg(&TypeErrorType, "cannot modify read-only memory")
		return false
	}
	if value == nil {
		t.RaiseMsg(&TypeErrorType, "cannot delete memory")
		return false
	}
	if len(v.Shape) == 0 {
		if key == Ellipsis || key.kind == KindTuple && len(asTuple(key).Items) == 0 {
			return t.packItem(v.itemChar(), v.Data[v.Start:v.Start+v.ItemSize], value, v.Format)
		}
		t.RaiseMsg(&TypeErrorType, "invalid indexing of 0-dim memory")
		return false
	}
	if key.kind == KindSlice {
		if len(v.Shape) != 1 {
			t.RaiseMsg(&NotImplementedErrorType, "memoryview slice assignments are currently restricted to ndim = 1")
			return false
		}
		start, _, step, n, ok := asSlice(key).Indices(t, v.Shape[0])
		if !ok {
			return false
		}
		src, ok := t.GetBuffer(value, BufStrided)
		if !ok {
			return false
		}
		defer t.ReleaseBuffer(src)
		if src.Format != v.Format && !(isByteFormat(src.Format) && src.itemChar() == v.itemChar()) ||
			len(src.Shape) != 1 || src.Shape[0] != n || src.ItemSize != v.ItemSize {
			t.RaiseMsg(&ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
			return false
		}
		data := src.Bytes()
		data = append([]byte(nil), data...) // the source may overlap the target
		for k := 0; k < n; k++ {
			off := v.Start + (start+k*step)*v.Strides[0]
			copy(v.Data[off:off+v.ItemSize], data[k*v.ItemSize:])
		}
		return true
	}
	off, ok := t.memoryViewOffset(v, key)
	if !ok {
		return false
	}
	return t.packItem(v.itemChar(), v.Data[off:off+v.ItemSize], value, v.Format)
}

// items returns the view's items as objects, in C order (new references).
func (t *Thread) memoryViewItems(v *Buffer) ([]*Object, bool) {
	var items []*Object
	c := v.itemChar()
	ok := true
	v.eachItem(func(off int) {
		if !ok {
			return
		}
		x := t.unpackItem(c, v.Data[off:off+v.ItemSize])
		if x == nil {
			ok = false
			return
		}
		items = append(items, x)
	})
	if !ok {
		t.releaseAll(items)
		return nil, false
	}
	return items, true
}

func memoryViewToList(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("memoryview.tolist", args, kwnames) {
		return nil
	}
	m := asMemoryView(args[0])
	if !t.checkReleased(m) {
		return nil
	}
	items, ok := t.memoryViewItems(&m.view)
	if !ok {
		return nil
	}
	if len(m.view.Shape) == 0 {
		return items[0]
	}
	// Nest the flat items by the shape, innermost dimension first.
	var build func(d int) *Object
	pos := 0
	build = func(d int) *Object {
		n := m.view.Shape[d]
		l := t.NewList(n)
		for i := 0; i < n; i++ {
			if d == len(m.view.Shape)-1 {
				l.Items = append(l.Items, items[pos])
				pos++
			} else {
				l.Items = append(l.Items, build(d+1))
			}
		}
		return &l.Object
	}
	return build(0)
}

func memoryViewToBytes(t *Thread, args []*Object, kwnames []*Str) *Object {
	if t.invalidKeyword("tobytes", kwnames, "order") {
		return nil
	}
	var orderArg *Object
	if !t.ParseArgs("tobytes", args[1:], kwnames, []string{"order"}, 0, &orderArg) {
		return nil
	}
	m := asMemoryView(args[0])
	if !t.checkReleased(m) {
		return nil
	}
	order := "C"
	if orderArg != nil && orderArg != None {
		if orderArg.kind != KindStr {
			return t.RaiseMsg(&TypeErrorType, "tobytes() argument 'order' must be str or None, not %s", orderArg.typ.Name)
		}
		order = asStr(orderArg).S
		if order != "C" && order != "F" && order != "A" {
			return t.RaiseMsg(&ValueErrorType, "order must be 'C', 'F' or 'A'")
		}
	}
	if order == "F" && len(m.view.Shape) > 1 {
		return t.NewBytes(m.view.fortranBytes())
	}
	return t.NewBytesCopy(m.view.Bytes())
}

// fortranBytes returns the items in Fortran (column-major) order.
func (v *Buffer) fortranBytes() []byte {
	t := *v
	n := len(v.Shape)
	t.Shape, t.Strides = make([]int, n), make([]int, n)
	for i := 0; i < n; i++ {
		t.Shape[i], t.Strides[i] = v.Shape[n-1-i], v.Strides[n-1-i]
	}
	out := make([]byte, 0, v.Len)
	t.eachItem(func(off int) { out = append(out, v.Data[off:off+v.ItemSize]...) })
	return out
}

func memoryViewHex(t *Thread, args []*Object, kwnames []*Str) *Object {
	m := asMemoryView(args[0])
	if !t.checkReleased(m) {
		return nil
	}
	sep, n, ok := t.hexArgs(args[1:], kwnames)
	if !ok {
		return nil
	}
	return t.NewStr(string(hexBytes(m.view.Bytes(), sep, n)))
}

func memoryViewToReadOnly(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.noArgs("memoryview.toreadonly", args, kwnames) {
		return nil
	}
	m := asMemoryView(args[0])
	if !t.checkReleased(m) {
		return nil
	}
	v := m.view
	v.ReadOnly = true
	return t.newViewOn(m.mbuf, v)
}

func memoryViewCast(t *Thread, args []*Object, kwnames []*Str) *Object {
	if t.invalidKeyword("cast", kwnames, "format", "shape") {
		return nil
	}
	var fmtArg, shapeArg *Object
	if !t.ParseArgs("cast", args[1:], kwnames, []string{"format", "shape"}, 1, &fmtArg, &shapeArg) {
		return nil
	}
	m := asMemoryView(args[0])
	if !t.checkReleased(m) {
		return nil
	}
	if fmtArg.kind != KindStr {
		return t.RaiseMsg(&TypeErrorType, "cast() argument 'format' must be str, not %s", fmtArg.typ.Name)
	}
	v := &m.view
	if !v.Contiguous() {
		return t.RaiseMsg(&TypeErrorType, "memoryview: casts are restricted to C-contiguous views")
	}
	var shape []int
	hasShape := shapeArg != nil
	if hasShape {
		if shapeArg.kind != KindList && shapeArg.kind != KindTuple {
			return t.RaiseMsg(&TypeErrorType, "shape must be a list or a tuple")
		}
		items := t.seqSnapshot(shapeArg)
		defer t.releaseAll(items)
		if len(items) > 64 {
			return t.RaiseMsg(&ValueErrorType, "memoryview: number of dimensions must not exceed 64")
		}
		for _, it := range items {
			if !isIntLike(it) {
				return t.RaiseMsg(&TypeErrorType, "memoryview.cast(): elements of shape must be integers")
			}
			n, ok := t.ssizeArg(it)
			if !ok {
				return nil
			}
			if n <= 0 {
				return t.RaiseMsg(&ValueErrorType, "memoryview.cast(): elements of shape must be integers > 0")
			}
			shape = append(shape, int(n))
		}
		if len(v.Shape) != 1 && len(shape) != 1 {
			return t.RaiseMsg(&TypeErrorType, "memoryview: cast must be 1D -> ND or ND -> 1D")
		}
	}
	format := asStr(fmtArg).S
	c, size, ok := parseItemFormat(format)
	if !ok {
		return t.RaiseMsg(&ValueErrorType, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	if !isByteFormat(v.Format) && !(c == 'B' || c == 'b' || c == 'c') {
		return t.RaiseMsg(&TypeErrorType, "memoryview: cannot cast between two non-byte formats")
	}
	if v.Len%size != 0 {
		return t.RaiseMsg(&TypeErrorType, "memoryview: length is not a multiple of itemsize")
	}
	if !hasShape {
		shape = []int{v.Len / size}
	} else {
		prod := size
		for _, n := range shape {
			prod *= n
		}
		if prod != v.Len {
			return t.RaiseMsg(&TypeErrorType, "memoryview: product(shape) * itemsize != buffer size")
		}
	}
	nv := *v
	nv.Data = v.Data[v.Start : v.Start+v.Len]
	nv.Start = 0
	nv.Format = format
	nv.ItemSize = size
	nv.Shape = shape
	nv.Strides = make([]int, len(shape))
	stride := size
	for i := len(shape) - 1; i >= 0; i-- {
		nv.Strides[i] = stride
		stride *= shape[i]
	}
	return t.newViewOn(m.mbuf, nv)
}

func memoryViewHash(t *Thread, o *Object) (int64, bool) {
	m := asMemoryView(o)
	if h := m.hash.Load(); h != -1 {
		return h, true
	}
	if !t.checkReleased(m) {
		return 0, false
	}
	if !m.view.ReadOnly {
		t.RaiseMsg(&ValueErrorType, "cannot hash writable memoryview object")
		return 0, false
	}
	if !isByteFormat(m.view.Format) {
		t.RaiseMsg(&ValueErrorType, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
		return 0, false
	}
	h := hashString(bytesString(m.view.Bytes()))
	m.hash.Store(h)
	return h, true
}

// memoryViewCompare is == and != between a memoryview and any buffer:
// equal shapes and equal items, each unpacked by its own format.
func memoryViewCompare(t *Thread, a, b *Object, op bc.CompareOp) *Object {
	if op != bc.Eq && op != bc.Ne {
		return NotImplemented
	}
	if a == b {
		return Bool(op == bc.Eq)
	}
	ma := asMemoryView(a)
	if ma.released.Load() || (b.kind == KindMemoryView && asMemoryView(b).released.Load()) {
		return Bool(op == bc.Ne)
	}
	if b.typ.GetBuffer == nil {
		return NotImplemented
	}
	other, ok := t.GetBuffer(b, BufStrided)
	if !ok {
		t.ClearExc()
		return NotImplemented
	}
	defer t.ReleaseBuffer(other)
	va := &ma.view
	equal := len(va.Shape) == len(other.Shape)
	for i := 0; equal && i < len(va.Shape); i++ {
		equal = va.Shape[i] == other.Shape[i]
	}
	if equal {
		if va.Format == other.Format || isByteFormat(va.Format) && isByteFormat(other.Format) && va.itemChar() == other.itemChar() {
			equal = string(va.Bytes()) == string(other.Bytes())
		} else {
			xs, ok1 := t.memoryViewItems(va)
			if !ok1 {
				return nil
			}
			ys, ok2 := t.memoryViewItems(other)
			if !ok2 {
				t.releaseAll(xs)
				return nil
			}
			for i := range xs {
				eq, ok := t.RichEq(xs[i], ys[i])
				if !ok {
					t.releaseAll(xs)
					t.releaseAll(ys)
					return nil
				}
				if !eq {
					equal = false
					break
				}
			}
			t.releaseAll(xs)
			t.releaseAll(ys)
		}
	}
	return Bool(equal == (op == bc.Eq))
}

func memoryViewIter(t *Thread, o *Object) *Object {
	m := asMemoryView(o)
	if !t.checkReleased(m) {
		return nil
	}
	if len(m.view.Shape) == 0 {
		return t.RaiseMsg(&TypeErrorType, "invalid indexing of 0-dim memory")
	}
	if len(m.view.Shape) > 1 {
		return t.RaiseMsg(&NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
	}
	return &t.newSeqIter(&MemoryViewIterType, o, 0).Object
}

func memoryViewIterNext(t *Thread, it *Object) *Object {
	s := asSeqIter(it)
	seq := s.loadSeq()
	if seq == nil {
		return nil
	}
	m := asMemoryView(seq)
	if m.released.Load() {
		return t.RaiseMsg(&ValueErrorType, "operation forbidden on released memoryview object")
	}
	v := &m.view
	if s.index >= v.Shape[0] {
		s.exhaust(t)
		return nil
	}
	off := v.Start + s.index*v.Strides[0]
	s.index++
	return t.unpackItem(v.itemChar(), v.Data[off:off+v.ItemSize])
}
