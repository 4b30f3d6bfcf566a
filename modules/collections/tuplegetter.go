package collections

import (
	"strconv"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// _tuplegetter: the data descriptor namedtuple puts in its classes, one
// per field, reading item index of the tuple it is read through.

type tupleGetter struct {
	core.Object
	index int64
	doc   *core.Object
}

var tupleGetterType *core.Type

func init() {
	tupleGetterType = core.NewType[tupleGetter](core.TypeSpec{
		Name: "_collections._tuplegetter",
		Slots: core.Slots{
			New: tupleGetterNew, Repr: tupleGetterRepr,
			DescrGet: tupleGetterGet, DescrSet: tupleGetterSet,
		},
		Clear:   func(t *core.Thread, o *core.Object) { t.Replace(&asTupleGetter(o).doc, nil) },
		Methods: []core.MethodDef{{Name: "__reduce__", Fn: tupleGetterReduce}},
		Members: []core.MemberDef{{Name: "__doc__", Type: core.MemberObject, Offset: unsafe.Offsetof(tupleGetter{}.doc)}},
	})
}

func asTupleGetter(o *core.Object) *tupleGetter { return (*tupleGetter)(unsafe.Pointer(o)) }

// tupleGetterNew is _tuplegetter(index, doc, /).
func tupleGetterNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.NoKeywords("_tuplegetter", kwnames) || !t.ArgsRange("_tuplegetter", args, nil, 2, 2) {
		return nil
	}
	index, ok := t.AsInt64(args[0])
	if !ok {
		return nil
	}
	g := core.Alloc[tupleGetter](t, cls)
	g.index = index
	g.doc = t.NewRef(args[1])
	return &g.Object
}

func tupleGetterGet(t *core.Thread, descr, obj, owner *core.Object) *core.Object {
	g := asTupleGetter(descr)
	if obj == nil || obj == core.None {
		return t.NewRef(descr)
	}
	tup, ok := core.AsTuple(obj)
	if !ok {
		return t.RaiseMsg(&core.TypeErrorType, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, core.TypeName(obj))
	}
	if g.index < 0 || g.index >= int64(len(tup.Items)) {
		return t.RaiseMsg(&core.IndexErrorType, "tuple index out of range")
	}
	return t.NewRef(tup.Items[g.index])
}

func tupleGetterSet(t *core.Thread, descr, obj, value *core.Object) bool {
	if value == nil {
		t.RaiseMsg(&core.AttributeErrorType, "can't delete attribute")
	} else {
		t.RaiseMsg(&core.AttributeErrorType, "can't set attribute")
	}
	return false
}

func tupleGetterRepr(t *core.Thread, o *core.Object) *core.Object {
	g := asTupleGetter(o)
	r := "<NULL>" // what %R prints for a deleted __doc__
	if g.doc != nil {
		var ok bool
		if r, ok = t.ReprString(g.doc); !ok {
			return nil
		}
	}
	return t.NewStr(o.Type().Name + "(" + strconv.FormatInt(g.index, 10) + ", " + r + ")")
}

// tupleGetterReduce is __reduce__: (type(self), (index, doc)).
func tupleGetterReduce(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("__reduce__", args[1:], kwnames, 0, 0) {
		return nil
	}
	g := asTupleGetter(args[0])
	doc := g.doc
	if doc == nil {
		doc = core.None
	}
	return t.TupleOwned(t.NewRef(&args[0].Type().Object), t.TupleOwned(t.NewInt(g.index), t.NewRef(doc)))
}
