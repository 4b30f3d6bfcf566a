package sre

import (
	"sync"
	"unsafe"

	"github.com/rcvm/rcvm/core"
)

// scanner is _sre.SRE_Scanner: a session kept across calls, each match or
// search continuing where the last one ended. Its state changes with each
// call, so a mutex serialises threads sharing one (under the GIL they are
// serialised anyway).
type scanner struct {
	core.Object
	pattern *core.Object
	mu      sync.Mutex
	sub     *subject
	s       *session
	done    bool // a call found nothing: every later one returns None
}

var scannerType *core.Type

func init() {
	scannerType = core.NewType[scanner](core.TypeSpec{
		Name: "_sre.SRE_Scanner",
		Clear: func(t *core.Thread, o *core.Object) {
			sc := asScanner(o)
			if sc.sub != nil {
				sc.sub.release(t)
				t.XDecref(sc.sub.obj)
			}
			if sc.s != nil {
				sc.s.done()
			}
			t.XDecref(sc.pattern)
			sc.pattern, sc.sub, sc.s = nil, nil, nil
		},
		Methods: []core.MethodDef{
			{Name: "match", Fn: scannerMethod("match", false)},
			{Name: "search", Fn: scannerMethod("search", true)},
		},
		Members: []core.MemberDef{
			{Name: "pattern", Type: core.MemberObject, Offset: unsafe.Offsetof(scanner{}.pattern), ReadOnly: true},
		},
	})
}

func asScanner(o *core.Object) *scanner { return (*scanner)(unsafe.Pointer(o)) }

// patternScanner makes a scanner over (string, pos, endpos).
func patternScanner(t *core.Thread, sig *core.Signature, args []*core.Object, kwnames []*core.Str) *core.Object {
	p := selfPattern(args)
	var strObj, posObj, endObj *core.Object
	if !sig.Parse(t, args[1:], kwnames, &strObj, &posObj, &endObj) {
		return nil
	}
	sub, pos, endpos, ok := p.prepare(t, strObj, posObj, endObj)
	if !ok {
		return nil
	}
	sc := core.Alloc[scanner](t, scannerType)
	sc.pattern = t.NewRef(&p.Object)
	t.Incref(sub.obj) // the scanner holds its subject
	sc.sub = sub
	sc.s = p.newSession(t, sub, pos, endpos)
	return &sc.Object
}

func scannerMethod(name string, search bool) core.BuiltinFunc {
	return func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
		sc := asScanner(args[0])
		// Argument Clinic's code for a method without parameters checks
		// only the positional ones.
		if len(args)-len(kwnames) > 1 {
			return t.RaiseMsg(&core.TypeErrorType, "%s() takes no arguments", name)
		}
		if !sc.mu.TryLock() {
			t.Blocking(sc.mu.Lock)
		}
		defer sc.mu.Unlock()
		if sc.done {
			return t.NewRef(core.None)
		}
		s := sc.s
		s.reset()
		var found bool
		var err error
		if search {
			found, err = s.search()
		} else {
			found, err = s.match(false)
		}
		m := asPattern(sc.pattern).newMatch(t, sc.sub, s, found, err)
		if err == nil {
			if found {
				s.advance()
			} else {
				sc.done = true
			}
		}
		return m
	}
}
