package core

import (
	"math/big"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/rcvm/rcvm/core/bytecode"
)

// loadCode turns compiled bytecode into a code object: constants become
// immortal objects (as PEP 683 makes code constants immortal), names are
// interned.
func loadCode(bc *bytecode.Code) *Code {
	c := &Code{Code: bc, instrs: bytecode.Quicken(bc.Instrs)}
	c.rc, c.kind, c.flags, c.typ = 1, KindOther, flagImmortal, &CodeType
	c.tid = immortalTid
	c.consts = make([]*Object, len(bc.Consts))
	for i, k := range bc.Consts {
		c.consts[i] = constObject(k)
	}
	c.names = make([]*Str, len(bc.Names))
	for i, n := range bc.Names {
		c.names[i] = Intern(n)
	}
	c.globalCaches = make([]atomic.Pointer[globalCache], len(c.names))
	c.attrHints = make(attrHints, len(c.names))
	c.varNames = make([]*Str, len(bc.VarNames))
	for i, n := range bc.VarNames {
		c.varNames[i] = Intern(n)
	}
	for _, a := range bc.Cell2Arg {
		if a >= 0 {
			c.cell2arg = bc.Cell2Arg
			break
		}
	}
	c.kwCache = make([][]*Str, len(c.consts))
	for _, in := range bc.Instrs {
		if in.Op == bytecode.KW_NAMES {
			tup := asTuple(c.consts[in.Arg])
			names := make([]*Str, len(tup.Items))
			for j, n := range tup.Items {
				names[j] = asStr(n)
			}
			c.kwCache[in.Arg] = names
		}
	}
	c.nlocals = len(bc.VarNames)
	c.ncells = len(bc.CellVars) + len(bc.FreeVars)
	c.frameSize = c.nlocals + c.ncells + bc.StackSize + 1
	return c
}

// constObject makes an immortal object for a compile-time constant.
func constObject(k any) *Object {
	t := bootThread()
	var o *Object
	switch k := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(k)
	case int64:
		o = t.NewInt(k)
	case *big.Int:
		o = t.NewBigInt(k)
	case float64:
		o = t.NewFloat(k)
	case string:
		return &Intern(k).Object
	case bytecode.Bytes:
		o = t.NewBytes([]byte(k))
	case bytecode.Tuple:
		tp := t.NewTuple(len(k))
		for i, e := range k {
			tp.Items[i] = constObject(e)
		}
		o = &tp.Object
	case bytecode.EllipsisType:
		return Ellipsis
	case *bytecode.Code:
		return &loadCode(k).Object
	default:
		panic("core: unknown constant type")
	}
	// A shared immortal (a small int) is left untouched: threads loading
	// code concurrently (imports in threads) must not write to it.
	if o.flags&flagImmortal == 0 {
		o.flags |= flagImmortal
		o.tid = immortalTid
	}
	return o
}

// newFrame prepares a frame for code c (slots cleared), reusing a pooled
// frame of the thread when one is free.
func (t *Thread) newFrame(c *Code, fn *Function, globals *Dict) *Frame {
	var f *Frame
	if n := len(t.heap.frames); n > 0 {
		f = t.heap.frames[n-1]
		t.heap.frames = t.heap.frames[:n-1]
	} else {
		f = &Frame{}
	}
	if cap(f.slots) < c.frameSize {
		f.slots = make([]*Object, c.frameSize)
	}
	f.slots = f.slots[:c.frameSize]
	f.code, f.fn, f.globals = c, fn, globals
	f.locals = f.slots[:c.nlocals:c.nlocals]
	f.cells = f.slots[c.nlocals : c.nlocals+c.ncells : c.nlocals+c.ncells]
	f.stack = f.slots[c.nlocals+c.ncells:]
	f.sp, f.pc = 0, 0
	f.blocks = f.blocks[:0]
	f.nsDict, f.kwnames, f.line = nil, nil, 0
	return f
}

