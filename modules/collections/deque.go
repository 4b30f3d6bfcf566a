// Package collections is CPython's _collections module
// (Modules/_collectionsmodule.c): deque and its iterators, _tuplegetter
// (namedtuple's field descriptors) and _count_elements (Counter's loop). The deque is a
// ring buffer; every method takes the deque's container lock (a no-op under
// a GIL) while it reads or changes the buffer and releases the references
// it drops only after unlocking, so that a destructor never runs with the
// lock held. Comparisons and searches call Python code on a snapshot or
// with the lock released, checking the mutation count as CPython does
// ("deque mutated during iteration").
package collections

import (
	"strconv"
	"unsafe"

	"github.com/rcvm/rcvm/core"
	bc "github.com/rcvm/rcvm/core/bytecode"
)

func init() { core.RegisterModule("_collections", build) }

func build(t *core.Thread, m *core.Module) bool {
	m.SetDoc(t, "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n")
	m.AddType(t, dequeType)
	m.AddType(t, dequeIterType)
	m.AddType(t, dequeRevIterType)
	m.AddType(t, tupleGetterType)
	m.AddType(t, defDictType)
	m.SetFunc(t, "_count_elements", countElements)
	return true
}

type deque struct {
	core.Object
	lk     core.ContainerLock
	buf    []*core.Object // ring buffer, len(buf) is the capacity
	head   int
	n      int
	maxlen int64 // -1: unbounded
	state  uint64
}

var dequeType *core.Type

var dequeSig = core.NewTupleSignature("deque", "iterable=", "maxlen=")

func asDeque(o *core.Object) *deque { return (*deque)(unsafe.Pointer(o)) }

func init() {
	s := core.Slots{
		New: dequeNew, Repr: dequeRepr, Len: dequeLen, Truth: dequeTruth, Iter: dequeIterSlot,
		GetItem: dequeGetItem, SetItem: dequeSetItem, Contains: dequeContains, Compare: dequeCompare,
		Hash: core.Unhashable,
	}
	s.Binary[bc.Add] = dequeConcat
	s.Inplace[bc.Add] = dequeInplaceAdd
	s.Binary[bc.Mul] = dequeRepeat
	s.Inplace[bc.Mul] = dequeInplaceRepeat
	dequeType = core.NewType[deque](core.TypeSpec{
		Name:         "collections.deque",
		Doc:          "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.",
		Subclassable: true,
		Slots:        s,
		Init:         dequeInit,
		Clear: func(t *core.Thread, o *core.Object) {
			d := asDeque(o)
			t.DecrefAll(d.takeAll(t))
			d.buf = nil
		},
		Methods: dequeMethods,
		GetSets: []core.GetSetDef{{Name: "maxlen", Doc: "maximum size of a deque or None if unbounded", Get: func(t *core.Thread, o *core.Object) *core.Object {
			if m := asDeque(o).maxlen; m >= 0 {
				return t.NewInt(m)
			}
			return t.NewRef(core.None)
		}}},
	})
}

// ---- the ring buffer (callers hold the lock) ----

func (d *deque) at(i int) **core.Object { return &d.buf[(d.head+i)%len(d.buf)] }

func (d *deque) grow() {
	nb := make([]*core.Object, max(8, 2*len(d.buf)))
	for i := 0; i < d.n; i++ {
		nb[i] = *d.at(i)
	}
	d.buf, d.head = nb, 0
}

func (d *deque) pushRight(v *core.Object) {
	if d.n == len(d.buf) {
		d.grow()
	}
	*d.at(d.n) = v
	d.n++
	d.state++
}

func (d *deque) pushLeft(v *core.Object) {
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.n++
	d.state++
}

func (d *deque) popRight() *core.Object {
	p := d.at(d.n - 1)
	v := *p
	*p = nil
	d.n--
	d.state++
	return v
}

func (d *deque) popLeft() *core.Object {
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	d.state++
	return v
}

// takeAll empties the deque and returns its references.
func (d *deque) takeAll(t *core.Thread) []*core.Object {
	d.lk.Lock(t)
	out := make([]*core.Object, 0, d.n)
	for d.n > 0 {
		out = append(out, d.popLeft())
	}
	d.state++
	d.lk.Unlock(t)
	return out
}

// snapshot returns new references to the items.
func (d *deque) snapshot(t *core.Thread) []*core.Object {
	d.lk.Lock(t)
	out := make([]*core.Object, d.n)
	for i := range out {
		out[i] = *d.at(i)
		t.Incref(out[i])
	}
	d.lk.Unlock(t)
	return out
}

