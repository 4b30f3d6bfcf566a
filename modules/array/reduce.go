package array

import (
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// Pickling: __reduce_ex__ and array._array_reconstructor, which rebuilds
// an array from its machine values. This host's machine formats are the
// only ones a pickle made here carries; one from another platform (a
// big-endian host, 2-byte wchar_t) is refused with ValueError naming it.

func unsafePointer(b []byte) unsafe.Pointer { return unsafe.Pointer(unsafe.SliceData(b)) }

func arrReduceEx(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("__reduce_ex__", args[1:], kwnames, 1, 1) {
		return nil
	}
	self := args[0]
	a := asArray(self)
	protocol, ok := t.AsCInt(args[1])
	if !ok {
		return nil
	}
	dict, ok := t.LookupAttr(self, "__dict__")
	if !ok {
		return nil
	}
	if dict == nil {
		dict = t.NewRef(core.None)
	}
	cls := t.NewRef(&self.Type().Object)
	tcs := t.NewStr(string(a.tc.c))
	if protocol < 3 {
		return t.TupleOwned(cls, t.TupleOwned(tcs, listOf(t, a.tc, a.snapshot(t))), dict)
	}
	rec, ok := t.LookupAttr(moduleOf(t), "_array_reconstructor")
	if !ok || rec == nil {
		t.DecrefAll([]*core.Object{cls, tcs, dict})
		if ok {
			return t.RaiseMsg(&core.AttributeErrorType, "module 'array' has no attribute '_array_reconstructor'")
		}
		return nil
	}
	return t.TupleOwned(rec, t.TupleOwned(cls, tcs, t.NewInt(int64(a.tc.mformat)), t.NewBytes(a.snapshot(t))), dict)
}

// moduleOf returns the array module (borrowed from sys.modules through
// import).
func moduleOf(t *core.Thread) *core.Object {
	m := t.ImportModule("array")
	if m != nil {
		t.Decref(m) // sys.modules keeps it
	}
	return m
}

// reconstructor is _array_reconstructor(arraytype, typecode,
// mformat_code, items, /).
func reconstructor(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_array_reconstructor", args, kwnames, 4, 4) {
		return nil
	}
	cls, ok := core.AsType(args[0])
	if !ok {
		return t.RaiseMsg(&core.TypeErrorType, "first argument must be a type object, not %s", core.TypeName(args[0]))
	}
	if !cls.IsSubtype(arrayType) {
		return t.RaiseMsg(&core.TypeErrorType, "%s is not a subtype of array.array", cls.TpName())
	}
	s, ok := core.StrValue(args[1])
	c, n := decodeRune(s)
	if !ok || n != len(s) || n == 0 {
		return t.RaiseMsg(&core.TypeErrorType, "_array_reconstructor() argument 2 must be a unicode character, not %s", core.TypeName(args[1]))
	}
	var tc *typecode
	if c < 256 {
		tc = codes[c]
	}
	if tc == nil {
		return t.RaiseMsg(&core.ValueErrorType, "second argument must be a valid type code")
	}
	code, ok := t.AsCInt(args[2])
	if !ok {
		return nil
	}
	if code < 0 || code > 21 {
		return t.RaiseMsg(&core.ValueErrorType, "third argument must be a valid machine format code.")
	}
	if args[3].Kind() != core.KindBytes {
		return t.RaiseMsg(&core.TypeErrorType, "fourth argument should be bytes, not %s", core.TypeName(args[3]))
	}
	if code != tc.mformat {
		return t.RaiseMsg(&core.ValueErrorType, "_array_reconstructor: machine format code %d for typecode '%c' is not supported by rcvm (only this host's format %d)", code, tc.c, tc.mformat)
	}
	tcs := t.NewStr(string(tc.c))
	r := t.Call(&cls.Object, []*core.Object{tcs, args[3]}, nil)
	t.Decref(tcs)
	return r
}
