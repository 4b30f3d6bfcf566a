package core

import (
	"fmt"

	"github.com/rcvm/rcvm/core/bytecode"
)

// FrameObject is a Python frame object (types.FrameType), made lazily as
// CPython 3.11 makes its PyFrameObject: only when sys._getframe, a
// traceback or locals() needs one. While its frame runs it reads the
// frame; when the frame ends with the object still referenced elsewhere,
// the object takes over what its attributes show (CPython's
// take_ownership): the code, the globals, the caller's frame object, the
// line, and the frame's local variables, so that f_locals, f_globals and
// f_code stay readable.
type FrameObject struct {
	Object
	// frame is the running frame, nil once it has ended.
	frame *Frame
	// What an ended frame leaves (owned references).
	code    *Code
	globals *Dict
	ns      *Object   // a module's or class body's namespace, or nil
	fast    []*Object // the function frame's locals then cells
	back    *Object   // the caller's frame object, or nil
	pc      int       // the index after the last instruction run
	// localsDict is f_locals of a function frame: one dict, refreshed from
	// the variables at each read (3.11's frame->f_locals).
	localsDict *Dict
	// trace, traceLines and traceOpcodes are the tracing attributes: kept,
	// never called (rcvm has no sys.settrace).
	trace                    *Object
	traceLines, traceOpcodes bool
}

// FrameType is the type of frame objects.
var FrameType = Type{Name: "frame", InstanceKind: KindOther}

func asFrameObject(o *Object) *FrameObject { return (*FrameObject)(ptrOf(o)) }

// frameObject returns f's frame object (borrowed: the frame holds a
// reference until it ends), making it on first use.
func (t *Thread) frameObject(f *Frame) *Object {
	if f.obj == nil {
		fo := &FrameObject{frame: f}
		t.initObject(&fo.Object, KindOther, &FrameType)
		f.obj = fo
	}
	return &f.obj.Object
}

// detachFrameObject runs when frame f ends: its frame object, if another
// reference keeps it, takes over the frame's state; the frame's own
// reference is dropped. It moves f's locals and cells (they are not
// released by releaseFrame afterwards).
func (t *Thread) detachFrameObject(f *Frame) {
	fo := f.obj
	f.obj = nil
	if t.RefCount(&fo.Object) > 1 {
		fo.frame = nil
		fo.code = f.code
		t.Incref(&f.code.Object)
		fo.globals = f.globals
		t.Incref(&f.globals.Object)
		if ns := f.namespace(); ns != nil {
			fo.ns = t.NewRef(ns)
		}
		if f.back != nil {
			fo.back = t.NewRef(t.frameObject(f.back))
		}
		fo.pc = f.pc
		n := len(f.locals) + len(f.cells)
		if n > 0 {
			fo.fast = make([]*Object, 0, n)
			fo.fast = append(fo.fast, f.locals...)
			fo.fast = append(fo.fast, f.cells...)
			clear(f.locals)
			clear(f.cells)
		}
	}
	t.Decref(&fo.Object)
}

// namespace returns the mapping a module or class body frame stores its
// names in (borrowed), or nil for a function frame.
func (f *Frame) namespace() *Object {
	switch {
	case f.nsDict != nil:
		return &f.nsDict.Object
	case f.nsObj != nil:
		return f.nsObj
	case f.code.Flags&bytecode.FlagModule != 0:
		return &f.globals.Object
	}
	return nil
}

func deallocFrameObject(t *Thread, o *Object) {
	fo := asFrameObject(o)
	t.clearFrameObject(fo)
	if fo.code != nil {
		t.Decref(&fo.code.Object)
		fo.code = nil
	}
	if fo.globals != nil {
		t.Decref(&fo.globals.Object)
		fo.globals = nil
	}
	back, trace := fo.back, fo.trace
	fo.back, fo.trace, fo.frame = nil, nil, nil
	t.XDecref(trace)
	t.recycle(o)
	t.releaseChained(back)
}

// clearFrameObject drops an ended frame's variables (frame.clear()).
func (t *Thread) clearFrameObject(fo *FrameObject) {
	fast, ns, ld := fo.fast, fo.ns, fo.localsDict
	fo.fast, fo.ns, fo.localsDict = nil, nil, nil
	t.releaseAll(fast)
	t.XDecref(ns)
	if ld != nil {
		t.Decref(&ld.Object)
	}
}

// frameCode, frameGlobals and framePC read a frame object whether its
// frame runs or has ended.
func (fo *FrameObject) frameCode() *Code {
	if fo.frame != nil {
		return fo.frame.code
	}
	return fo.code
}

func (fo *FrameObject) frameGlobals() *Dict {
	if fo.frame != nil {
		return fo.frame.globals
	}
	return fo.globals
}

func (fo *FrameObject) framePC() int {
	if fo.frame != nil {
		return fo.frame.pc
	}
	return fo.pc
}

// lineAt returns the line of the instruction before pc (the one running
// or last run), or the first line before the code starts.
func (c *Code) lineAt(pc int) int {
	if pc > 0 && pc <= len(c.Lines) {
		if l := c.Lines[pc-1]; l > 0 {
			return int(l)
		}
	}
	return c.FirstLine
}