// appendRight adds v (a new reference taken over) and returns what maxlen
// evicts (nil when nothing).
func (d *deque) appendRight(v *core.Object) *core.Object {
	d.pushRight(v)
	if d.maxlen >= 0 && int64(d.n) > d.maxlen {
		return d.popLeft()
	}
	return nil
}

func (d *deque) appendLeft(v *core.Object) *core.Object {
	d.pushLeft(v)
	if d.maxlen >= 0 && int64(d.n) > d.maxlen {
		return d.popRight()
	}
	return nil
}

// ---- construction ----

func dequeNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	d := core.Alloc[deque](t, cls)
	d.maxlen = -1
	return &d.Object
}

func dequeInit(t *core.Thread, o *core.Object, args []*core.Object, kwnames []*core.Str) bool {
	var iterable, maxlenObj *core.Object
	if !dequeSig.Parse(t, args, kwnames, &iterable, &maxlenObj) {
		return false
	}
	maxlen := int64(-1)
	if maxlenObj != nil && maxlenObj != core.None {
		if !core.IsInt(maxlenObj) {
			t.RaiseMsg(&core.TypeErrorType, "an integer is required")
			return false
		}
		var ok bool
		if maxlen, ok = t.AsInt64(maxlenObj); !ok {
			return false
		}
		if maxlen < 0 {
			t.RaiseMsg(&core.ValueErrorType, "maxlen must be non-negative")
			return false
		}
	}
	d := asDeque(o)
	d.lk.Lock(t)
	d.maxlen = maxlen
	d.lk.Unlock(t)
	if d.n > 0 {
		t.DecrefAll(d.takeAll(t))
	}
	if iterable != nil {
		return d.extend(t, iterable, false)
	}
	return true
}

// extend appends (or, left, prepends) the items of iterable.
func (d *deque) extend(t *core.Thread, iterable *core.Object, left bool) bool {
	var items []*core.Object
	if iterable == &d.Object {
		items = d.snapshot(t)
	} else {
		var ok bool
		if items, ok = t.Collect(iterable); !ok {
			return false
		}
	}
	var evicted []*core.Object
	d.lk.Lock(t)
	for _, v := range items {
		var e *core.Object
		if left {
			e = d.appendLeft(v)
		} else {
			e = d.appendRight(v)
		}
		if e != nil {
			evicted = append(evicted, e)
		}
	}
	d.lk.Unlock(t)
	t.DecrefAll(evicted)
	return true
}

// ---- slots ----

func dequeLen(t *core.Thread, o *core.Object) (int, bool) {
	d := asDeque(o)
	d.lk.Lock(t)
	n := d.n
	d.lk.Unlock(t)
	return n, true
}

func dequeTruth(t *core.Thread, o *core.Object) (bool, bool) {
	n, _ := dequeLen(t, o)
	return n > 0, true
}

func dequeRepr(t *core.Thread, o *core.Object) *core.Object {
	if !t.ReprEnter(o) {
		return t.NewStr("[...]")
	}
	defer t.ReprLeave(o)
	d := asDeque(o)
	l := t.ListOwned(d.snapshot(t)...)
	if l == nil {
		return nil
	}
	r, ok := t.ReprString(l)
	t.Decref(l)
	if !ok {
		return nil
	}
	name := core.TypeName(o)
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			name = name[i+1:]
			break
		}
	}
	if d.maxlen >= 0 {
		return t.NewStr(name + "(" + r + ", maxlen=" + strconv.FormatInt(d.maxlen, 10) + ")")
	}
	return t.NewStr(name + "(" + r + ")")
}

// index converts a subscript: "sequence index must be integer, not 'str'".
func index(t *core.Thread, key *core.Object) (int64, bool) {
	if !core.IsInt(key) {
		if has, _ := t.HasAttr(key, "__index__"); !has {
			t.RaiseMsg(&core.TypeErrorType, "sequence index must be integer, not '%s'", core.TypeName(key))
			return 0, false
		}
	}
	return t.AsInt64(key)
}

func dequeGetItem(t *core.Thread, o, key *core.Object) *core.Object {
	i, ok := index(t, key)
	if !ok {
		return nil
	}
	d := asDeque(o)
	d.lk.Lock(t)
	defer d.lk.Unlock(t)
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		return t.RaiseMsg(&core.IndexErrorType, "deque index out of range")
	}
	return t.NewRef(*d.at(int(i)))
}

