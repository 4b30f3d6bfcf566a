package array

import (
	"math"

	"github.com/rcvm/rcvm/core"
)

// The methods of array, with CPython's messages.

var arrayMethods = []core.MethodDef{
	{Name: "append", Fn: arrAppend, Doc: "Append new value v to the end of the array."},
	{Name: "buffer_info", Fn: arrBufferInfo, Doc: "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents."},
	{Name: "byteswap", Fn: arrByteswap, Doc: "Byteswap all items of the array."},
	{Name: "count", Fn: arrCount, Doc: "Return number of occurrences of v in the array."},
	{Name: "extend", Fn: arrExtend, Doc: "Append items to the end of the array."},
	{Name: "frombytes", Fn: arrFrombytes, Doc: "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."},
	{Name: "fromfile", Fn: arrFromfile, Doc: "Read n objects from the file object f and append them to the end of the array."},
	{Name: "fromlist", Fn: arrFromlist, Doc: "Append items to array from list."},
	{Name: "fromunicode", Fn: arrFromunicode, Doc: "Extends this array with data from the unicode string ustr."},
	{Name: "index", Fn: arrIndex, Doc: "Return index of first occurrence of v in the array."},
	{Name: "insert", Fn: arrInsert, Doc: "Insert a new item v into the array before position i."},
	{Name: "pop", Fn: arrPop, Doc: "Return the i-th element and delete it from the array."},
	{Name: "remove", Fn: arrRemove, Doc: "Remove the first occurrence of v in the array."},
	{Name: "reverse", Fn: arrReverse, Doc: "Reverse the order of the items in the array."},
	{Name: "tobytes", Fn: arrTobytes, Doc: "Convert the array to an array of machine values and return the bytes representation."},
	{Name: "tofile", Fn: arrTofile, Doc: "Write all items (as machine values) to the file object f."},
	{Name: "tolist", Fn: arrTolist, Doc: "Convert array to an ordinary list with the same items."},
	{Name: "tounicode", Fn: arrTounicode, Doc: "Extends this array with data from the unicode string ustr."},
	{Name: "__copy__", Fn: arrCopy, Doc: "Return a copy of the array."},
	{Name: "__deepcopy__", Fn: arrDeepcopy, Doc: "Return a copy of the array."},
	{Name: "__reduce_ex__", Fn: arrReduceEx, Doc: "Return state information for pickling."},
	{Name: "__sizeof__", Fn: arrSizeof, Doc: "Size of the array in memory, in bytes."},
}

func none(t *core.Thread, ok bool) *core.Object {
	if !ok {
		return nil
	}
	return t.NewRef(core.None)
}

func arrAppend(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("append", args[1:], kwnames, 1, 1) {
		return nil
	}
	return none(t, asArray(args[0]).appendObj(t, args[1]))
}

func arrBufferInfo(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("buffer_info", args[1:], kwnames, 0, 0) {
		return nil
	}
	a := asArray(args[0])
	a.lk.Lock(t)
	var addr uint64
	if cap(a.data) > 0 {
		addr = uint64(uintptr(unsafePointer(a.data)))
	}
	n := a.n()
	a.lk.Unlock(t)
	return t.TupleOwned(t.NewUint64(addr), t.NewInt(int64(n)))
}

func arrByteswap(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("byteswap", args[1:], kwnames, 0, 0) {
		return nil
	}
	a := asArray(args[0])
	a.lk.Lock(t)
	size := a.tc.size
	for i := 0; i+size <= len(a.data); i += size {
		b := a.data[i : i+size]
		for j, k := 0, size-1; j < k; j, k = j+1, k-1 {
			b[j], b[k] = b[k], b[j]
		}
	}
	a.lk.Unlock(t)
	return t.NewRef(core.None)
}

