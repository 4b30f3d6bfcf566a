package core

import "fmt"

// Traceback objects (types.TracebackType): an exception's __traceback__ is
// a chain of them, the outermost frame first, each naming a frame object,
// the instruction and line the exception passed through (tb_frame,
// tb_lasti, tb_lineno) and the next, inner entry (tb_next). The eval loop
// adds one for each frame an exception leaves or is caught in, as
// CPython's PyTraceBack_Here does.

// TracebackObject is one entry of a traceback.
type TracebackObject struct {
	Object
	next   *Object // the inner entry, or nil
	frame  *Object // a FrameObject
	lasti  int     // the instruction's index
	lineno int
}

// TracebackType is the type of traceback objects.
var TracebackType = Type{Name: "traceback", InstanceKind: KindOther}

func asTraceback(o *Object) *TracebackObject { return (*TracebackObject)(ptrOf(o)) }

// newTraceback returns a traceback entry for frame object fo at
// instruction pc, in front of next (new references are taken).
func (t *Thread) newTraceback(next, fo *Object, pc, line int) *Object {
	tb := &TracebackObject{next: next, frame: fo, lasti: pc, lineno: line}
	if next != nil {
		t.Incref(next)
	}
	t.Incref(fo)
	t.initObject(&tb.Object, KindOther, &TracebackType)
	return &tb.Object
}

func deallocTraceback(t *Thread, o *Object) {
	tb := asTraceback(o)
	next, fo := tb.next, tb.frame
	tb.next, tb.frame = nil, nil
	t.recycle(o)
	t.releaseChained(fo)
	t.releaseChained(next)
}

// releaseChained drops a reference that links one object of a chain
// (traceback entries, frame objects' callers) to the next. Inside the
// release of a chain it is queued, and the outermost release drains the
// queue, so that a chain as long as the deepest recursion is freed
// without recursing in Go.
func (t *Thread) releaseChained(o *Object) {
	if o == nil {
		return
	}
	if t.trashing {
		t.trash = append(t.trash, o)
		return
	}
	t.trashing = true
	t.Decref(o)
	for len(t.trash) > 0 {
		n := len(t.trash) - 1
		next := t.trash[n]
		t.trash = t.trash[:n]
		t.Decref(next)
	}
	t.trashing = false
}

// addTraceback records frame f at instruction pc on the exception being
// raised (PyTraceBack_Here).
func (t *Thread) addTraceback(f *Frame, pc int) {
	exc := t.exc
	if exc == nil || !isExceptionInstance(exc) {
		return
	}
	e := asException(exc)
	tb := t.newTraceback(e.Traceback, t.frameObject(f), pc, f.code.lineAt(pc+1))
	old := e.Traceback
	e.Traceback = tb
	t.XDecref(old)
}

// excTraceback is e.__traceback__.
func (t *Thread) excTraceback(e *Exception) *Object { return t.NewRef(orNone(e.Traceback)) }

// setExceptionTraceback is the __traceback__ setter (and with_traceback).
func setExceptionTraceback(t *Thread, o *Object, v *Object) bool {
	if v != None && v.typ != &TracebackType {
		t.RaiseMsg(&TypeErrorType, "__traceback__ must be a traceback or None")
		return false
	}
	if v == None {
		v = nil
	}
	t.swapRef(&asException(o).Traceback, v)
	return true
}

// copyTraceback gives dst src's traceback (a part split from a group
// keeps its group's).
func (t *Thread) copyTraceback(dst, src *Exception) { t.swapRef(&dst.Traceback, src.Traceback) }

// sameTraceback reports whether two exceptions share one traceback.
func sameTraceback(a, b *Exception) bool { return a.Traceback == b.Traceback }

// tracebackEntries returns an exception's traceback entries, outermost
// first (the order they are printed in).
func (t *Thread) tracebackEntries(e *Exception) []TraceEntry {
	var out []TraceEntry
	for o := e.Traceback; o != nil; o = asTraceback(o).next {
		tb := asTraceback(o)
		c := asFrameObject(tb.frame).frameCode()
		out = append(out, TraceEntry{Filename: c.Filename, Line: tb.lineno, Func: c.Name})
	}
	return out
}

// tracebackNew is types.TracebackType(tb_next, tb_frame, tb_lasti,
// tb_lineno).
func tracebackNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	var next, frame, lasti, lineno *Object
	if !t.ParseArgs("traceback", args, kwnames, []string{"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, 4,
		&next, &frame, &lasti, &lineno) {
		return nil
	}
	if frame.typ != &FrameType {
		return t.RaiseMsg(&TypeErrorType, "TracebackType() argument 'tb_frame' must be frame, not %s", typeNameOrNone(frame))
	}
	if next != None && next.typ != &TracebackType {
		return t.RaiseMsg(&TypeErrorType, "expected traceback object or None, got '%s'", next.typ.Name)
	}
	li, ok := t.index64(lasti)
	if !ok {
		return nil
	}
	ln, ok := t.index64(lineno)
	if !ok {
		return nil
	}
	if next == None {
		next = nil
	}
	return t.newTraceback(next, frame, int(li/2), int(ln))
}

func tracebackGetSets() []GetSetDef {
	return []GetSetDef{
		{Name: "tb_frame", Get: func(t *Thread, o *Object) *Object { return t.NewRef(asTraceback(o).frame) }},
		{Name: "tb_lineno", Get: func(t *Thread, o *Object) *Object { return t.NewInt(int64(asTraceback(o).lineno)) }},
		{Name: "tb_lasti", Get: func(t *Thread, o *Object) *Object { return t.NewInt(int64(2 * asTraceback(o).lasti)) }},
		{Name: "tb_next", Get: func(t *Thread, o *Object) *Object { return t.NewRef(orNone(asTraceback(o).next)) },
			Set: func(t *Thread, o, v *Object) bool {
				if v == nil {
					t.RaiseMsg(&TypeErrorType, "can't delete tb_next attribute")
					return false
				}
				if v == None {
					v = nil
				} else if v.typ != &TracebackType {
					t.RaiseMsg(&TypeErrorType, "expected traceback object, got '%s'", v.typ.Name)
					return false
				}
				for c := v; c != nil; c = asTraceback(c).next {
					if c == o {
						t.RaiseMsg(&ValueErrorType, "traceback loop detected")
						return false
					}
				}
				t.swapRef(&asTraceback(o).next, v)
				return true
			}},
	}
}

func tracebackRepr(t *Thread, o *Object) *Object {
	return t.NewStr(fmt.Sprintf("<traceback object at %p>", o))
}

func init() {
	registerType(&TracebackType)
	TracebackType.Dealloc = deallocTraceback
	TracebackType.Repr = tracebackRepr
	TracebackType.New = tracebackNew
	for _, g := range tracebackGetSets() {
		TracebackType.defGetSet(g)
	}
}
