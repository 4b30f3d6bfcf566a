package itertools

import (
	"strconv"
	"unsafe"

	"github.com/rcvm/rcvm/core"
	bc "github.com/rcvm/rcvm/core/bytecode"
)

// count, cycle and repeat: the infinite iterators.

type count struct {
	core.Object
	lk   core.ContainerLock
	cnt  *core.Object
	step *core.Object
}

type cycle struct {
	core.Object
	lk    core.ContainerLock
	it    ref
	saved []*core.Object
	index int
}

type repeat struct {
	core.Object
	lk      core.ContainerLock
	element *core.Object
	cnt     int64 // -1: forever
}

var (
	countSig  = core.NewTupleSignature("count", "start=", "step=")
	repeatSig = core.NewTupleSignature("repeat", "object", "times=")
)

func init() {
	newIterType[count](core.TypeSpec{
		Name:  "itertools.count",
		Doc:   "Return a count object whose .__next__() method returns consecutive values.",
		Slots: core.Slots{New: countNew, Next: countNext, Repr: countRepr},
		Clear: func(t *core.Thread, o *core.Object) {
			c := (*count)(unsafe.Pointer(o))
			t.XDecref(c.cnt)
			t.XDecref(c.step)
			c.cnt, c.step = nil, nil
		},
	})
	newIterType[cycle](core.TypeSpec{
		Name:  "itertools.cycle",
		Doc:   "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
		Slots: core.Slots{New: cycleNew, Next: cycleNext},
		Clear: func(t *core.Thread, o *core.Object) {
			c := (*cycle)(unsafe.Pointer(o))
			c.it.clear(t)
			saved := c.saved
			c.saved = nil
			t.DecrefAll(saved)
		},
	})
	newIterType[repeat](core.TypeSpec{
		Name:  "itertools.repeat",
		Doc:   "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
		Slots: core.Slots{New: repeatNew, Next: repeatNext, Repr: repeatRepr},
		Clear: func(t *core.Thread, o *core.Object) {
			r := (*repeat)(unsafe.Pointer(o))
			t.XDecref(r.element)
			r.element = nil
		},
		Methods: []core.MethodDef{{Name: "__length_hint__", Fn: repeatLengthHint, Doc: "Private method returning an estimate of len(list(it))."}},
	})
}

// isNumber is PyNumber_Check: int, float, complex, or a type with
// __index__, __int__ or __float__.
func isNumber(t *core.Thread, o *core.Object) bool {
	if core.IsInt(o) || core.IsFloat(o) {
		return true
	}
	if core.IsStr(o) || core.IsTuple(o) || core.IsList(o) || core.IsDict(o) {
		return false
	}
	tp := o.Type()
	for _, n := range []string{"__index__", "__int__", "__float__", "__complex__"} {
		if tp.Lookup(t, core.Intern(n)) != nil {
			return true
		}
	}
	return false
}

func countNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	var start, step *core.Object
	if !countSig.Parse(t, args, kwnames, &start, &step) {
		return nil
	}
	if (start != nil && !isNumber(t, start)) || (step != nil && !isNumber(t, step)) {
		return t.RaiseMsg(&core.TypeErrorType, "a number is required")
	}
	c := core.Alloc[count](t, cls)
	c.cnt, c.step = t.XNewRef(start), t.XNewRef(step)
	if start == nil {
		c.cnt = t.NewInt(0)
	}
	if step == nil {
		c.step = t.NewInt(1)
	}
	return &c.Object
}

func countNext(t *core.Thread, o *core.Object) *core.Object {
	c := (*count)(unsafe.Pointer(o))
	c.lk.Lock(t)
	defer c.lk.Unlock(t)
	n := t.BinaryOp(c.cnt, c.step, bc.Add)
	if n == nil {
		return nil
	}
	r := c.cnt
	c.cnt = n
	return r
}

func countRepr(t *core.Thread, o *core.Object) *core.Object {
	c := (*count)(unsafe.Pointer(o))
	c.lk.Lock(t)
	cnt, step := t.NewRef(c.cnt), t.NewRef(c.step)
	c.lk.Unlock(t)
	defer t.Decref(cnt)
	defer t.Decref(step)
	cr, ok := t.ReprString(cnt)
	if !ok {
		return nil
	}
	if v, isInt := core.IntValue(step); isInt && core.IsInt(step) && v == 1 {
		return t.NewStr(typeName(o) + "(" + cr + ")")
	}
	sr, ok := t.ReprString(step)
	if !ok {
		return nil
	}
	return t.NewStr(typeName(o) + "(" + cr + ", " + sr + ")")
}

func cycleNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !exactArgs(t, "cycle", args, kwnames, 1) {
		return nil
	}
	it := t.GetIter(args[0])
	if it == nil {
		return nil
	}
	c := core.Alloc[cycle](t, cls)
	c.it.v = it
	return &c.Object
}

func cycleNext(t *core.Thread, o *core.Object) *core.Object {
	c := (*cycle)(unsafe.Pointer(o))
	if it := c.it.load(t); it != nil {
		item := next(t, it)
		t.Decref(it)
		if item != nil {
			c.lk.Lock(t)
			c.saved = append(c.saved, t.NewRef(item))
			c.lk.Unlock(t)
			return item
		}
		if t.Failed() {
			return nil
		}
		c.it.clear(t)
	}
	c.lk.Lock(t)
	defer c.lk.Unlock(t)
	if len(c.saved) == 0 {
		return nil
	}
	if c.index >= len(c.saved) {
		c.index = 0
	}
	item := t.NewRef(c.saved[c.index])
	c.index++
	if c.index >= len(c.saved) {
		c.index = 0
	}
	return item
}

func repeatNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	var elem, times *core.Object
	if !repeatSig.Parse(t, args, kwnames, &elem, &times) {
		return nil
	}
	cnt := int64(-1)
	if times != nil {
		n, ok := t.AsInt64(times)
		if !ok {
			return nil
		}
		cnt = n
	}
	if times != nil && cnt < 0 {
		cnt = 0
	}
	r := core.Alloc[repeat](t, cls)
	r.element, r.cnt = t.NewRef(elem), cnt
	return &r.Object
}

func repeatNext(t *core.Thread, o *core.Object) *core.Object {
	r := (*repeat)(unsafe.Pointer(o))
	r.lk.Lock(t)
	defer r.lk.Unlock(t)
	if r.cnt == 0 {
		return nil
	}
	if r.cnt > 0 {
		r.cnt--
	}
	return t.NewRef(r.element)
}

func repeatRepr(t *core.Thread, o *core.Object) *core.Object {
	r := (*repeat)(unsafe.Pointer(o))
	er, ok := t.ReprString(r.element)
	if !ok {
		return nil
	}
	r.lk.Lock(t)
	cnt := r.cnt
	r.lk.Unlock(t)
	if cnt == -1 {
		return t.NewStr(typeName(o) + "(" + er + ")")
	}
	return t.NewStr(typeName(o) + "(" + er + ", " + strconv.FormatInt(cnt, 10) + ")")
}

func repeatLengthHint(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("__length_hint__", args[1:], kwnames, 0, 0) {
		return nil
	}
	r := (*repeat)(unsafe.Pointer(args[0]))
	r.lk.Lock(t)
	cnt := r.cnt
	r.lk.Unlock(t)
	if cnt == -1 {
		return t.RaiseMsg(&core.TypeErrorType, "len() of unsized object")
	}
	return t.NewInt(cnt)
}
