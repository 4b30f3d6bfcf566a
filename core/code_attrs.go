package core

import (
	"fmt"

	"github.com/rcvm/rcvm/core/bytecode"
)

// The attributes of code objects (co_name, co_qualname, co_filename,
// co_firstlineno, co_argcount, co_posonlyargcount, co_kwonlyargcount,
// co_nlocals, co_varnames, co_cellvars, co_freevars, co_names, co_consts,
// co_flags, co_stacksize), co_lines(), co_positions() and replace(). The
// bytecode is rcvm's, not CPython's, so co_code and the tables derived from
// it are refused.

// names returns a tuple of strs.
func (t *Thread) strTuple(names []string) *Object {
	tup := t.NewTuple(len(names))
	for i, n := range names {
		tup.Items[i] = &Intern(n).Object
	}
	return &tup.Object
}

// coConsts is co_consts: as in CPython, a function's code holds its
// docstring (or None) first.
func (t *Thread) coConsts(c *Code) *Object {
	items := c.consts
	if c.Flags&(bytecode.FlagModule|bytecode.FlagClassBody) == 0 {
		first := None
		if c.HasDoc {
			first = &Intern(c.Doc).Object
		}
		items = append([]*Object{first}, items...)
	}
	return t.TupleOf(items...)
}

func codeGetSets() []GetSetDef {
	str := func(f func(c *Code) string) func(t *Thread, o *Object) *Object {
		return func(t *Thread, o *Object) *Object { return t.NewStr(f(asCode(o))) }
	}
	num := func(f func(c *Code) int) func(t *Thread, o *Object) *Object {
		return func(t *Thread, o *Object) *Object { return t.NewInt(int64(f(asCode(o)))) }
	}
	names := func(f func(c *Code) []string) func(t *Thread, o *Object) *Object {
		return func(t *Thread, o *Object) *Object { return t.strTuple(f(asCode(o))) }
	}
	refuse := func(name string) func(t *Thread, o *Object) *Object {
		return func(t *Thread, o *Object) *Object {
			return t.RaiseMsg(&AttributeErrorType, "code.%s is not supported by rcvm (its bytecode is not CPython's)", name)
		}
	}
	return []GetSetDef{
		{Name: "co_name", Get: str(func(c *Code) string { return c.Name })},
		{Name: "co_qualname", Get: str(func(c *Code) string { return c.QualName })},
		{Name: "co_filename", Get: str(func(c *Code) string { return c.Filename })},
		{Name: "co_firstlineno", Get: num(func(c *Code) int { return c.FirstLine })},
		{Name: "co_argcount", Get: num(func(c *Code) int { return c.ArgCount })},
		{Name: "co_posonlyargcount", Get: num(func(c *Code) int { return c.PosOnlyArgCount })},
		{Name: "co_kwonlyargcount", Get: num(func(c *Code) int { return c.KwOnlyArgCount })},
		{Name: "co_nlocals", Get: num(func(c *Code) int { return len(c.VarNames) })},
		{Name: "co_stacksize", Get: num(func(c *Code) int { return c.StackSize })},
		{Name: "co_flags", Get: num(func(c *Code) int { return c.CoFlags })},
		{Name: "co_varnames", Get: names(func(c *Code) []string { return c.VarNames })},
		{Name: "co_cellvars", Get: names(func(c *Code) []string { return c.CellVars })},
		{Name: "co_freevars", Get: names(func(c *Code) []string { return c.FreeVars })},
		{Name: "co_names", Get: names(func(c *Code) []string { return c.Names })},
		{Name: "co_consts", Get: func(t *Thread, o *Object) *Object { return t.coConsts(asCode(o)) }},
		{Name: "co_code", Get: refuse("co_code")},
		{Name: "co_lnotab", Get: refuse("co_lnotab")},
		{Name: "co_linetable", Get: refuse("co_linetable")},
		{Name: "co_exceptiontable", Get: refuse("co_exceptiontable")},
	}
}

