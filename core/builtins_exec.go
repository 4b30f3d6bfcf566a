package core

import (
	"errors"
	"os"
	"strings"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/compile"
	"github.com/rcvm/rcvm/core/syntax"
)

// The dynamic-execution builtins: compile, exec, eval, globals, locals,
// and vars() without an argument, with CPython 3.11's rules for their
// arguments and messages.

// compile() flags (CPython's PyCF_*): the ones compile() accepts, and
// those rcvm refuses (it has no ast module and no incremental parser).
const (
	pyCFDontImplyDedent      = 0x0200
	pyCFOnlyAST              = 0x0400
	pyCFTypeComments         = 0x1000
	pyCFAllowTopLevelAwait   = 0x2000
	pyCFAllowIncompleteInput = 0x4000
	pyCFCompileMask          = pyCFOnlyAST | pyCFAllowTopLevelAwait | pyCFTypeComments | pyCFDontImplyDedent | pyCFAllowIncompleteInput
	pyCFAccepted             = bytecode.CoFutureMask | bytecode.CoNested | pyCFCompileMask
	// defaultOptimize is sys.flags.optimize (rcvm has no -O).
	defaultOptimize = 0
)

func init() {
	defBuiltin("compile", builtinCompile)
	defBuiltin("exec", builtinExec)
	defBuiltin("eval", builtinEval)
	defBuiltin("globals", builtinGlobals)
	defBuiltin("locals", builtinLocals)
}

// sourceText returns the text of compile()'s, exec()'s or eval()'s
// source argument: a str, or a bytes-like object (decoded by the parser,
// which honours a coding declaration). ok is false, with no exception
// set, when source is neither.
func (t *Thread) sourceText(source *Object) (src []byte, ok bool) {
	if source.typ.IsSubtype(&StrType) {
		return []byte(asStr(source).S), true
	}
	if ExcBytes.Data != nil {
		if b, isBytes := ExcBytes.Data(source); isBytes {
			return b, true
		}
	}
	return nil, false
}

// isStr reports whether a source argument is text, whose coding
// declaration is ignored (CPython's PyCF_IGNORE_COOKIE).
func isStr(source *Object) bool { return source.typ.IsSubtype(&StrType) }

// compileDynamic compiles source text into a code object (a new
// reference): the SyntaxError CPython raises when it does not compile.
func (t *Thread) compileDynamic(src []byte, filename string, opts compile.Options) *Object {
	if strings.IndexByte(string(src), 0) >= 0 {
		return t.RaiseMsg(&SyntaxErrorType, "source code string cannot contain null bytes")
	}
	opts.Dynamic = true
	code, err := compile.CompileSource(filename, src, opts)
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			newline := opts.Mode == compile.ModeExec || lineEndsWithNewline(src, se.Line)
			noText := false
			if se.Text == "" && se.Line > 0 {
				// A compiler (not parser) error: CPython shows the line of
				// the file named, if there is one.
				se.Text, newline = fileLine(filename, se.Line), true
				noText = se.Text == ""
			}
			exc := t.newSyntaxError(se, newline)
			if noText && exc.typ.IsSubtype(&SyntaxErrorType) {
				asException(exc).setField(t, synText, nil)
			}
			t.Raise(exc)
			return nil
		}
		return t.RaiseMsg(&SystemErrorType, "compile: %s", err.Error())
	}
	return t.newDynamicCode(code)
}

// fileLine returns line n of the file named filename, or "" when there
// is no such file or line (PyErr_ProgramTextObject).
func fileLine(filename string, n int) string {
	src, err := os.ReadFile(filename)
	if err != nil {
		return ""
	}
	return syntax.SourceLine(src, n)
}

