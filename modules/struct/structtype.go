package structmod

import (
	"sync/atomic"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// The Struct type and the iterator iter_unpack returns.

// structDef is a Struct's compiled format; a Struct swaps it atomically
// when __init__ runs again, so other threads see the old or the new one.
type structDef struct {
	l      *layout
	format []byte
}

type structObj struct {
	core.Object
	def atomic.Pointer[structDef]
}

var (
	structType, unpackIterType *core.Type
	structSig                  = core.NewTupleSignature("Struct", "format")
	methUnpackFromSig          = core.NewSignature("unpack_from", "buffer", "offset=")
	emptyDef                   = &structDef{l: &layout{}}
)

func init() {
	structType = core.NewType[structObj](core.TypeSpec{
		Name:         "_struct.Struct",
		Doc:          "Struct(fmt) --> compiled struct object\n\n",
		Subclassable: true,
		Slots: core.Slots{New: func(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
			s := core.Alloc[structObj](t, cls)
			s.def.Store(emptyDef)
			return &s.Object
		}},
		Init: structInit,
		Methods: []core.MethodDef{
			{Name: "pack", Fn: structPack, Doc: "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings."},
			{Name: "pack_into", Fn: structPackInto},
			{Name: "unpack", Fn: structUnpack},
			{Name: "unpack_from", Fn: structUnpackFrom},
			{Name: "iter_unpack", Fn: structIterUnpack},
			{Name: "__sizeof__", Fn: structSizeof},
		},
		GetSets: []core.GetSetDef{
			{Name: "format", Doc: "struct format string", Get: func(t *core.Thread, o *core.Object) *core.Object {
				return t.NewStr(string(defOf(o).format))
			}},
			{Name: "size", Doc: "struct size in bytes", Get: func(t *core.Thread, o *core.Object) *core.Object {
				return t.NewInt(defOf(o).l.size)
			}},
		},
	})
	unpackIterType = core.NewType[unpackIter](core.TypeSpec{
		Name:    "_struct.unpack_iterator",
		Slots:   core.Slots{Iter: core.IterSelf, Next: unpackIterNext},
		Clear:   func(t *core.Thread, o *core.Object) { asIter(o).release(t) },
		Methods: []core.MethodDef{{Name: "__length_hint__", Fn: unpackIterLengthHint}},
	})
}

func defOf(o *core.Object) *structDef { return (*structObj)(unsafe.Pointer(o)).def.Load() }

func structInit(t *core.Thread, o *core.Object, args []*core.Object, kwnames []*core.Str) bool {
	var format *core.Object
	if !structSig.Parse(t, args, kwnames, &format) {
		return false
	}
	l, f, ok := getLayout(t, format)
	if !ok {
		return false
	}
	(*structObj)(unsafe.Pointer(o)).def.Store(&structDef{l: l, format: append([]byte(nil), f...)})
	return true
}

func structPack(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("Struct.pack", kwnames) {
		return nil
	}
	return defOf(args[0]).l.packNew(t, "pack", args[1:])
}

func structPackInto(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("Struct.pack_into", kwnames) {
		return nil
	}
	return defOf(args[0]).l.packInto(t, args[1:])
}

func structUnpack(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("Struct.unpack", args[1:], kwnames, 1, 1) {
		return nil
	}
	return defOf(args[0]).l.unpackBuffer(t, args[1])
}

func structUnpackFrom(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	var buffer, offset *core.Object
	if !methUnpackFromSig.Parse(t, args[1:], kwnames, &buffer, &offset) {
		return nil
	}
	return defOf(args[0]).l.unpackFrom(t, buffer, offset)
}

func structIterUnpack(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("Struct.iter_unpack", args[1:], kwnames, 1, 1) {
		return nil
	}
	return newUnpackIter(t, defOf(args[0]), args[1])
}

// structSizeof is __sizeof__: CPython's PyStructObject and its format
// codes (one per group, plus the terminator).
func structSizeof(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("Struct.__sizeof__", args[1:], kwnames, 0, 0) {
		return nil
	}
	return t.NewInt(56 + 32*int64(len(defOf(args[0]).l.groups)+1))
}

// ---- unpack_iterator ----

type unpackIter struct {
	core.Object
	lk    core.ContainerLock
	def   *structDef
	view  *core.Buffer // nil once exhausted
	index int64
}

func asIter(o *core.Object) *unpackIter { return (*unpackIter)(unsafe.Pointer(o)) }

func newUnpackIter(t *core.Thread, d *structDef, buffer *core.Object) *core.Object {
	if d.l.size == 0 {
		return t.RaiseMsg(errorType, "cannot iteratively unpack with a struct of length %d", d.l.size)
	}
	view, ok := t.GetBuffer(buffer, core.BufSimple)
	if !ok {
		return nil
	}
	if int64(view.Len)%d.l.size != 0 {
		t.ReleaseBuffer(view)
		return t.RaiseMsg(errorType, "iterative unpacking requires a buffer of a multiple of %d bytes", d.l.size)
	}
	it := core.Alloc[unpackIter](t, unpackIterType)
	it.def, it.view = d, view
	return &it.Object
}

// release drops the view (and the reference it holds to the exporter).
func (it *unpackIter) release(t *core.Thread) {
	it.lk.Lock(t)
	v := it.view
	it.view = nil
	it.lk.Unlock(t)
	if v != nil {
		t.ReleaseBuffer(v)
	}
}

func unpackIterNext(t *core.Thread, o *core.Object) *core.Object {
	it := asIter(o)
	l := it.def.l
	it.lk.Lock(t)
	if it.view == nil {
		it.lk.Unlock(t)
		return nil
	}
	if it.index+l.size > int64(it.view.Len) {
		it.lk.Unlock(t)
		it.release(t)
		return nil
	}
	src := it.view.Bytes()[it.index : it.index+l.size]
	it.index += l.size
	it.lk.Unlock(t)
	return l.unpackAll(t, src)
}

func unpackIterLengthHint(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("__length_hint__", args[1:], kwnames, 0, 0) {
		return nil
	}
	it := asIter(args[0])
	it.lk.Lock(t)
	var n int64
	if it.view != nil {
		n = (int64(it.view.Len) - it.index) / it.def.l.size
	}
	it.lk.Unlock(t)
	return t.NewInt(n)
}