// codeLines is co_lines(): (start, end, line) for each run of
// instructions on one line, in CPython's units (two bytes an instruction).
func codeLines(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("co_lines", args[1:], kwnames, 0, 0) {
		return nil
	}
	c := asCode(args[0])
	out := t.NewList(0)
	add := func(start, end int, line int32) {
		l := None
		if line > 0 {
			l = t.NewInt(int64(line))
		}
		s, e := t.NewInt(int64(2*start)), t.NewInt(int64(2*end))
		tup := t.TupleOf(s, e, l)
		t.Decref(s)
		t.Decref(e)
		t.Decref(l)
		out.Items = append(out.Items, tup)
	}
	start := 0
	for i := 1; i <= len(c.Lines); i++ {
		if i == len(c.Lines) || c.Lines[i] != c.Lines[start] {
			add(start, i, c.Lines[start])
			start = i
		}
	}
	it := t.GetIter(&out.Object)
	t.Decref(&out.Object)
	return it
}

// codePositions is co_positions(): (line, end line, column, end column)
// per instruction; rcvm knows where an instruction starts, not where its
// source ends, so the ends are None (and CPython's traceback module draws
// no carets for them).
func codePositions(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("co_positions", args[1:], kwnames, 0, 0) {
		return nil
	}
	c := asCode(args[0])
	out := t.NewList(len(c.Lines))
	for i, line := range c.Lines {
		l, col := None, None
		if line > 0 {
			l = t.NewInt(int64(line))
		}
		if i < len(c.Cols) && c.Cols[i] > 0 {
			col = t.NewInt(int64(c.Cols[i] - 1))
		}
		out.Items = append(out.Items, t.TupleOf(l, None, col, None))
		t.Decref(l)
		t.Decref(col)
	}
	it := t.GetIter(&out.Object)
	t.Decref(&out.Object)
	return it
}

// codeReplace is code.replace(**changes): a copy with some of the
// descriptive fields replaced. The fields that shape the bytecode cannot
// be replaced in rcvm (its bytecode is not CPython's).
func codeReplace(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(args) > 1+len(kwnames) {
		return t.RaiseMsg(&TypeErrorType, "replace() takes no positional arguments")
	}
	c := asCode(args[0])
	bc := *c.Code
	vals := args[1:]
	for i, kw := range kwnames {
		v := vals[i]
		var err string
		switch kw.S {
		case "co_name", "co_qualname", "co_filename":
			if v.kind != KindStr {
				return t.RaiseMsg(&TypeErrorType, "replace() argument '%s' must be str, not %s", kw.S, v.typ.Name)
			}
			switch kw.S {
			case "co_name":
				bc.Name = asStr(v).S
			case "co_qualname":
				bc.QualName = asStr(v).S
			default:
				bc.Filename = asStr(v).S
			}
		case "co_firstlineno":
			n, ok := t.index64(v)
			if !ok {
				return nil
			}
			bc.FirstLine = int(n)
		case "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
			"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
			"co_flags", "co_linetable", "co_exceptiontable", "co_lnotab":
			err = fmt.Sprintf("code.replace(%s=...) is not supported by rcvm", kw.S)
		default:
			return t.RaiseMsg(&TypeErrorType, "'%s' is an invalid keyword argument for replace()", kw.S)
		}
		if err != "" {
			return t.RaiseMsg(&NotImplementedErrorType, "%s", err)
		}
	}
	return &loadCode(&bc).Object
}

func codeRepr(t *Thread, o *Object) *Object {
	c := asCode(o)
	return t.NewStr(fmt.Sprintf("<code object %s at %p, file \"%s\", line %d>", c.Name, o, c.Filename, c.FirstLine))
}

func codeNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	return t.RaiseMsg(&NotImplementedErrorType, "types.CodeType() is not supported by rcvm (its bytecode is not CPython's); use code.replace() or compile()")
}

func init() {
	for _, g := range codeGetSets() {
		CodeType.defGetSet(g)
	}
	CodeType.def("co_lines", codeLines)
	CodeType.def("co_positions", codePositions)
	CodeType.def("replace", codeReplace)
	CodeType.Repr = codeRepr
	CodeType.New = codeNew
	CodeType.Dealloc = func(t *Thread, o *Object) { t.recycle(o) }
	CellType.defGetSet(GetSetDef{Name: "cell_contents",
		Get: func(t *Thread, o *Object) *Object {
			if v := asCell(o).V; v != nil {
				return t.NewRef(v)
			}
			return t.RaiseMsg(&ValueErrorType, "Cell is empty")
		},
		Set: func(t *Thread, o, v *Object) bool { t.swapRef(&asCell(o).V, v); return true }})
}
