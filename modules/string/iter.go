package string

import (
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// resultIter yields precomputed results, then raises the parse error the
// input held (if any), as CPython's iterators raise it when they reach it.
type resultIter struct {
	core.Object
	lk    core.ContainerLock
	items []*core.Object
	pos   int
	err   string
}

var formatterIterType, fieldNameIterType *core.Type

func init() {
	clear := func(t *core.Thread, o *core.Object) {
		it := (*resultIter)(unsafe.Pointer(o))
		items := it.items[it.pos:]
		it.items = nil
		t.DecrefAll(items)
	}
	formatterIterType = core.NewType[resultIter](core.TypeSpec{Name: "formatteriterator", Slots: core.Slots{Iter: core.IterSelf, Next: resultNext}, Clear: clear})
	fieldNameIterType = core.NewType[resultIter](core.TypeSpec{Name: "fieldnameiterator", Slots: core.Slots{Iter: core.IterSelf, Next: resultNext}, Clear: clear})
}

func newResultIter(t *core.Thread, items []*core.Object, err string) *core.Object {
	return newResultIterOf(t, formatterIterType, items, err)
}

func newResultIterOf(t *core.Thread, tp *core.Type, items []*core.Object, err string) *core.Object {
	it := core.Alloc[resultIter](t, tp)
	it.items, it.err = items, err
	return &it.Object
}

func resultNext(t *core.Thread, o *core.Object) *core.Object {
	it := (*resultIter)(unsafe.Pointer(o))
	it.lk.Lock(t)
	defer it.lk.Unlock(t)
	if it.pos < len(it.items) {
		v := it.items[it.pos]
		it.items[it.pos] = nil
		it.pos++
		return v
	}
	if it.err != "" {
		msg := it.err
		it.err = ""
		return t.RaiseMsg(&core.ValueErrorType, "%s", msg)
	}
	return nil
}
