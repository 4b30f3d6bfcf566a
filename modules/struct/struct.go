// Package structmod is CPython's _struct module (Modules/_struct.c): pack,
// unpack, pack_into, unpack_from, iter_unpack, calcsize, the Struct type
// and struct.error, with every format code, byte order, native size and
// alignment of CPython on a 64-bit little-endian Linux host, and its
// messages. Integers are converted with math/big only past int64; floats
// with encoding/binary and math, half floats rounded as PyFloat_Pack2.
//
// Parsed formats are immutable and shared by every VM and thread (a
// sync.Map keyed by the format's text stands in for CPython's cache of
// Struct objects).
package structmod

import (
	"sync"

	"github.com/rcvm/rcvm/core"
)

func init() { core.RegisterModule("_struct", build) }

var errorType = core.NewExceptionType("struct", "error", nil)

const structDoc = "Functions to convert between Python values and C structs.\n" +
	"Python bytes objects are used to hold the data representing the C struct\n" +
	"and also as format strings (explained below) to describe the layout of data\n" +
	"in the C struct.\n\n" +
	"The optional first format char indicates byte order, size and alignment:\n" +
	"  @: native order, size & alignment (default)\n" +
	"  =: native order, std. size & alignment\n" +
	"  <: little-endian, std. size & alignment\n" +
	"  >: big-endian, std. size & alignment\n" +
	"  !: same as >\n\n" +
	"The remaining chars indicate types of args and must match exactly;\n" +
	"these can be preceded by a decimal repeat count:\n" +
	"  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n" +
	"  ?: _Bool (requires C99; if not available, char is used instead)\n" +
	"  h:short; H:unsigned short; i:int; I:unsigned int;\n" +
	"  l:long; L:unsigned long; f:float; d:double; e:half-float.\n" +
	"Special cases (preceding decimal count indicates length):\n" +
	"  s:string (array of char); p: pascal string (with count byte).\n" +
	"Special cases (only available in native format):\n" +
	"  n:ssize_t; N:size_t;\n" +
	"  P:an integer type that is wide enough to hold a pointer.\n" +
	"Special case (not in native mode unless 'long long' in platform C):\n" +
	"  q:long long; Q:unsigned long long\n" +
	"Whitespace between formats is ignored.\n\n" +
	"The variable struct.error is an exception raised on errors.\n"

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, structDoc)
	m.SetAttrString(t, "error", &errorType.Object)
	m.AddType(t, structType)
	m.SetFunc(t, "pack", modPack)
	m.SetFunc(t, "pack_into", modPackInto)
	m.SetFunc(t, "unpack", modUnpack)
	m.SetFunc(t, "unpack_from", modUnpackFrom)
	m.SetFunc(t, "iter_unpack", modIterUnpack)
	m.SetFunc(t, "calcsize", modCalcsize)
	m.SetFunc(t, "_clearcache", clearCache)
	return true
}

// maxBytes bounds a packed result: beyond it the allocation would fail in
// CPython too, and here it raises MemoryError rather than crash the Go
// runtime (core bounds repetitions the same way).
const maxBytes = 1 << 34

// bytesHeader is CPython's PyBytesObject header size: a bytes object
// longer than PY_SSIZE_T_MAX minus it raises OverflowError.
const bytesHeader = 33

// ---- the operations, shared by the functions and the methods ----

func (l *layout) packNew(t *core.Thread, name string, args []*core.Object) *core.Object {
	if int64(len(args)) != l.items {
		return t.RaiseMsg(errorType, "%s expected %d items for packing (got %d)", name, l.items, len(args))
	}
	if l.size > maxSsize-bytesHeader {
		return t.RaiseMsg(&core.OverflowErrorType, "byte string is too large")
	}
	if l.size > maxBytes {
		return t.RaiseMsg(&core.MemoryErrorType, "")
	}
	buf := make([]byte, l.size)
	if !l.packAll(t, buf, args) {
		return nil
	}
	return t.NewBytes(buf)
}