// lineEndsWithNewline reports whether line n (1-based) of src is ended by
// a newline.
func lineEndsWithNewline(src []byte, n int) bool {
	for _, b := range src {
		if b == '\n' {
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}

// newDynamicCode loads code compiled at run time. Unlike the program's
// own code objects it is reference-counted and freed when unused; its
// constants are immortal, as every code object's are (LOAD_CONST takes no
// reference).
func (t *Thread) newDynamicCode(code *bytecode.Code) *Object {
	c := loadCode(code)
	c.flags &^= flagImmortal
	t.initObject(&c.Object, KindOther, &CodeType)
	return &c.Object
}

// inheritedFuture returns the future flags of the running code, which
// compile() (unless dont_inherit), exec() and eval() pass on.
func (t *Thread) inheritedFuture() int {
	if f := t.frame; f != nil {
		return f.code.CoFlags & bytecode.CoFutureMask
	}
	return 0
}

// builtinCompile is compile(source, filename, mode, flags=0,
// dont_inherit=False, optimize=-1, *, _feature_version=-1).
func builtinCompile(t *Thread, args []*Object, kwnames []*Str) *Object {
	var source, filename, mode, flags, dontInherit, optimize, feature *Object
	if !t.ParseArgs("compile", args, kwnames,
		[]string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "$_feature_version"}, 3,
		&source, &filename, &mode, &flags, &dontInherit, &optimize, &feature) {
		return nil
	}
	fname, ok := t.fsPath(filename)
	if !ok {
		return nil
	}
	if mode.kind != KindStr {
		return t.RaiseMsg(&TypeErrorType, "compile() argument 'mode' must be str, not %s", mode.typ.Name)
	}
	var m compile.Mode
	switch asStr(mode).S {
	case "exec":
		m = compile.ModeExec
	case "eval":
		m = compile.ModeEval
	case "single":
		m = compile.ModeSingle
	case "func_type":
		return t.RaiseMsg(&ValueErrorType, "compile() mode 'func_type' requires flag PyCF_ONLY_AST")
	default:
		return t.RaiseMsg(&ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	fl := int64(0)
	if flags != nil {
		if fl, ok = t.cInt(flags); !ok {
			return nil
		}
	}
	if fl&^pyCFAccepted != 0 {
		return t.RaiseMsg(&ValueErrorType, "compile(): unrecognised flags")
	}
	if fl&pyCFCompileMask != 0 {
		return t.RaiseMsg(&NotImplementedErrorType, "compile() with flag %#x is not supported by rcvm (it has no ast module and no incremental parser)", fl&pyCFCompileMask)
	}
	opt := int64(-1)
	if optimize != nil {
		if opt, ok = t.cInt(optimize); !ok {
			return nil
		}
	}
	if opt < -1 || opt > 2 {
		return t.RaiseMsg(&ValueErrorType, "compile(): invalid optimize value")
	}
	if opt == -1 {
		opt = defaultOptimize
	}
	inherit := true
	if dontInherit != nil {
		d, ok := t.Truth(dontInherit)
		if !ok {
			return nil
		}
		inherit = !d
	}
	future := int(fl) & bytecode.CoFutureMask
	if inherit {
		future |= t.inheritedFuture()
	}
	src, isText := t.sourceText(source)
	if !isText {
		return t.RaiseMsg(&TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
	}
	return t.compileDynamic(src, fname, compile.Options{Mode: m, Optimize: int(opt), Future: future, IgnoreCookie: isStr(source)})
}

// cInt converts an argument CPython parses as a C int.
func (t *Thread) cInt(o *Object) (int64, bool) {
	if o.kind == KindFloat {
		t.RaiseMsg(&TypeErrorType, "'float' object cannot be interpreted as an integer")
		return 0, false
	}
	n, ok := t.index64(o)
	if !ok {
		if t.ExcMatches(&OverflowErrorType) {
			t.ClearExc()
			t.RaiseMsg(&OverflowErrorType, "Python int too large to convert to C int")
		}
		return 0, false
	}
	if n > 1<<31-1 || n < -1<<31 {
		t.RaiseMsg(&OverflowErrorType, "Python int too large to convert to C int")
		return 0, false
	}
	return n, true
}

// fsPath is PyUnicode_FSDecoder for a file name: a str (bytes and
// os.PathLike objects through __fspath__).
func (t *Thread) fsPath(o *Object) (string, bool) {
	if o.typ.IsSubtype(&StrType) {
		return asStr(o).S, true
	}
	if ExcBytes.Data != nil {
		if b, ok := ExcBytes.Data(o); ok {
			return string(b), true
		}
	}
	if m := t.lookupType(o.typ, Intern("__fspath__")); m != nil {
		r := t.Call(m, []*Object{o}, nil)
		if r == nil {
			return "", false
		}
		defer t.Decref(r)
		if r.typ.IsSubtype(&StrType) {
			return asStr(r).S, true
		}
		if ExcBytes.Data != nil {
			if b, ok := ExcBytes.Data(r); ok {
				return string(b), true
			}
		}
		t.RaiseMsg(&TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", o.typ.Name, r.typ.Name)
		return "", false
	}
	t.RaiseMsg(&TypeErrorType, "expected str, bytes or os.PathLike object, not %s", o.typ.Name)
	return "", false
}

// isMapping is PyMapping_Check: the object supports subscription.
func (t *Thread) isMapping(o *Object) bool {
	switch o.kind {
	case KindDict, KindList, KindTuple, KindStr, KindRange:
		return true
	case KindSet, KindFrozenSet, KindInt, KindFloat, KindBool, KindNone:
		return false
	}
	if o.typ.Heap {
		return t.lookupType(o.typ, dunderGetitem) != nil
	}
	return o.typ.GetItem != nil
}

// namespaces resolves exec()'s and eval()'s globals and locals: the
// caller's when not given, locals defaulting to globals; __builtins__ is
// added to globals when missing, as CPython does. The results are
// borrowed.
func (t *Thread) namespaces(fname string, globals, locals *Object) (*Dict, *Object, bool) {
	if globals == nil || globals == None {
		globals = nil
	}
	if locals == None {
		locals = nil
	}
	if globals != nil && globals.kind != KindDict {
		if fname == "exec" {
			t.RaiseMsg(&TypeErrorType, "exec() globals must be a dict, not %s", globals.typ.Name)
		} else if t.isMapping(globals) {
			t.RaiseMsg(&TypeErrorType, "globals must be a real dict; try eval(expr, {}, mapping)")
		} else {
			t.RaiseMsg(&TypeErrorType, "globals must be a dict")
		}
		return nil, nil, false
	}
	if locals != nil && !t.isMapping(locals) {
		if fname == "exec" {
			t.RaiseMsg(&TypeErrorType, "locals must be a mapping or None, not %s", locals.typ.Name)
		} else {
			t.RaiseMsg(&TypeErrorType, "locals must be a mapping")
		}
		return nil, nil, false
	}
	var g *Dict
	if globals == nil {
		f := t.frame
		if f == nil {
			t.RaiseMsg(&SystemErrorType, "globals and locals cannot be NULL")
			return nil, nil, false
		}
		g = f.globals
		if locals == nil {
			locals = t.callerLocals(f)
			if locals == nil {
				return nil, nil, false
			}
			t.Decref(locals) // the frame keeps it
		}
	} else {
		g = asDict(globals)
		if locals == nil {
			locals = globals
		}
	}
	if b := g.GetStr(t, dunderBuiltins); b != nil {
		t.Decref(b)
	} else {
		g.SetStr(t, dunderBuiltins, &t.vm.builtins.Object)
	}
	return g, locals, true
}

var (
	dunderBuiltins = Intern("__builtins__")
	dunderDoc      = Intern("__doc__")
)

// callerLocals returns locals() of frame f (a new reference; for a
// function frame the dict its frame object keeps).
func (t *Thread) callerLocals(f *Frame) *Object {
	return t.frameLocals(asFrameObject(t.frameObject(f)))
}

// runCode runs a code object with globals and locals (any mapping) as
// exec and eval do; closure holds the cells for its free variables.
func (t *Thread) runCode(code *Object, globals *Dict, locals *Object, closure []*Object) *Object {
	c := asCode(code)
	if c.Flags&bytecode.FlagModule != 0 && !c.Dynamic && locals != &globals.Object {
		return t.RaiseMsg(&NotImplementedErrorType,
			"exec() of a module's code object with locals other than its globals is not supported by rcvm (compile the source with compile() instead)")
	}
	t.Incref(code)
	defer t.Decref(code)
	f := t.newFrame(c, nil, globals)
	if c.Flags&bytecode.FlagModule != 0 || c.Flags&bytecode.FlagClassBody != 0 {
		if locals.typ == &DictType {
			f.nsDict = asDict(t.NewRef(locals))
		} else if locals != &globals.Object || globals.typ != &DictType {
			f.nsObj = t.NewRef(locals)
		}
	}
	nown := len(c.CellVars)
	for i := 0; i < nown; i++ {
		f.cells[i] = t.NewCell(nil)
	}
	for i, cell := range closure {
		f.cells[nown+i] = t.NewRef(cell)
	}
	return t.run(f)
}

// execArgs parses exec's arguments: exec(source, globals=None,
// locals=None, /, *, closure=None).
func (t *Thread) execArgs(args []*Object, kwnames []*Str) (source, globals, locals, closure *Object, ok bool) {
	npos := len(args) - len(kwnames)
	for i, kw := range kwnames {
		if kw.S != "closure" {
			t.RaiseMsg(&TypeErrorType, "'%s' is an invalid keyword argument for exec()", kw.S)
			return nil, nil, nil, nil, false
		}
		closure = args[npos+i]
	}
	if npos < 1 {
		t.RaiseMsg(&TypeErrorType, "exec() takes at least 1 positional argument (%d given)", npos)
		return nil, nil, nil, nil, false
	}
	if npos > 3 {
		t.RaiseMsg(&TypeErrorType, "exec() takes at most 3 positional arguments (%d given)", npos)
		return nil, nil, nil, nil, false
	}
	source = args[0]
	if npos > 1 {
		globals = args[1]
	}
	if npos > 2 {
		locals = args[2]
	}
	return source, globals, locals, closure, true
}

// builtinExec is exec(source, globals=None, locals=None, /, *,
// closure=None).
func builtinExec(t *Thread, args []*Object, kwnames []*Str) *Object {
	source, globals, locals, closure, ok := t.execArgs(args, kwnames)
	if !ok {
		return nil
	}
	g, l, ok := t.namespaces("exec", globals, locals)
	if !ok {
		return nil
	}
	if closure == None {
		closure = nil
	}
	var cells []*Object
	if source.typ == &CodeType {
		c := asCode(source)
		nfree := len(c.FreeVars)
		if nfree == 0 {
			if closure != nil {
				return t.RaiseMsg(&TypeErrorType, "cannot use a closure with this code object")
			}
		} else {
			if closure == nil || closure.kind != KindTuple || len(asTuple(closure).Items) != nfree {
				return t.RaiseMsg(&TypeErrorType, "code object requires a closure of exactly length %d", nfree)
			}
			cells = asTuple(closure).Items
			for _, cell := range cells {
				if cell.kind != KindCell {
					return t.RaiseMsg(&TypeErrorType, "code object requires a closure of exactly length %d", nfree)
				}
			}
		}
		r := t.runCode(source, g, l, cells)
		if r == nil {
			return nil
		}
		t.Decref(r)
		return None
	}
	if closure != nil {
		return t.RaiseMsg(&TypeErrorType, "closure can only be used when source is a code object")
	}
	src, isText := t.sourceText(source)
	if !isText {
		return t.RaiseMsg(&TypeErrorType, "exec() arg 1 must be a string, bytes or code object")
	}
	code := t.compileDynamic(src, "<string>", compile.Options{Mode: compile.ModeExec, Future: t.inheritedFuture(), IgnoreCookie: isStr(source)})
	if code == nil {
		return nil
	}
	r := t.runCode(code, g, l, nil)
	t.Decref(code)
	if r == nil {
		return nil
	}
	t.Decref(r)
	return None
}

// builtinEval is eval(source, globals=None, locals=None, /).
func builtinEval(t *Thread, args []*Object, kwnames []*Str) *Object {
	if len(kwnames) > 0 {
		return t.RaiseMsg(&TypeErrorType, "eval() takes no keyword arguments")
	}
	if len(args) < 1 {
		return t.RaiseMsg(&TypeErrorType, "eval expected at least 1 argument, got 0")
	}
	if len(args) > 3 {
		return t.RaiseMsg(&TypeErrorType, "eval expected at most 3 arguments, got %d", len(args))
	}
	source := args[0]
	var globals, locals *Object
	if len(args) > 1 {
		globals = args[1]
	}
	if len(args) > 2 {
		locals = args[2]
	}
	g, l, ok := t.namespaces("eval", globals, locals)
	if !ok {
		return nil
	}
	if source.typ == &CodeType {
		if len(asCode(source).FreeVars) > 0 {
			return t.RaiseMsg(&TypeErrorType, "code object passed to eval() may not contain free variables")
		}
		return t.runCode(source, g, l, nil)
	}
	src, isText := t.sourceText(source)
	if !isText {
		return t.RaiseMsg(&TypeErrorType, "eval() arg 1 must be a string, bytes or code object")
	}
	// eval strips leading spaces and tabs (CPython's builtin_eval_impl).
	i := 0
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	code := t.compileDynamic(src[i:], "<string>", compile.Options{Mode: compile.ModeEval, Future: t.inheritedFuture(), IgnoreCookie: isStr(source)})
	if code == nil {
		return nil
	}
	r := t.runCode(code, g, l, nil)
	t.Decref(code)
	return r
}

// builtinGlobals is globals(): the running code's globals.
func builtinGlobals(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("globals", args, kwnames, 0, 0) {
		return nil
	}
	if t.frame == nil {
		return t.NewRef(None)
	}
	return t.NewRef(&t.frame.globals.Object)
}

// builtinLocals is locals(): a module's or class body's namespace; in a
// function, the frame's dict of its variables, refreshed (CPython 3.11).
func builtinLocals(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("locals", args, kwnames, 0, 0) {
		return nil
	}
	if t.frame == nil {
		return t.RaiseMsg(&SystemErrorType, "frame does not exist")
	}
	return t.callerLocals(t.frame)
}

// builtinsDoc is the builtins module's docstring, CPython's.
const builtinsDoc = "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of that name is also needed."
