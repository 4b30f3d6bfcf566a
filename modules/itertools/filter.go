package itertools

import (
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// compress, dropwhile, takewhile, filterfalse and starmap: iterators that
// select or transform the items of one iterator.

// pred is the layout of the iterators over one iterator with a function.
type pred struct {
	core.Object
	fn   *core.Object
	it   *core.Object
	flag bool // dropwhile: dropping ended; takewhile: stopped
}

type compress struct {
	core.Object
	data, selectors *core.Object
}

var compressSig = core.NewTupleSignature("compress", "data", "selectors")

func clearPred(t *core.Thread, o *core.Object) {
	p := (*pred)(unsafe.Pointer(o))
	t.XDecref(p.fn)
	t.XDecref(p.it)
	p.fn, p.it = nil, nil
}

func init() {
	mk := func(name, doc string, next func(*core.Thread, *core.Object) *core.Object) *core.Type {
		return newIterType[pred](core.TypeSpec{
			Name:  "itertools." + name,
			Doc:   doc,
			Slots: core.Slots{New: predNew(name), Next: next},
			Clear: clearPred,
		})
	}
	mk("dropwhile", "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.", dropwhileNext)
	mk("takewhile", "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.", takewhileNext)
	mk("filterfalse", "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.", filterfalseNext)
	mk("starmap", "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.", starmapNext)
	newIterType[compress](core.TypeSpec{
		Name:  "itertools.compress",
		Doc:   "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.",
		Slots: core.Slots{New: compressNew, Next: compressNext},
		Clear: func(t *core.Thread, o *core.Object) {
			c := (*compress)(unsafe.Pointer(o))
			t.XDecref(c.data)
			t.XDecref(c.selectors)
			c.data, c.selectors = nil, nil
		},
	})
}

func predNew(name string) newFunc {
	return func(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
		if !t.ArgsRange(name, args, kwnames, 2, 2) {
			return nil
		}
		it := t.GetIter(args[1])
		if it == nil {
			return nil
		}
		p := core.Alloc[pred](t, cls)
		p.fn, p.it = t.NewRef(args[0]), it
		return &p.Object
	}
}

// truth calls fn(item) and reports the result's truth.
func truth(t *core.Thread, fn, item *core.Object) (bool, bool) {
	r := callOne(t, fn, item)
	if r == nil {
		return false, false
	}
	b, ok := t.Truth(r)
	t.Decref(r)
	return b, ok
}

func dropwhileNext(t *core.Thread, o *core.Object) *core.Object {
	p := (*pred)(unsafe.Pointer(o))
	for {
		item := next(t, p.it)
		if item == nil {
			return nil
		}
		if p.flag {
			return item
		}
		b, ok := truth(t, p.fn, item)
		if !ok {
			t.Decref(item)
			return nil
		}
		if !b {
			p.flag = true
			return item
		}
		t.Decref(item)
	}
}

func takewhileNext(t *core.Thread, o *core.Object) *core.Object {
	p := (*pred)(unsafe.Pointer(o))
	if p.flag {
		return nil
	}
	item := next(t, p.it)
	if item == nil {
		return nil
	}
	b, ok := truth(t, p.fn, item)
	if ok && b {
		return item
	}
	t.Decref(item)
	if ok {
		p.flag = true
	}
	return nil
}

func filterfalseNext(t *core.Thread, o *core.Object) *core.Object {
	p := (*pred)(unsafe.Pointer(o))
	for {
		item := next(t, p.it)
		if item == nil {
			return nil
		}
		var b, ok bool
		if p.fn == core.None || p.fn == &core.BoolType.Object {
			b, ok = t.Truth(item)
		} else {
			b, ok = truth(t, p.fn, item)
		}
		if ok && !b {
			return item
		}
		t.Decref(item)
		if !ok {
			return nil
		}
	}
}

func starmapNext(t *core.Thread, o *core.Object) *core.Object {
	p := (*pred)(unsafe.Pointer(o))
	item := next(t, p.it)
	if item == nil {
		return nil
	}
	var args []*core.Object
	if tup, ok := core.AsTuple(item); ok {
		args = tup.Items
	} else {
		items, ok := t.Collect(item)
		t.Decref(item)
		if !ok {
			return nil
		}
		defer t.DecrefAll(items)
		return t.Call(p.fn, items, nil)
	}
	r := t.Call(p.fn, args, nil)
	t.Decref(item)
	return r
}

func compressNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	var data, sel *core.Object
	if !compressSig.Parse(t, args, kwnames, &data, &sel) {
		return nil
	}
	d := t.GetIter(data)
	if d == nil {
		return nil
	}
	s := t.GetIter(sel)
	if s == nil {
		t.Decref(d)
		return nil
	}
	c := core.Alloc[compress](t, cls)
	c.data, c.selectors = d, s
	return &c.Object
}

func compressNext(t *core.Thread, o *core.Object) *core.Object {
	c := (*compress)(unsafe.Pointer(o))
	for {
		d := next(t, c.data)
		if d == nil {
			return nil
		}
		s := next(t, c.selectors)
		if s == nil {
			t.Decref(d)
			return nil
		}
		b, ok := t.Truth(s)
		t.Decref(s)
		if ok && b {
			return d
		}
		t.Decref(d)
		if !ok {
			return nil
		}
	}
}