// packInto is pack_into(buffer, offset, *args).
func (l *layout) packInto(t *core.Thread, args []*core.Object) *core.Object {
	if int64(len(args)) != l.items+2 {
		switch len(args) {
		case 0:
			return t.RaiseMsg(errorType, "pack_into expected buffer argument")
		case 1:
			return t.RaiseMsg(errorType, "pack_into expected offset argument")
		}
		return t.RaiseMsg(errorType, "pack_into expected %d items for packing (got %d)", l.items, len(args)-2)
	}
	view, ok := t.GetBuffer(args[0], core.BufWritable)
	if !ok {
		t.ClearExc()
		return t.RaiseMsg(&core.TypeErrorType, "argument must be read-write bytes-like object, not %s", core.TypeName(args[0]))
	}
	defer t.ReleaseBuffer(view)
	offset, ok := ssizeArg(t, args[1], &core.IndexErrorType)
	if !ok {
		return nil
	}
	n := int64(view.Len)
	if offset < 0 {
		if offset+l.size > 0 {
			return t.RaiseMsg(errorType, "no space to pack %d bytes at offset %d", l.size, offset)
		}
		if offset+n < 0 {
			return t.RaiseMsg(errorType, "offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < l.size {
		return t.RaiseMsg(errorType, "pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)",
			uint64(l.size)+uint64(offset), l.size, offset, n)
	}
	dst := view.Bytes()[offset : offset+l.size]
	clear(dst)
	if !l.packAll(t, dst, args[2:]) {
		return nil
	}
	return t.NewRef(core.None)
}

// ssizeArg is PyNumber_AsSsize_t(o, exc): an index whose overflow raises
// exc "cannot fit 'int' into an index-sized integer".
func ssizeArg(t *core.Thread, o *core.Object, exc *core.Type) (int64, bool) {
	r := t.Index(o)
	if r == nil {
		return 0, false
	}
	defer t.Decref(r)
	v, fits := core.IntValue(r)
	if !fits {
		t.RaiseMsg(exc, "cannot fit '%s' into an index-sized integer", core.TypeName(o))
		return 0, false
	}
	return v, true
}

// readBuffer returns the bytes of a bytes-like argument and the function
// that releases its view: an exact bytes object directly (the common
// case, without a view to allocate), any other exporter through a view.
func readBuffer(t *core.Thread, buffer *core.Object) ([]byte, func(), bool) {
	if buffer.Type() == &core.BytesType {
		b, _ := t.BytesLike(buffer)
		return b, func() {}, true
	}
	view, ok := t.GetBuffer(buffer, core.BufSimple)
	if !ok {
		return nil, nil, false
	}
	return view.Bytes(), func() { t.ReleaseBuffer(view) }, true
}

func (l *layout) unpackBuffer(t *core.Thread, buffer *core.Object) *core.Object {
	b, release, ok := readBuffer(t, buffer)
	if !ok {
		return nil
	}
	defer release()
	if int64(len(b)) != l.size {
		return t.RaiseMsg(errorType, "unpack requires a buffer of %d bytes", l.size)
	}
	return l.unpackAll(t, b)
}

func (l *layout) unpackFrom(t *core.Thread, buffer, offsetObj *core.Object) *core.Object {
	b, release, ok := readBuffer(t, buffer)
	if !ok {
		return nil
	}
	defer release()
	var offset int64
	if offsetObj != nil {
		if offset, ok = t.AsInt64(offsetObj); !ok {
			return nil
		}
	}
	n := int64(len(b))
	if offset < 0 {
		if offset+l.size > 0 {
			return t.RaiseMsg(errorType, "not enough data to unpack %d bytes at offset %d", l.size, offset)
		}
		if offset+n < 0 {
			return t.RaiseMsg(errorType, "offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < l.size {
		return t.RaiseMsg(errorType, "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
			uint64(l.size)+uint64(offset), l.size, offset, n)
	}
	return l.unpackAll(t, b[offset:offset+l.size])
}

// ---- module functions ----

// formatArg splits off the format argument of a module function.
func formatArg(t *core.Thread, name string, args []*core.Object, kwnames []*core.Str) (*layout, []*core.Object, bool) {
	if !t.NoKeywords("_struct."+name, kwnames) {
		return nil, nil, false
	}
	if len(args) < 1 {
		t.RaiseMsg(&core.TypeErrorType, "missing format argument")
		return nil, nil, false
	}
	d := cachedDef(t, args[0])
	if d == nil {
		return nil, nil, false
	}
	return d.l, args[1:], true
}

func modPack(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	l, rest, ok := formatArg(t, "pack", args, kwnames)
	if !ok {
		return nil
	}
	return l.packNew(t, "pack", rest)
}

func modPackInto(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	l, rest, ok := formatArg(t, "pack_into", args, kwnames)
	if !ok {
		return nil
	}
	return l.packInto(t, rest)
}

func modUnpack(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("_struct.unpack", kwnames) || !t.ArgsRange("unpack", args, nil, 2, 2) {
		return nil
	}
	d := cachedDef(t, args[0])
	if d == nil {
		return nil
	}
	return d.l.unpackBuffer(t, args[1])
}

var unpackFromSig = core.NewSignature("unpack_from", "format", "/", "buffer", "offset=")

func modUnpackFrom(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var format, buffer, offset *core.Object
	if !unpackFromSig.Parse(t, args, kwnames, &format, &buffer, &offset) {
		return nil
	}
	d := cachedDef(t, format)
	if d == nil {
		return nil
	}
	return d.l.unpackFrom(t, buffer, offset)
}

func modIterUnpack(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("_struct.iter_unpack", kwnames) || !t.ArgsRange("iter_unpack", args, nil, 2, 2) {
		return nil
	}
	d := cachedDef(t, args[0])
	if d == nil {
		return nil
	}
	return newUnpackIter(t, d, args[1])
}

func modCalcsize(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_struct.calcsize", args, kwnames, 1, 1) {
		return nil
	}
	d := cachedDef(t, args[0])
	if d == nil {
		return nil
	}
	return t.NewInt(d.l.size)
}

func clearCache(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_struct._clearcache", args, kwnames, 0, 0) {
		return nil
	}
	if c := cacheDict(t); c != nil {
		c.Clear(t)
	}
	return t.NewRef(core.None)
}

// ---- the cache of Struct objects ----

// The module functions find their Struct in a per-VM dict keyed by the
// format object, as CPython's cache_struct_converter does (so a format
// equal to a cached one, such as a memoryview of cached bytes, is found,
// and an unhashable one raises TypeError); the dict is emptied when it
// reaches maxCache entries.
const maxCache = 100

type moduleState struct {
	once  sync.Once
	cache *core.Dict
}

var stateKey core.StateKey[moduleState]

// cacheDict returns the VM's cache (borrowed).
func cacheDict(t *core.Thread) *core.Dict {
	st := stateKey.Get(t.VM())
	st.once.Do(func() {
		st.cache = t.NewDict()
		t.VM().AtShutdown(func(t *core.Thread) {
			d := st.cache
			st.cache = nil
			if d != nil {
				t.Decref(&d.Object)
			}
		})
	})
	return st.cache
}

// cachedDef returns the compiled format of a format argument, or nil
// with an exception.
func cachedDef(t *core.Thread, format *core.Object) *structDef {
	c := cacheDict(t)
	if c == nil { // the VM is shutting down
		s := t.Call(&structType.Object, []*core.Object{format}, nil)
		if s == nil {
			return nil
		}
		d := defOf(s)
		t.Decref(s)
		return d
	}
	s, ok := c.Get(t, format)
	if !ok {
		return nil
	}
	if s == nil {
		if s = t.Call(&structType.Object, []*core.Object{format}, nil); s == nil {
			return nil
		}
		if c.LockedLen(t) >= maxCache {
			c.Clear(t)
		}
		if !c.Set(t, format, s) {
			t.Decref(s)
			return nil
		}
	}
	d := defOf(s)
	t.Decref(s)
	return d
}
