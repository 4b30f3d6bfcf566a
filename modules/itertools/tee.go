package itertools

import (
	"sync"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// tee: n independent iterators over one. The values read from the
// underlying iterator are buffered in a chain of links (CPython's
// teedataobject, LINKCELLS values each) shared by the tee objects; a link
// is released once no tee object stands on it and the link before it is
// gone, so that values every tee has passed are freed.

const linkCells = 57

// teeShared is what the tee objects over one iterator share.
type teeShared struct {
	mu      sync.Mutex
	it      *core.Object
	running bool
	links   int // live links: the iterator is released with the last
}

type teeLink struct {
	shared *teeShared
	values [linkCells]*core.Object
	n      int
	next   *teeLink
	refs   int // tee objects on the link, plus one for the link before it
}

type tee struct {
	core.Object
	link  *teeLink
	index int
}

var teeType *core.Type

func init() {
	teeType = newIterType[tee](core.TypeSpec{
		Name:  "itertools._tee",
		Doc:   "Iterator wrapped to make it copyable.",
		Slots: core.Slots{New: teeNew, Next: teeNext},
		Clear: func(t *core.Thread, o *core.Object) {
			tt := (*tee)(unsafe.Pointer(o))
			if l := tt.link; l != nil {
				tt.link = nil
				l.shared.mu.Lock()
				release := l.drop(nil)
				l.shared.mu.Unlock()
				t.DecrefAll(release)
			}
		},
		Methods: []core.MethodDef{{Name: "__copy__", Fn: teeCopyMethod, Doc: "Returns an independent iterator."}},
	})
}

// drop removes one reference to the link (the shared mutex held) and
// appends the references that dying links release to release.
func (l *teeLink) drop(release []*core.Object) []*core.Object {
	for l != nil {
		l.refs--
		if l.refs > 0 {
			return release
		}
		for i := 0; i < l.n; i++ {
			release = append(release, l.values[i])
			l.values[i] = nil
		}
		sh := l.shared
		sh.links--
		if sh.links == 0 && sh.it != nil {
			release = append(release, sh.it)
			sh.it = nil
		}
		l = l.next
	}
	return release
}

// fromIterable is tee_fromiterable: a tee over iter(iterable), or a copy
// when that iterator is a tee.
func fromIterable(t *core.Thread, cls *core.Type, iterable *core.Object) *core.Object {
	it := t.GetIter(iterable)
	if it == nil {
		return nil
	}
	if it.Type() == teeType {
		c := teeCopy(t, it)
		t.Decref(it)
		return c
	}
	sh := &teeShared{it: it, links: 1}
	tt := core.Alloc[tee](t, cls)
	tt.link = &teeLink{shared: sh, refs: 1}
	return &tt.Object
}

func teeNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !exactArgs(t, "_tee", args, kwnames, 1) {
		return nil
	}
	return fromIterable(t, cls, args[0])
}

func teeCopy(t *core.Thread, o *core.Object) *core.Object {
	src := (*tee)(unsafe.Pointer(o))
	c := core.Alloc[tee](t, teeType)
	l := src.link
	l.shared.mu.Lock()
	l = src.link
	l.refs++
	c.link, c.index = l, src.index
	l.shared.mu.Unlock()
	return &c.Object
}

func teeCopyMethod(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("__copy__", args[1:], kwnames, 0, 0) {
		return nil
	}
	return teeCopy(t, args[0])
}

func teeNext(t *core.Thread, o *core.Object) *core.Object {
	tt := (*tee)(unsafe.Pointer(o))
	sh := tt.link.shared
	sh.mu.Lock()
	var release []*core.Object
	if tt.index >= linkCells {
		l := tt.link
		if l.next == nil {
			l.next = &teeLink{shared: sh, refs: 1}
			sh.links++
		}
		l.next.refs++
		tt.link, tt.index = l.next, 0
		release = l.drop(nil)
	}
	l := tt.link
	if tt.index < l.n {
		v := l.values[tt.index]
		t.Incref(v)
		tt.index++
		sh.mu.Unlock()
		t.DecrefAll(release)
		return v
	}
	if sh.running {
		sh.mu.Unlock()
		t.DecrefAll(release)
		return t.RaiseMsg(&core.RuntimeErrorType, "cannot re-enter the tee iterator")
	}
	it := sh.it
	if it == nil {
		sh.mu.Unlock()
		t.DecrefAll(release)
		return nil
	}
	t.Incref(it)
	sh.running = true
	sh.mu.Unlock()
	t.DecrefAll(release)
	v := next(t, it)
	t.Decref(it)
	sh.mu.Lock()
	sh.running = false
	if v == nil {
		sh.mu.Unlock()
		return nil
	}
	// Another tee object may have filled this slot meanwhile only if it
	// re-entered, which running prevents.
	l.values[l.n] = t.NewRef(v)
	l.n++
	tt.index++
	sh.mu.Unlock()
	return v
}

// teeFunc is itertools.tee(iterable, n=2).
func teeFunc(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("tee", args, kwnames, 1, 2) {
		return nil
	}
	n := int64(2)
	if len(args) == 2 {
		var ok bool
		if n, ok = t.AsInt64(args[1]); !ok {
			return nil
		}
	}
	if n < 0 {
		return t.RaiseMsg(&core.ValueErrorType, "n must be >= 0")
	}
	if n == 0 {
		return t.TupleOf()
	}
	it := t.GetIter(args[0])
	if it == nil {
		return nil
	}
	copyfn, ok := t.LookupAttr(it, "__copy__")
	if !ok {
		t.Decref(it)
		return nil
	}
	copyable := it
	if copyfn == nil {
		copyable = fromIterable(t, teeType, it)
		t.Decref(it)
		if copyable == nil {
			return nil
		}
		if copyfn = t.GetAttrString(copyable, "__copy__"); copyfn == nil {
			t.Decref(copyable)
			return nil
		}
	}
	items := []*core.Object{copyable}
	for i := int64(1); i < n; i++ {
		c := t.Call(copyfn, nil, nil)
		if c == nil {
			t.Decref(copyfn)
			t.DecrefAll(items)
			return nil
		}
		items = append(items, c)
	}
	t.Decref(copyfn)
	return t.TupleOwned(items...)
}

// teeData is itertools._tee_dataobject, exported as CPython exports
// it; rcvm's tee buffers are not Python objects, so constructing one
// directly is refused.
type teeData struct{ core.Object }

func init() {
	newIterType[teeData](core.TypeSpec{
		Name: "itertools._tee_dataobject",
		Doc:  "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.",
		Slots: core.Slots{
			New: func(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
				return t.RaiseMsg(&core.TypeErrorType, "itertools._tee_dataobject() is not supported by rcvm")
			},
			Next: func(t *core.Thread, o *core.Object) *core.Object { return nil },
		},
	})
}
