package itertools

import (
	"unsafe"

	"github.com/rcvm/rcvm/core"
	bc "github.com/rcvm/rcvm/core/bytecode"
)

// groupby and its _grouper, as CPython's: the groupby object keeps the
// current key and value; a grouper yields values while the key equals its
// target and stops being live once the groupby object moves on.

type groupby struct {
	core.Object
	lk                         core.ContainerLock
	it, keyfunc                *core.Object
	tgtkey, currkey, currvalue *core.Object
	currgrouper                *core.Object // borrowed: identity only
}

type grouper struct {
	core.Object
	parent *core.Object
	tgtkey *core.Object
}

var groupbyType, grouperType *core.Type

var groupbySig = core.NewTupleSignature("groupby", "iterable", "key=")

func init() {
	groupbyType = newIterType[groupby](core.TypeSpec{
		Name:  "itertools.groupby",
		Doc:   "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.",
		Slots: core.Slots{New: groupbyNew, Next: groupbyNext},
		Clear: func(t *core.Thread, o *core.Object) {
			g := (*groupby)(unsafe.Pointer(o))
			for _, p := range []**core.Object{&g.it, &g.keyfunc, &g.tgtkey, &g.currkey, &g.currvalue} {
				t.Replace(p, nil)
			}
		},
	})
	grouperType = newIterType[grouper](core.TypeSpec{
		Name:  "itertools._grouper",
		Slots: core.Slots{New: grouperNew, Next: grouperNext},
		Clear: func(t *core.Thread, o *core.Object) {
			g := (*grouper)(unsafe.Pointer(o))
			t.Replace(&g.parent, nil)
			t.Replace(&g.tgtkey, nil)
		},
	})
}

func groupbyNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	var iterable, key *core.Object
	if !groupbySig.Parse(t, args, kwnames, &iterable, &key) {
		return nil
	}
	it := t.GetIter(iterable)
	if it == nil {
		return nil
	}
	g := core.Alloc[groupby](t, cls)
	g.it = it
	if key == nil {
		key = core.None
	}
	g.keyfunc = t.NewRef(key)
	return &g.Object
}

func grouperNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_grouper", args, kwnames, 2, 2) {
		return nil
	}
	if !core.IsInstance(args[0], groupbyType) {
		return t.RaiseMsg(&core.TypeErrorType, "_grouper() argument 1 must be itertools.groupby, not %s", core.TypeName(args[0]))
	}
	return newGrouper(t, cls, args[0], args[1])
}

func newGrouper(t *core.Thread, cls *core.Type, parent, tgtkey *core.Object) *core.Object {
	g := core.Alloc[grouper](t, cls)
	g.parent, g.tgtkey = t.NewRef(parent), t.NewRef(tgtkey)
	(*groupby)(unsafe.Pointer(parent)).currgrouper = &g.Object
	return &g.Object
}

// step reads the next value and computes its key (groupby_step). The
// caller holds no lock; the fields are replaced under the lock.
func (g *groupby) step(t *core.Thread) bool {
	v := next(t, g.it)
	if v == nil {
		return false
	}
	var k *core.Object
	if g.keyfunc == core.None {
		k = t.NewRef(v)
	} else if k = callOne(t, g.keyfunc, v); k == nil {
		t.Decref(v)
		return false
	}
	g.lk.Lock(t)
	oldv, oldk := g.currvalue, g.currkey
	g.currvalue, g.currkey = v, k
	g.lk.Unlock(t)
	t.XDecref(oldk)
	t.XDecref(oldv)
	return true
}

// keys returns new references to the target and current keys.
func (g *groupby) keys(t *core.Thread) (tgt, curr *core.Object) {
	g.lk.Lock(t)
	tgt, curr = g.tgtkey, g.currkey
	t.XIncref(tgt)
	t.XIncref(curr)
	g.lk.Unlock(t)
	return tgt, curr
}

func groupbyNext(t *core.Thread, o *core.Object) *core.Object {
	g := (*groupby)(unsafe.Pointer(o))
	g.currgrouper = nil
	for {
		tgt, curr := g.keys(t)
		if curr != nil {
			if tgt == nil {
				t.Decref(curr)
				break
			}
			eq, ok := t.RichBool(tgt, curr, bc.Eq)
			t.Decref(tgt)
			t.Decref(curr)
			if !ok {
				return nil
			}
			if !eq {
				break
			}
		} else {
			t.XDecref(tgt)
		}
		if !g.step(t) {
			return nil
		}
	}
	g.lk.Lock(t)
	curr := g.currkey
	t.Incref(curr)
	old := g.tgtkey
	g.tgtkey = t.NewRef(curr)
	g.lk.Unlock(t)
	t.XDecref(old)
	gr := newGrouper(t, grouperType, o, curr)
	return t.TupleOwned(curr, gr)
}

func grouperNext(t *core.Thread, o *core.Object) *core.Object {
	gr := (*grouper)(unsafe.Pointer(o))
	g := (*groupby)(unsafe.Pointer(gr.parent))
	if g.currgrouper != o {
		return nil
	}
	g.lk.Lock(t)
	have := g.currvalue != nil
	g.lk.Unlock(t)
	if !have && !g.step(t) {
		return nil
	}
	_, curr := g.keys(t)
	if curr == nil {
		return nil
	}
	eq, ok := t.RichBool(gr.tgtkey, curr, bc.Eq)
	t.Decref(curr)
	if !ok || !eq {
		return nil
	}
	g.lk.Lock(t)
	r, k := g.currvalue, g.currkey
	g.currvalue, g.currkey = nil, nil
	g.lk.Unlock(t)
	t.XDecref(k)
	return r
}