// scan compares each item with v, calling found(i) for equal ones until it
// returns false; items are read one at a time, as the array may change.
func (a *array) scan(t *core.Thread, v *core.Object, start, stop int, found func(i int) bool) bool {
	for i := start; ; i++ {
		a.lk.Lock(t)
		if i >= stop || i >= a.n() {
			a.lk.Unlock(t)
			return true
		}
		bits := a.tc.load(a.data, i)
		a.lk.Unlock(t)
		x := a.tc.obj(t, bits)
		eq, ok := t.RichEq(x, v)
		t.Decref(x)
		if !ok {
			return false
		}
		if eq && !found(i) {
			return true
		}
	}
}

func arrCount(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("count", args[1:], kwnames, 1, 1) {
		return nil
	}
	n := 0
	if !asArray(args[0]).scan(t, args[1], 0, math.MaxInt, func(int) bool { n++; return true }) {
		return nil
	}
	return t.NewInt(int64(n))
}

// sliceIndex is _PyEval_SliceIndexNotNone: an index clamped to Py_ssize_t.
func sliceIndex(t *core.Thread, o *core.Object) (int64, bool) {
	if !core.IsInt(o) && o.Type().Lookup(t, core.Intern("__index__")) == nil {
		t.RaiseMsg(&core.TypeErrorType, "slice indices must be integers or have an __index__ method")
		return 0, false
	}
	b, ok := t.AsBigInt(o)
	if !ok {
		return 0, false
	}
	switch {
	case b.IsInt64():
		return b.Int64(), true
	case b.Sign() < 0:
		return math.MinInt64, true
	}
	return math.MaxInt64, true
}

func arrIndex(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("index", args[1:], kwnames, 1, 3) {
		return nil
	}
	a := asArray(args[0])
	start, stop := int64(0), int64(math.MaxInt64)
	var ok bool
	if len(args) > 2 {
		if start, ok = sliceIndex(t, args[2]); !ok {
			return nil
		}
	}
	if len(args) > 3 {
		if stop, ok = sliceIndex(t, args[3]); !ok {
			return nil
		}
	}
	n, _ := arrayLen(t, args[0])
	if start < 0 {
		start = max(start+int64(n), 0)
	}
	if stop < 0 {
		stop = max(stop+int64(n), 0)
	}
	at := -1
	if !a.scan(t, args[1], int(min(start, math.MaxInt32*4)), int(min(stop, math.MaxInt64)), func(i int) bool { at = i; return false }) {
		return nil
	}
	if at < 0 {
		return t.RaiseMsg(&core.ValueErrorType, "array.index(x): x not in array")
	}
	return t.NewInt(int64(at))
}

func arrRemove(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("remove", args[1:], kwnames, 1, 1) {
		return nil
	}
	a := asArray(args[0])
	at := -1
	if !a.scan(t, args[1], 0, math.MaxInt, func(i int) bool { at = i; return false }) {
		return nil
	}
	if at < 0 {
		return t.RaiseMsg(&core.ValueErrorType, "array.remove(x): x not in array")
	}
	a.lk.Lock(t)
	defer a.lk.Unlock(t)
	if at >= a.n() {
		return t.RaiseMsg(&core.ValueErrorType, "array.remove(x): x not in array")
	}
	return none(t, a.assignSlice(t, at, at+1, 1, 1, nil))
}

// extend appends the items of bb: an array of the same typecode, or any
// iterable.
func (a *array) extend(t *core.Thread, bb *core.Object) bool {
	if !isArray(bb) {
		it := t.GetIter(bb)
		if it == nil {
			return false
		}
		defer t.Decref(it)
		return a.extendIter(t, it)
	}
	b := asArray(bb)
	if b.tc != a.tc {
		t.RaiseMsg(&core.TypeErrorType, "can only extend with array of same kind")
		return false
	}
	more := b.snapshot(t)
	return a.appendBytes(t, more)
}

// appendBytes appends whole items' bytes.
func (a *array) appendBytes(t *core.Thread, b []byte) bool {
	a.lk.Lock(t)
	defer a.lk.Unlock(t)
	if int64(len(a.data))+int64(len(b)) > maxBytes {
		t.RaiseMsg(&core.MemoryErrorType, "")
		return false
	}
	old := len(a.data)
	if !a.resize(t, (old+len(b))/a.tc.size) {
		return false
	}
	copy(a.data[old:], b)
	return true
}

