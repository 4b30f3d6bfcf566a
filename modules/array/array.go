// Package array is CPython's array module (Modules/arraymodule.c): typed
// arrays of numbers and characters, stored as the C array CPython keeps
// (the items' native bytes), with every typecode, the sequence and
// comparison protocols, the buffer protocol, and CPython's messages.
//
// An array's bytes are guarded by its container lock (a no-op under a
// GIL): values are converted before the lock is taken (conversion may run
// __index__ or __float__) and objects are made from copied bits, so no
// Python code runs with the lock held. While a buffer is exported the
// array cannot change size (BufferError), as in CPython.
package array

import (
	"strings"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

func init() { core.RegisterModule("array", build) }

type array struct {
	core.Object
	lk core.ContainerLock
	tc *typecode
	// data holds the items; alloc is CPython's allocated count (in items),
	// kept for __sizeof__ with CPython's growth policy.
	data    []byte
	alloc   int
	exports int
}

var arrayType, arrayIterType *core.Type

const arrayDoc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\na bytes-like object, or iterable over elements of the\nappropriate type.\n"

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n")
	m.AddType(t, arrayType)
	m.SetAttrString(t, "ArrayType", &arrayType.Object)
	m.AddType(t, arrayIterType)
	m.SetFunc(t, "_array_reconstructor", reconstructor)
	return m.SetOwned(t, "typecodes", t.NewStr(typecodes))
}

func asArray(o *core.Object) *array { return (*array)(unsafe.Pointer(o)) }

func isArray(o *core.Object) bool { return core.IsInstance(o, arrayType) }

func init() {
	s := core.Slots{
		New: arrayNew, Repr: arrayRepr, Len: arrayLen, Iter: arrayIter,
		GetItem: arrayGetItem, SetItem: arraySetItem, Contains: arrayContains,
		Compare: arrayCompare, Hash: core.Unhashable,
		GetBuffer: arrayGetBuffer, ReleaseBuffer: arrayReleaseBuffer,
	}
	setNumberSlots(&s)
	arrayType = core.NewType[array](core.TypeSpec{
		Name:         "array.array",
		Doc:          arrayDoc,
		Subclassable: true,
		Slots:        s,
		Clear: func(t *core.Thread, o *core.Object) {
			a := asArray(o)
			a.data, a.alloc = nil, 0
		},
		Methods: arrayMethods,
		GetSets: []core.GetSetDef{
			{Name: "typecode", Doc: "the typecode character used to create the array", Get: func(t *core.Thread, o *core.Object) *core.Object {
				return t.NewStr(string(asArray(o).tc.c))
			}},
			{Name: "itemsize", Doc: "the size, in bytes, of one array item", Get: func(t *core.Thread, o *core.Object) *core.Object {
				return t.NewInt(int64(asArray(o).tc.size))
			}},
		},
	})
	arrayIterType = core.NewType[arrayIterator](core.TypeSpec{
		Name:  "array.arrayiterator",
		Slots: core.Slots{Iter: core.IterSelf, Next: arrayIterNext},
		Clear: func(t *core.Thread, o *core.Object) { t.Replace(&(*arrayIterator)(unsafe.Pointer(o)).a, nil) },
	})
}

// ---- storage (the lock held) ----

// n is the number of items.
func (a *array) n() int { return len(a.data) / a.tc.size }

// resize sets the number of items to n (new items zeroed), following
// CPython's array_resize: BufferError while exporting, and its
// over-allocation.
func (a *array) resize(t *core.Thread, n int) bool {
	old := a.n()
	if a.exports > 0 && n != old {
		t.RaiseMsg(&core.BufferErrorType, "cannot resize an array that is exporting buffers")
		return false
	}
	size := a.tc.size
	switch {
	case a.alloc >= n && old < n+16 && a.alloc > 0:
	case n == 0:
		a.alloc = 0
	default:
		add := 7
		if old < 8 {
			add = 3
		}
		a.alloc = n>>4 + add + n
	}
	if n*size <= cap(a.data) {
		grown := a.data[:n*size]
		if n > old {
			clear(grown[old*size:])
		}
		a.data = grown
		return true
	}
	nd := make([]byte, n*size, a.alloc*size)
	copy(nd, a.data)
	a.data = nd
	return true
}

