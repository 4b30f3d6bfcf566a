package itertools

import (
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// zip_longest: zips until the longest input is exhausted, filling in the
// shorter ones with fillvalue.

type zipLongest struct {
	core.Object
	lk        core.ContainerLock
	its       []*core.Object // nil entries: exhausted
	numactive int
	fillvalue *core.Object
}

func init() {
	newIterType[zipLongest](core.TypeSpec{
		Name:  "itertools.zip_longest",
		Doc:   "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.",
		Slots: core.Slots{New: zipLongestNew, Next: zipLongestNext},
		Clear: func(t *core.Thread, o *core.Object) {
			z := (*zipLongest)(unsafe.Pointer(o))
			its := z.its
			z.its = nil
			for _, it := range its {
				t.XDecref(it)
			}
			t.Replace(&z.fillvalue, nil)
		},
	})
}

func zipLongestNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	pos, kwv := core.Positional(args, kwnames)
	fill := core.None
	if len(kwnames) > 0 {
		if len(kwnames) != 1 || kwnames[0].S != "fillvalue" {
			return t.RaiseMsg(&core.TypeErrorType, "zip_longest() got an unexpected keyword argument")
		}
		fill = kwv[0]
	}
	its := make([]*core.Object, len(pos))
	for i, a := range pos {
		if its[i] = t.GetIter(a); its[i] == nil {
			t.DecrefAll(its[:i])
			return nil
		}
	}
	z := core.Alloc[zipLongest](t, cls)
	z.its, z.numactive, z.fillvalue = its, len(its), t.NewRef(fill)
	return &z.Object
}

func zipLongestNext(t *core.Thread, o *core.Object) *core.Object {
	z := (*zipLongest)(unsafe.Pointer(o))
	z.lk.Lock(t)
	n := len(z.its)
	if n == 0 || z.numactive == 0 {
		z.lk.Unlock(t)
		return nil
	}
	its := make([]*core.Object, n)
	for i, it := range z.its {
		t.XIncref(it)
		its[i] = it
	}
	z.lk.Unlock(t)
	defer func() {
		for _, it := range its {
			t.XDecref(it)
		}
	}()
	res := make([]*core.Object, n)
	for i, it := range its {
		var item *core.Object
		if it != nil {
			item = next(t, it)
		}
		if item == nil && it != nil {
			z.lk.Lock(t)
			z.numactive--
			if z.numactive <= 0 || t.Failed() {
				z.numactive = 0
				z.lk.Unlock(t)
				t.DecrefAll(res[:i])
				return nil
			}
			old := z.its[i]
			z.its[i] = nil
			z.lk.Unlock(t)
			t.XDecref(old)
		}
		if item == nil {
			item = t.NewRef(z.fillvalue)
		}
		res[i] = item
	}
	return t.TupleOwned(res...)
}