func arrExtend(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("extend", args[1:], kwnames, 1, 1) {
		return nil
	}
	return none(t, asArray(args[0]).extend(t, args[1]))
}

// fromBytes appends the machine values in a bytes-like object.
func (a *array) fromBytes(t *core.Thread, o *core.Object) bool {
	view, ok := t.GetBuffer(o, core.BufSimple)
	if !ok {
		return false
	}
	if view.ItemSize != 1 {
		t.ReleaseBuffer(view)
		t.RaiseMsg(&core.TypeErrorType, "a bytes-like object is required")
		return false
	}
	b := append([]byte(nil), view.Bytes()...)
	t.ReleaseBuffer(view)
	if len(b)%a.tc.size != 0 {
		t.RaiseMsg(&core.ValueErrorType, "bytes length not a multiple of item size")
		return false
	}
	return a.appendBytes(t, b)
}

func arrFrombytes(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("frombytes", args[1:], kwnames, 1, 1) {
		return nil
	}
	return none(t, asArray(args[0]).fromBytes(t, args[1]))
}

func arrFromfile(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("fromfile", args[1:], kwnames, 2, 2) {
		return nil
	}
	a := asArray(args[0])
	n, ok := t.AsInt64(args[2])
	if !ok {
		return nil
	}
	if n < 0 {
		return t.RaiseMsg(&core.ValueErrorType, "negative count")
	}
	if n > math.MaxInt64/int64(a.tc.size) {
		return t.RaiseMsg(&core.MemoryErrorType, "")
	}
	nbytes := t.NewInt(n * int64(a.tc.size))
	b := t.CallMethod(args[1], "read", nbytes)
	t.Decref(nbytes)
	if b == nil {
		return nil
	}
	defer t.Decref(b)
	if b.Kind() != core.KindBytes {
		return t.RaiseMsg(&core.TypeErrorType, "read() didn't return bytes")
	}
	got, _ := t.BytesLike(b)
	short := int64(len(got)) != n*int64(a.tc.size)
	if !a.fromBytes(t, b) {
		return nil
	}
	if short {
		return t.RaiseMsg(&core.EOFErrorType, "read() didn't return enough bytes")
	}
	return t.NewRef(core.None)
}

func arrFromlist(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("fromlist", args[1:], kwnames, 1, 1) {
		return nil
	}
	if !core.IsList(args[1]) {
		return t.RaiseMsg(&core.TypeErrorType, "arg must be list")
	}
	a := asArray(args[0])
	items, _ := t.SeqItems(args[1])
	defer t.DecrefAll(items)
	out := make([]byte, len(items)*a.tc.size)
	for i, v := range items {
		bits, ok := a.tc.conv(t, v)
		if !ok {
			return nil
		}
		a.tc.store(out, i, bits)
	}
	return none(t, a.appendBytes(t, out))
}

// fromUnicode appends the characters of a str to a 'u' array.
func (a *array) fromUnicode(t *core.Thread, o *core.Object) bool {
	s, _ := core.StrValue(o)
	var out []byte
	for len(s) > 0 {
		c, n := decodeRune(s)
		s = s[n:]
		out = append(out, byte(c), byte(c>>8), byte(c>>16), byte(c>>24))
	}
	return a.appendBytes(t, out)
}

func arrFromunicode(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("fromunicode", args[1:], kwnames, 1, 1) {
		return nil
	}
	if !core.IsStr(args[1]) {
		return t.RaiseMsg(&core.TypeErrorType, "fromunicode() argument must be str, not %s", core.TypeName(args[1]))
	}
	a := asArray(args[0])
	if a.tc.c != 'u' {
		return t.RaiseMsg(&core.ValueErrorType, "fromunicode() may only be called on unicode type arrays")
	}
	return none(t, a.fromUnicode(t, args[1]))
}