// frameLocals returns f_locals (a new reference): a module's or class
// body's namespace itself; for a function frame a dict of its variables
// (the same dict at each call, refreshed as CPython 3.11's
// PyFrame_FastToLocals does: unbound variables are removed from it,
// other keys are kept). A parameter that is also a cell shows the cell's
// value, which is set after the stale parameter slot.
func (t *Thread) frameLocals(fo *FrameObject) *Object {
	var ns *Object
	var fast []*Object
	if f := fo.frame; f != nil {
		ns = f.namespace()
		fast = f.slots[:len(f.locals)+len(f.cells)]
	} else {
		ns, fast = fo.ns, fo.fast
	}
	if ns != nil {
		return t.NewRef(ns)
	}
	if fo.localsDict == nil {
		fo.localsDict = t.NewDict()
	}
	d := fo.localsDict
	c := fo.frameCode()
	names := c.VarNames
	if len(fast) >= len(names) {
		for i, name := range names {
			t.setLocal(d, name, fast[i])
		}
		cells := fast[len(names):]
		for i, name := range append(append([]string(nil), c.CellVars...), c.FreeVars...) {
			if i >= len(cells) {
				break
			}
			var v *Object
			if cells[i] != nil {
				v = asCell(cells[i]).V
			}
			t.setLocal(d, name, v)
		}
	}
	return t.NewRef(&d.Object)
}

// setLocal puts name: v in d, or removes name when v is nil.
func (t *Thread) setLocal(d *Dict, name string, v *Object) {
	key := Intern(name)
	if v == nil {
		d.Delete(t, &key.Object)
		return
	}
	d.SetStr(t, key, v)
}

func frameGetSets() []GetSetDef {
	return []GetSetDef{
		{Name: "f_code", Get: func(t *Thread, o *Object) *Object { return t.NewRef(&asFrameObject(o).frameCode().Object) }},
		{Name: "f_globals", Get: func(t *Thread, o *Object) *Object { return t.NewRef(&asFrameObject(o).frameGlobals().Object) }},
		{Name: "f_builtins", Get: func(t *Thread, o *Object) *Object { return t.NewRef(&t.vm.builtins.Object) }},
		{Name: "f_locals", Get: func(t *Thread, o *Object) *Object { return t.frameLocals(asFrameObject(o)) }},
		{Name: "f_back", Get: func(t *Thread, o *Object) *Object {
			fo := asFrameObject(o)
			if fo.frame != nil {
				if b := fo.frame.back; b != nil {
					return t.NewRef(t.frameObject(b))
				}
				return None
			}
			return t.NewRef(orNone(fo.back))
		}},
		{Name: "f_lineno", Get: func(t *Thread, o *Object) *Object {
			fo := asFrameObject(o)
			return t.NewInt(int64(fo.frameCode().lineAt(fo.framePC())))
		}, Set: func(t *Thread, o, v *Object) bool {
			t.RaiseMsg(&ValueErrorType, "can't jump from the 'call' trace event of a new frame")
			return false
		}},
		{Name: "f_lasti", Get: func(t *Thread, o *Object) *Object {
			return t.NewInt(int64(2*asFrameObject(o).framePC() - 2))
		}},
		{Name: "f_trace", Get: func(t *Thread, o *Object) *Object { return t.NewRef(orNone(asFrameObject(o).trace)) },
			Set: func(t *Thread, o, v *Object) bool {
				if v == None {
					v = nil
				}
				t.swapRef(&asFrameObject(o).trace, v)
				return true
			}},
		{Name: "f_trace_lines", Get: func(t *Thread, o *Object) *Object { return Bool(asFrameObject(o).traceLines) },
			Set: func(t *Thread, o, v *Object) bool { return t.setFrameBool(&asFrameObject(o).traceLines, v) }},
		{Name: "f_trace_opcodes", Get: func(t *Thread, o *Object) *Object { return Bool(asFrameObject(o).traceOpcodes) },
			Set: func(t *Thread, o, v *Object) bool { return t.setFrameBool(&asFrameObject(o).traceOpcodes, v) }},
	}
}

func (t *Thread) setFrameBool(p *bool, v *Object) bool {
	if v == nil || v.kind != KindBool {
		t.RaiseMsg(&TypeErrorType, "attribute value type must be bool")
		return false
	}
	*p = v == True
	return true
}

// frameClear is frame.clear(): an ended frame drops its variables; a
// running one cannot be cleared.
func frameClear(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("clear", args[1:], kwnames, 0, 0) {
		return nil
	}
	fo := asFrameObject(args[0])
	if fo.frame != nil {
		if fo.frame.code.Flags&bytecode.FlagGenerator != 0 {
			return t.RaiseMsg(&RuntimeErrorType, "cannot clear a suspended frame")
		}
		return t.RaiseMsg(&RuntimeErrorType, "cannot clear an executing frame")
	}
	t.clearFrameObject(fo)
	return None
}

func frameRepr(t *Thread, o *Object) *Object {
	fo := asFrameObject(o)
	c := fo.frameCode()
	return t.NewStr(fmt.Sprintf("<frame at %p, file '%s', line %d, code %s>", o, c.Filename, c.lineAt(fo.framePC()), c.Name))
}

func init() {
	registerType(&FrameType)
	FrameType.Dealloc = deallocFrameObject
	FrameType.Repr = frameRepr
	for _, g := range frameGetSets() {
		FrameType.defGetSet(g)
	}
	FrameType.def("clear", frameClear)
}

// releaseFrameObjects is the part of releaseFrame for what this file adds
// to frames: the frame object takes over (or is dropped), the locals
// mapping is released.
func (t *Thread) releaseFrameObjects(f *Frame) {
	if f.obj != nil {
		t.detachFrameObject(f)
	}
	if ns := f.nsObj; ns != nil {
		f.nsObj = nil
		t.Decref(ns)
	}
}