// releaseFrame drops the frame's references and returns it to the pool.
func (t *Thread) releaseFrame(f *Frame) {
	if f.obj != nil || f.nsObj != nil {
		t.releaseFrameObjects(f)
	}
	for i := range f.locals {
		if v := f.locals[i]; v != nil {
			f.locals[i] = nil
			t.Decref(v)
		}
	}
	for i := range f.cells {
		if v := f.cells[i]; v != nil {
			f.cells[i] = nil
			t.Decref(v)
		}
	}
	for i := 0; i < f.sp; i++ {
		if v := f.stack[i]; v != nil {
			f.stack[i] = nil
			t.XDecref(v)
		}
	}
	f.sp = 0
	for _, b := range f.blocks {
		t.XDecref(b.saved)
	}
	f.blocks = f.blocks[:0]
	if f.nsDict != nil {
		t.Decref(&f.nsDict.Object)
		f.nsDict = nil
	}
	f.fn, f.globals, f.code, f.back = nil, nil, nil, nil
	if len(t.heap.frames) < 256 {
		t.heap.frames = append(t.heap.frames, f)
	}
}

// callFunction calls a Python function: binds the arguments into a new
// frame and runs it (or, for a generator expression, wraps it).
func (t *Thread) callFunction(fn *Function, args []*Object, kwnames []*Str) *Object {
	c := fn.Code
	f := t.newFrame(c, fn, fn.Globals)
	if !t.bindArgs(fn, f, args, kwnames) {
		t.releaseFrame(f)
		return nil
	}
	if c.ncells > 0 {
		t.initCells(fn, f)
	}
	if c.Flags&bytecode.FlagGenerator != 0 {
		return t.newGenerator(f)
	}
	return t.run(f)
}

// initCells creates the frame's own cells (moving captured parameters into
// them) and copies the closure's cells.
func (t *Thread) initCells(fn *Function, f *Frame) {
	c := fn.Code
	nown := len(c.CellVars)
	for i := 0; i < nown; i++ {
		var v *Object
		if c.cell2arg != nil && c.cell2arg[i] >= 0 {
			v = f.locals[c.cell2arg[i]]
		}
		f.cells[i] = t.NewCell(v)
	}
	for i, cell := range fn.Closure {
		t.Incref(cell)
		f.cells[nown+i] = cell
	}
}