func dequeSetItem(t *core.Thread, o, key, value *core.Object) bool {
	i, ok := index(t, key)
	if !ok {
		return false
	}
	d := asDeque(o)
	d.lk.Lock(t)
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		d.lk.Unlock(t)
		t.RaiseMsg(&core.IndexErrorType, "deque index out of range")
		return false
	}
	var old *core.Object
	if value != nil {
		p := d.at(int(i))
		old = *p
		*p = t.NewRef(value)
	} else {
		old = d.removeAt(int(i))
	}
	d.lk.Unlock(t)
	t.Decref(old)
	return true
}

// removeAt takes item i out (the lock held) and returns its reference.
func (d *deque) removeAt(i int) *core.Object {
	v := *d.at(i)
	for j := i; j < d.n-1; j++ {
		*d.at(j) = *d.at(j + 1)
	}
	*d.at(d.n - 1) = nil
	d.n--
	d.state++
	return v
}

func dequeContains(t *core.Thread, o, item *core.Object) (bool, bool) {
	d := asDeque(o)
	items := d.snapshot(t)
	defer t.DecrefAll(items)
	d.lk.Lock(t)
	state := d.state
	d.lk.Unlock(t)
	for _, x := range items {
		eq, ok := t.RichEq(x, item)
		if !ok {
			return false, false
		}
		d.lk.Lock(t)
		mutated := d.state != state
		d.lk.Unlock(t)
		if mutated {
			t.RaiseMsg(&core.RuntimeErrorType, "deque mutated during iteration")
			return false, false
		}
		if eq {
			return true, true
		}
	}
	return false, true
}

func dequeCompare(t *core.Thread, a, b *core.Object, op bc.CompareOp) *core.Object {
	if !core.IsInstance(a, dequeType) || !core.IsInstance(b, dequeType) {
		return t.NewRef(core.NotImplemented)
	}
	x, y := asDeque(a).snapshot(t), asDeque(b).snapshot(t)
	defer t.DecrefAll(x)
	defer t.DecrefAll(y)
	if op == bc.Eq || op == bc.Ne {
		if a == b {
			return core.Bool(op == bc.Eq)
		}
		if len(x) != len(y) {
			return core.Bool(op == bc.Ne)
		}
	}
	for i := 0; i < len(x) && i < len(y); i++ {
		eq, ok := t.RichEq(x[i], y[i])
		if !ok {
			return nil
		}
		if !eq {
			return t.RichCompare(x[i], y[i], op)
		}
	}
	vs, ws := len(x), len(y)
	var r bool
	switch op {
	case bc.Lt:
		r = vs < ws
	case bc.Le:
		r = vs <= ws
	case bc.Eq:
		r = vs == ws
	case bc.Ne:
		r = vs != ws
	case bc.Gt:
		r = vs > ws
	case bc.Ge:
		r = vs >= ws
	}
	return core.Bool(r)
}

// newLike makes an empty deque of o's type with o's maxlen (deque_copy for
// the exact type; a subclass is called as type(d)(d, maxlen)).
func copyDeque(t *core.Thread, o *core.Object) *core.Object {
	d := asDeque(o)
	if o.Type() == dequeType {
		c := core.Alloc[deque](t, dequeType)
		c.maxlen = d.maxlen
		items := d.snapshot(t)
		c.lk.Lock(t)
		for _, v := range items {
			if e := c.appendRight(v); e != nil {
				t.Decref(e)
			}
		}
		c.lk.Unlock(t)
		return &c.Object
	}
	ml := t.NewRef(core.None)
	if d.maxlen >= 0 {
		t.Decref(ml)
		ml = t.NewInt(d.maxlen)
	}
	r := t.Call(&o.Type().Object, []*core.Object{o, ml}, nil)
	t.Decref(ml)
	return r
}

func dequeConcat(t *core.Thread, a, b *core.Object) *core.Object {
	if !core.IsInstance(a, dequeType) {
		return t.NewRef(core.NotImplemented)
	}
	if !core.IsInstance(b, dequeType) {
		return t.RaiseMsg(&core.TypeErrorType, "can only concatenate deque (not \"%s\") to deque", core.TypeName(b))
	}
	c := copyDeque(t, a)
	if c == nil {
		return nil
	}
	if !asDeque(c).extend(t, b, false) {
		t.Decref(c)
		return nil
	}
	return c
}

func dequeInplaceAdd(t *core.Thread, a, b *core.Object) *core.Object {
	if !asDeque(a).extend(t, b, false) {
		return nil
	}
	return t.NewRef(a)
}