func arrInsert(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("insert", args[1:], kwnames, 2, 2) {
		return nil
	}
	a := asArray(args[0])
	i, ok := t.AsInt64(args[1])
	if !ok {
		return nil
	}
	bits, ok := a.tc.conv(t, args[2])
	if !ok {
		return nil
	}
	a.lk.Lock(t)
	defer a.lk.Unlock(t)
	n := int64(a.n())
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	var b [8]byte
	item := b[:a.tc.size]
	a.tc.store(item, 0, bits)
	return none(t, a.assignSlice(t, int(i), int(i), 1, 0, item))
}

func arrPop(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("pop", args[1:], kwnames, 0, 1) {
		return nil
	}
	a := asArray(args[0])
	i := int64(-1)
	if len(args) > 1 {
		var ok bool
		if i, ok = t.AsInt64(args[1]); !ok {
			return nil
		}
	}
	a.lk.Lock(t)
	n := int64(a.n())
	if n == 0 {
		a.lk.Unlock(t)
		return t.RaiseMsg(&core.IndexErrorType, "pop from empty array")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		a.lk.Unlock(t)
		return t.RaiseMsg(&core.IndexErrorType, "pop index out of range")
	}
	bits := a.tc.load(a.data, int(i))
	ok := a.assignSlice(t, int(i), int(i)+1, 1, 1, nil)
	a.lk.Unlock(t)
	if !ok {
		return nil
	}
	return a.tc.obj(t, bits)
}

func arrReverse(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("reverse", args[1:], kwnames, 0, 0) {
		return nil
	}
	a := asArray(args[0])
	a.lk.Lock(t)
	size := a.tc.size
	var tmp [8]byte
	for i, j := 0, a.n()-1; i < j; i, j = i+1, j-1 {
		x, y := a.data[i*size:(i+1)*size], a.data[j*size:(j+1)*size]
		copy(tmp[:size], x)
		copy(x, y)
		copy(y, tmp[:size])
	}
	a.lk.Unlock(t)
	return t.NewRef(core.None)
}

func arrTobytes(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("tobytes", args[1:], kwnames, 0, 0) {
		return nil
	}
	return t.NewBytes(asArray(args[0]).snapshot(t))
}

func arrTofile(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("tofile", args[1:], kwnames, 1, 1) {
		return nil
	}
	data := asArray(args[0]).snapshot(t)
	// CPython writes in blocks of 64 KiB.
	const block = 64 * 1024
	for i := 0; i < len(data); i += block {
		b := t.NewBytes(data[i:min(i+block, len(data))])
		r := t.CallMethod(args[1], "write", b)
		t.Decref(b)
		if r == nil {
			return nil
		}
		t.Decref(r)
	}
	return t.NewRef(core.None)
}

func arrTolist(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("tolist", args[1:], kwnames, 0, 0) {
		return nil
	}
	a := asArray(args[0])
	return listOf(t, a.tc, a.snapshot(t))
}

func arrTounicode(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("tounicode", args[1:], kwnames, 0, 0) {
		return nil
	}
	a := asArray(args[0])
	if a.tc.c != 'u' {
		return t.RaiseMsg(&core.ValueErrorType, "tounicode() may only be called on unicode type arrays")
	}
	return charsToStr(t, a.tc, a.snapshot(t))
}

// copyArray is a new array of the same type (CPython's array_array___copy__
// makes an instance of the exact type, as slicing does).
func copyArray(t *core.Thread, o *core.Object) *core.Object {
	a := asArray(o)
	b := a.snapshot(t)
	r := newArray(t, arrayType, a.tc, len(b)/a.tc.size)
	copy(r.data, b)
	return &r.Object
}

func arrCopy(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("__copy__", args[1:], kwnames, 0, 0) {
		return nil
	}
	return copyArray(t, args[0])
}

func arrDeepcopy(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("__deepcopy__", args[1:], kwnames, 1, 1) {
		return nil
	}
	return copyArray(t, args[0])
}

// arrSizeof is __sizeof__: CPython's arrayobject (64 bytes) and its
// allocated items.
func arrSizeof(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("__sizeof__", args[1:], kwnames, 0, 0) {
		return nil
	}
	a := asArray(args[0])
	a.lk.Lock(t)
	n := 64 + a.alloc*a.tc.size
	a.lk.Unlock(t)
	return t.NewInt(int64(n))
}