// bindArgs fills a frame's parameter slots from positional and keyword
// arguments, applying defaults, *args and **kwargs, with CPython's errors.
func (t *Thread) bindArgs(fn *Function, f *Frame, args []*Object, kwnames []*Str) bool {
	c := fn.Code
	npos := len(args) - len(kwnames)
	nparams := c.ArgCount
	locals := f.locals
	// The common case: exactly the positional parameters, nothing else.
	if npos == nparams && len(kwnames) == 0 && c.KwOnlyArgCount == 0 &&
		c.Flags&(bytecode.FlagVarArgs|bytecode.FlagVarKeywords) == 0 {
		for i, a := range args {
			t.Incref(a)
			locals[i] = a
		}
		return true
	}
	n := npos
	if n > nparams {
		n = nparams
	}
	for i := 0; i < n; i++ {
		t.Incref(args[i])
		locals[i] = args[i]
	}
	slot := nparams + c.KwOnlyArgCount
	if c.Flags&bytecode.FlagVarArgs != 0 {
		extra := 0
		if npos > nparams {
			extra = npos - nparams
		}
		tup := t.NewTuple(extra)
		for i := 0; i < extra; i++ {
			t.Incref(args[nparams+i])
			tup.Items[i] = args[nparams+i]
		}
		locals[slot] = &tup.Object
		slot++
	} else if npos > nparams {
		t.tooManyPositional(fn, npos)
		return false
	}
	var kwdict *Dict
	if c.Flags&bytecode.FlagVarKeywords != 0 {
		kwdict = t.NewDict()
		locals[slot] = &kwdict.Object
	}
	for k, name := range kwnames {
		v := args[npos+k]
		i := c.paramIndex(name)
		if i < 0 {
			if kwdict == nil {
				if c.PosOnlyArgCount > 0 && t.posOnlyPassedAsKeyword(fn, kwnames) {
					return false
				}
				t.RaiseMsg(&TypeErrorType, "%s() got an unexpected keyword argument '%s'", fn.QualName, name.S)
				return false
			}
			kwdict.SetStr(t, name, v)
			continue
		}
		if locals[i] != nil {
			t.RaiseMsg(&TypeErrorType, "%s() got multiple values for argument '%s'", fn.QualName, name.S)
			return false
		}
		t.Incref(v)
		locals[i] = v
	}
	// Defaults for missing positional parameters.
	ndef := len(fn.Defaults)
	var missing []string
	for i := 0; i < nparams; i++ {
		if locals[i] == nil {
			if d := i - (nparams - ndef); d >= 0 {
				t.Incref(fn.Defaults[d])
				locals[i] = fn.Defaults[d]
			} else {
				missing = append(missing, "'"+c.VarNames[i]+"'")
			}
		}
	}
	if missing != nil {
		t.RaiseMsg(&TypeErrorType, "%s() missing %d required positional argument%s: %s",
			fn.QualName, len(missing), plural(len(missing)), joinNames(missing))
		return false
	}
	for i := nparams; i < nparams+c.KwOnlyArgCount; i++ {
		if locals[i] == nil {
			if fn.KwDefaults != nil {
				if d := fn.KwDefaults.GetStr(t, c.varNames[i]); d != nil {
					locals[i] = d
					continue
				}
			}
			missing = append(missing, "'"+c.VarNames[i]+"'")
		}
	}
	if missing != nil {
		t.RaiseMsg(&TypeErrorType, "%s() missing %d required keyword-only argument%s: %s",
			fn.QualName, len(missing), plural(len(missing)), joinNames(missing))
		return false
	}
	return true
}

// joinNames joins names as CPython's missing-argument messages do:
// "'a'", "'a' and 'b'", "'a', 'b', and 'c'".
func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

func (t *Thread) tooManyPositional(fn *Function, given int) *Object {
	c := fn.Code
	ndef := len(fn.Defaults)
	want := ""
	if ndef > 0 {
		want = strconv.Itoa(c.ArgCount-ndef) + " to " + strconv.Itoa(c.ArgCount)
	} else {
		want = strconv.Itoa(c.ArgCount)
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	return t.RaiseMsg(&TypeErrorType, "%s() takes %s positional argument%s but %d %s given",
		fn.QualName, want, plural(c.ArgCount), given, was)
}

// paramIndex returns the local slot of a parameter that may be passed by
// keyword, or -1.
func (c *Code) paramIndex(name *Str) int {
	n := c.ArgCount + c.KwOnlyArgCount
	for i := c.PosOnlyArgCount; i < n; i++ {
		if c.varNames[i] == name || c.varNames[i].S == name.S {
			return i
		}
	}
	return -1
}

// makeFunction creates a function object for code c.
func (t *Thread) makeFunction(c *Code, globals *Dict) *Function {
	fn := &Function{Code: c, Globals: globals, Name: Intern(c.Name), QualName: c.QualName}
	t.Incref(&globals.Object)
	t.Incref(&c.Object)
	t.initObject(&fn.Object, KindFunction, &FunctionType)
	t.initFunctionAttrs(fn)
	return fn
}

// posOnlyPassedAsKeyword raises CPython's error for positional-only
// parameters given by keyword, and reports whether there were any.
func (t *Thread) posOnlyPassedAsKeyword(fn *Function, kwnames []*Str) bool {
	var names []string
	for _, kw := range kwnames {
		for _, p := range fn.Code.VarNames[:fn.Code.PosOnlyArgCount] {
			if p == kw.S {
				names = append(names, p)
			}
		}
	}
	if names == nil {
		return false
	}
	t.RaiseMsg(&TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
		fn.QualName, strings.Join(names, ", "))
	return true
}