// setData replaces the items with a copy of b (len a multiple of the item
// size), as resizing to the new count and copying does.
func (a *array) setData(t *core.Thread, b []byte) bool {
	if !a.resize(t, len(b)/a.tc.size) {
		return false
	}
	copy(a.data, b)
	return true
}

// snapshot copies the items' bytes.
func (a *array) snapshot(t *core.Thread) []byte {
	a.lk.Lock(t)
	b := append([]byte(nil), a.data...)
	a.lk.Unlock(t)
	return b
}

// item returns item i as an object (i in range, the lock not held).
func (a *array) itemObj(t *core.Thread, data []byte, i int) *core.Object {
	return a.tc.obj(t, a.tc.load(data, i))
}

// newArray returns an empty array of cls with typecode tc, with room for
// n items (CPython's newarrayobject: allocated is exactly n).
func newArray(t *core.Thread, cls *core.Type, tc *typecode, n int) *array {
	a := core.Alloc[array](t, cls)
	a.tc = tc
	a.data = make([]byte, n*tc.size)
	a.alloc = n
	return a
}

// ---- construction ----

func arrayNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	if cls == arrayType && !t.NoKeywords("array.array", kwnames) {
		return nil
	}
	args, _ = core.Positional(args, kwnames)
	if len(args) < 1 || len(args) > 2 {
		if len(args) < 1 {
			return t.RaiseMsg(&core.TypeErrorType, "array() takes at least 1 argument (0 given)")
		}
		return t.RaiseMsg(&core.TypeErrorType, "array() takes at most 2 arguments (%d given)", len(args))
	}
	s, ok := core.StrValue(args[0])
	c, n := decodeRune(s)
	if !ok || n != len(s) || n == 0 {
		return t.RaiseMsg(&core.TypeErrorType, "array() argument 1 must be a unicode character, not %s", core.TypeName(args[0]))
	}
	var tc *typecode
	if c < 256 {
		tc = codes[c]
	}
	if tc == nil {
		return t.RaiseMsg(&core.ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	if len(args) == 1 || args[1] == core.None {
		return &newArray(t, cls, tc, 0).Object
	}
	init := args[1]
	if core.IsStr(init) && tc.c != 'u' {
		return t.RaiseMsg(&core.TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", tc.c)
	}
	if isArray(init) && asArray(init).tc.c == 'u' && tc.c != 'u' {
		return t.RaiseMsg(&core.TypeErrorType, "cannot use a unicode array to initialize an array with typecode '%c'", tc.c)
	}
	switch {
	case core.IsList(init) || core.IsTuple(init):
		items, _ := t.SeqItems(init)
		defer t.DecrefAll(items)
		bits := make([]uint64, len(items))
		for i, v := range items {
			if bits[i], ok = tc.conv(t, v); !ok {
				return nil
			}
		}
		a := newArray(t, cls, tc, len(items))
		for i, b := range bits {
			tc.store(a.data, i, b)
		}
		return &a.Object
	case init.Kind() == core.KindBytes || init.Kind() == core.KindByteArray:
		a := newArray(t, cls, tc, 0)
		if !a.fromBytes(t, init) {
			t.Decref(&a.Object)
			return nil
		}
		return &a.Object
	case core.IsStr(init):
		// CPython adopts the wide-character copy of the str: allocated
		// is exactly its length.
		a := newArray(t, cls, tc, 0)
		if !a.fromUnicode(t, init) {
			t.Decref(&a.Object)
			return nil
		}
		a.alloc = a.n()
		return &a.Object
	case isArray(init) && asArray(init).tc == tc:
		b := asArray(init).snapshot(t)
		a := newArray(t, cls, tc, len(b)/tc.size)
		copy(a.data, b)
		return &a.Object
	}
	it := t.GetIter(init)
	if it == nil {
		return nil
	}
	defer t.Decref(it)
	a := newArray(t, cls, tc, 0)
	if !a.extendIter(t, it) {
		t.Decref(&a.Object)
		return nil
	}
	return &a.Object
}

// extendIter appends the items of an iterator one by one (items appended
// before an error stay, as in CPython).
func (a *array) extendIter(t *core.Thread, it *core.Object) bool {
	for {
		v := t.Next(it)
		if v == nil {
			return !t.Failed()
		}
		ok := a.appendObj(t, v)
		t.Decref(v)
		if !ok {
			return false
		}
	}
}

// appendObj appends one value.
func (a *array) appendObj(t *core.Thread, v *core.Object) bool {
	bits, ok := a.tc.conv(t, v)
	if !ok {
		return false
	}
	a.lk.Lock(t)
	defer a.lk.Unlock(t)
	n := a.n()
	if !a.resize(t, n+1) {
		return false
	}
	a.tc.store(a.data, n, bits)
	return true
}

// ---- repr ----

func arrayRepr(t *core.Thread, o *core.Object) *core.Object {
	a := asArray(o)
	data := a.snapshot(t)
	name := core.TypeName(o)
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	if len(data) == 0 {
		return t.NewStr(name + "('" + string(a.tc.c) + "')")
	}
	var v *core.Object
	if a.tc.c == 'u' {
		v = charsToStr(t, a.tc, data)
	} else {
		v = listOf(t, a.tc, data)
	}
	if v == nil {
		return nil
	}
	r, ok := t.ReprString(v)
	t.Decref(v)
	if !ok {
		return nil
	}
	return t.NewStr(name + "('" + string(a.tc.c) + "', " + r + ")")
}

// listOf returns the items of data as a list.
func listOf(t *core.Thread, tc *typecode, data []byte) *core.Object {
	n := len(data) / tc.size
	items := make([]*core.Object, n)
	for i := range items {
		items[i] = tc.obj(t, tc.load(data, i))
	}
	return t.ListOwned(items...)
}

// charsToStr returns a 'u' array's items as a str.
func charsToStr(t *core.Thread, tc *typecode, data []byte) *core.Object {
	var b strings.Builder
	for i := 0; i < len(data)/4; i++ {
		s, ok := encodeRune(uint32(tc.load(data, i)))
		if !ok {
			return t.RaiseMsg(&core.ValueErrorType, "character U+%x is not in range [U+0000; U+10ffff]", uint32(tc.load(data, i)))
		}
		b.WriteString(s)
	}
	return t.NewStr(b.String())
}

// ---- iteration ----

type arrayIterator struct {
	core.Object
	lk    core.ContainerLock
	a     *core.Object
	index int
}

func arrayIter(t *core.Thread, o *core.Object) *core.Object {
	it := core.Alloc[arrayIterator](t, arrayIterType)
	it.a = t.NewRef(o)
	return &it.Object
}

func arrayIterNext(t *core.Thread, o *core.Object) *core.Object {
	it := (*arrayIterator)(unsafe.Pointer(o))
	it.lk.Lock(t)
	if it.a == nil {
		it.lk.Unlock(t)
		return nil
	}
	a := asArray(it.a)
	a.lk.Lock(t)
	if it.index < a.n() {
		bits := a.tc.load(a.data, it.index)
		it.index++
		a.lk.Unlock(t)
		it.lk.Unlock(t)
		return a.tc.obj(t, bits)
	}
	a.lk.Unlock(t)
	done := it.a
	it.a = nil
	it.lk.Unlock(t)
	t.Decref(done)
	return nil
}
