package thread

import (
	"sync"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// Thread-local data (_thread._local, threading.local): one attribute dict
// per thread, made the first time the thread touches the object, with
// __init__ run again with the constructor's arguments in each new thread,
// and dropped when the thread ends or the object dies, whichever comes
// first (as CPython's dummies and weak references arrange).

type local struct {
	core.Object
	// args and kw are the constructor's arguments (a tuple, a dict or nil).
	args, kw *core.Object
	st       *localState
}

// localState is the Go side of a local: the dicts by thread. The exit hooks
// of the threads hold it, not the Python object, so that a hook that runs
// after the object died finds it dead and does nothing.
type localState struct {
	mu    sync.Mutex
	dicts map[*core.Thread]*core.Dict
}

var localType *core.Type

func asLocal(o *core.Object) *local { return (*local)(unsafe.Pointer(o)) }

// drop releases the dict of thread t (its exit hook).
func (st *localState) drop(t *core.Thread) {
	st.mu.Lock()
	d := st.dicts[t]
	delete(st.dicts, t)
	st.mu.Unlock()
	if d != nil {
		t.Decref(&d.Object)
	}
}

// create makes the calling thread's dict (borrowed: the state holds it).
func (st *localState) create(t *core.Thread) *core.Dict {
	d := t.NewDict()
	st.mu.Lock()
	st.dicts[t] = d
	st.mu.Unlock()
	t.OnExit(st.drop)
	return d
}

// ldict returns the calling thread's dict (borrowed), creating it and
// running __init__ on the thread's first use.
func ldict(t *core.Thread, o *core.Object) *core.Dict {
	l := asLocal(o)
	st := l.st
	st.mu.Lock()
	d := st.dicts[t]
	st.mu.Unlock()
	if d != nil {
		return d
	}
	d = st.create(t)
	if t.OverridesInit(o.Type()) {
		init := t.GetAttrString(o, "__init__")
		var r *core.Object
		if init != nil {
			args := l.args
			if args == nil {
				args = t.TupleOf()
				defer t.Decref(args)
			}
			r = t.CallArgs(init, args, l.kw)
			t.Decref(init)
		}
		if r == nil {
			exc := t.TakeExc()
			st.drop(t)
			t.Raise(exc)
			return nil
		}
		t.Decref(r)
	}
	return d
}

func localNew(t *core.Thread, cls *core.Type, args []*core.Object, kwnames []*core.Str) *core.Object {
	if len(args) > 0 && !t.OverridesInit(cls) {
		return t.RaiseMsg(&core.TypeErrorType, "Initialization arguments are not supported")
	}
	pos, kwvalues := core.Positional(args, kwnames)
	var argt, kw *core.Object
	if len(pos) > 0 {
		if argt = t.TupleOf(pos...); argt == nil {
			return nil
		}
	}
	if len(kwnames) > 0 {
		d := t.NewDict()
		for i, k := range kwnames {
			d.SetStr(t, k, kwvalues[i])
		}
		kw = &d.Object
	}
	l := core.Alloc[local](t, cls)
	l.args, l.kw = argt, kw
	l.st = &localState{dicts: map[*core.Thread]*core.Dict{}}
	l.st.create(t)
	return &l.Object
}

func localGetAttr(t *core.Thread, o *core.Object, name *core.Str) *core.Object {
	d := ldict(t, o)
	if d == nil {
		return nil
	}
	if name.S == "__dict__" {
		return t.NewRef(&d.Object)
	}
	return t.GenericGetAttrWithDict(o, name, d)
}

func localSetAttr(t *core.Thread, o *core.Object, name *core.Str, v *core.Object) bool {
	if name.S == "__dict__" {
		t.RaiseMsg(&core.AttributeErrorType, "'%s' object attribute '__dict__' is read-only", o.Type().TpName())
		return false
	}
	d := ldict(t, o)
	if d == nil {
		return false
	}
	return t.GenericSetAttrWithDict(o, name, v, d)
}

// localClear drops every thread's dict and the saved arguments.
func localClear(t *core.Thread, o *core.Object) {
	l := asLocal(o)
	st := l.st
	st.mu.Lock()
	dicts := st.dicts
	st.dicts = map[*core.Thread]*core.Dict{}
	st.mu.Unlock()
	for _, d := range dicts {
		t.Decref(&d.Object)
	}
	t.Replace(&l.args, nil)
	t.Replace(&l.kw, nil)
}

func init() {
	localType = core.NewType[local](core.TypeSpec{
		Name:         "_thread._local",
		Doc:          "Thread-local data",
		Subclassable: true,
		OwnAttrSlots: true,
		Slots: core.Slots{
			New:     localNew,
			GetAttr: localGetAttr,
			SetAttr: localSetAttr,
		},
		Clear: localClear,
	})
}
