package compile

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

// File parses and compiles the source of a module. The error, if any, is a
// *syntax.Error.
func File(filename string, src []byte) (*bytecode.Code, error) {
	return CompileSource(filename, src, Options{})
}

// Source is File for source text held in a string.
func Source(filename, src string) (*bytecode.Code, error) {
	return File(filename, []byte(src))
}

// Compile compiles an already parsed module. Errors carry no source text
// (Error.Text is empty); File fills it in.
func Compile(f *syntax.File) (*bytecode.Code, error) {
	code, err := compileFile(f, Options{})
	if err != nil {
		err.Filename = f.Filename
		return nil, err
	}
	return code, nil
}

func compileFile(f *syntax.File, opts Options) (code *bytecode.Code, err *syntax.Error) {
	body := f.Body
	future, ferr := futureFlags(body, opts)
	if ferr != nil {
		return nil, ferr
	}
	opts.Future = future
	st, top, serr := buildSymtable(f, opts)
	if serr != nil {
		return nil, serr
	}
	c := &compiler{filename: f.Filename, st: st, opts: opts, future: leadingFutures(f.Body)}
	err = catch(func() {
		c.enterUnit(top, "<module>", 1)
		switch opts.Mode {
		case ModeEval:
			c.expr(body[0].(*syntax.ExprStmt).X)
			c.emit(bytecode.RETURN_VALUE, 0)
		case ModeSingle:
			c.interactive = true
			if findAnnotations(body) {
				c.emit(bytecode.SETUP_ANNOTATIONS, 0)
			}
			c.stmts(body)
			c.returnNone()
		default:
			c.body(body)
			c.returnNone()
		}
		code = c.leaveUnit()
	})
	if err != nil {
		return nil, err
	}
	return code, nil
}

// body compiles a module's or class's statements: the docstring stored
// as __doc__ (unless optimizing it away), SETUP_ANNOTATIONS when a name is
// annotated, then the statements.
func (c *compiler) body(stmts []syntax.Stmt) {
	if doc, ok := docstring(stmts); ok {
		if c.opts.Optimize < 2 {
			c.at(stmts[0])
			c.loadConst(doc)
			c.nameOp("__doc__", ctxStore)
		}
		stmts = stmts[1:]
	}
	if findAnnotations(stmts) {
		c.emit(bytecode.SETUP_ANNOTATIONS, 0)
	}
	c.stmts(stmts)
}

// compiler holds the state of one compilation.
type compiler struct {
	filename string
	st       *symtable
	u        *unit // the code object being generated
	opts     Options
	// interactive is set in "single" mode: expression statements at the
	// top level print their values.
	interactive bool
	// future holds the module's leading `from __future__` statements, the
	// only place they may appear (future.go).
	future map[*syntax.ImportFrom]bool
}

// instr is an instruction under construction; the argument of a jump is a
// label until assembly.
type instr struct {
	op        bytecode.Op
	arg       int32
	line, col int32
}

// unit is a code object under construction.
type unit struct {
	parent *unit
	scope  *scope
	code   *bytecode.Code

	instrs []instr
	labels []int // label -> instruction index, -1 while unbound

	constIdx map[string]int32
	nameIdx  map[string]int32
	varIdx   map[string]int32
	cellIdx  map[string]int32

	fblocks []fblock
	line    int32 // location given to emitted instructions
	col     int32
}

// label names a position in the instruction stream.
type label int32

// enterUnit starts generating the code object of scope s.
func (c *compiler) enterUnit(s *scope, name string, firstLine int32) {
	u := &unit{parent: c.u, scope: s, line: firstLine,
		constIdx: map[string]int32{}, nameIdx: map[string]int32{},
		varIdx: map[string]int32{}, cellIdx: map[string]int32{}}
	u.code = &bytecode.Code{Name: name, Filename: c.filename, FirstLine: int(firstLine)}
	u.code.QualName = c.qualName(s, name)
	switch s.kind {
	case moduleScope:
		u.code.Flags = bytecode.FlagModule
		u.code.QualName = "<module>"
		u.code.Dynamic = c.opts.Dynamic
	case classScope:
		u.code.Flags = bytecode.FlagClassBody
	case functionScope:
		if s.generator || s.coroutine {
			// Coroutines and async generators suspend as generators do.
			u.code.Flags |= bytecode.FlagGenerator
		}
		for _, p := range s.params {
			u.addVar(p)
		}
		for _, n := range s.order {
			if s.resolved[n] == bindLocal {
				u.addVar(n)
			}
		}
	}
	for _, n := range s.cellVars {
		u.cellIdx[n] = int32(len(u.cellIdx))
		arg := -1
		if i, ok := u.varIdx[n]; ok && isParam(s, n) {
			arg = int(i)
		}
		u.code.Cell2Arg = append(u.code.Cell2Arg, arg)
	}
	for _, n := range s.freeVars {
		u.cellIdx[n] = int32(len(u.cellIdx))
	}
	u.code.CellVars = s.cellVars
	u.code.FreeVars = s.freeVars
	c.u = u
}

func isParam(s *scope, name string) bool {
	for _, p := range s.params {
		if p == name {
			return true
		}
	}
	return false
}

func (u *unit) addVar(name string) {
	if _, ok := u.varIdx[name]; !ok {
		u.varIdx[name] = int32(len(u.code.VarNames))
		u.code.VarNames = append(u.code.VarNames, name)
	}
}

// leaveUnit assembles the current unit and returns to its parent.
func (c *compiler) leaveUnit() *bytecode.Code {
	u := c.u
	u.code.CoFlags = c.coFlags(u)
	assemble(u)
	c.u = u.parent
	return u.code
}

// qualName computes a code object's __qualname__ as CPython's
// compiler_set_qualname does.
func (c *compiler) qualName(s *scope, name string) string {
	p := s.parent
	if p == nil || p.kind == moduleScope || c.u == nil {
		return name
	}
	if !s.isLambda && !s.isComp && p.resolved[p.mangle(name)] == bindGlobalExplicit {
		return name
	}
	base := c.u.code.QualName
	if p.kind == functionScope && !p.isComp {
		base += ".<locals>"
	}
	return base + "." + name
}

// ---- emitting ----

func (c *compiler) emit(op bytecode.Op, arg int32) {
	u := c.u
	u.instrs = append(u.instrs, instr{op: op, arg: arg, line: u.line, col: u.col})
}

func (c *compiler) emitJump(op bytecode.Op, l label) { c.emit(op, int32(l)) }

func (c *compiler) newLabel() label {
	c.u.labels = append(c.u.labels, -1)
	return label(len(c.u.labels) - 1)
}

// bind places l at the next instruction.
func (c *compiler) bind(l label) { c.u.labels[l] = len(c.u.instrs) }

// at sets the location of the instructions emitted next to the start of n,
// returning the previous location for restore.
func (c *compiler) at(n syntax.Node) (int32, int32) {
	u := c.u
	line, col := u.line, u.col
	p := n.Start()
	u.line, u.col = p.Line, p.Col
	return line, col
}

func (c *compiler) restore(line, col int32) { c.u.line, c.u.col = line, col }

// atPos sets the location of the instructions emitted next to p.
func (c *compiler) atPos(p syntax.Pos) { c.u.line, c.u.col = p.Line, p.Col }

// mangle is name as the current block spells it in its code: private
// names are mangled with the enclosing class's name.
func (c *compiler) mangle(name string) string { return c.u.scope.mangle(name) }

// nameIndex is the index of name (mangled, as CPython's ADDOP_NAME does:
// attributes and imported names too) in the code's co_names.
func (c *compiler) nameIndex(name string) int32 {
	u := c.u
	name = c.mangle(name)
	if i, ok := u.nameIdx[name]; ok {
		return i
	}
	u.nameIdx[name] = int32(len(u.code.Names))
	u.code.Names = append(u.code.Names, name)
	return int32(len(u.code.Names) - 1)
}

func (c *compiler) returnNone() {
	c.loadConst(nil)
	c.emit(bytecode.RETURN_VALUE, 0)
}

// nameCtx says what a name operation does.
type nameCtx uint8

const (
	ctxLoad nameCtx = iota
	ctxStore
	ctxDel
)

var (
	fastOps   = [...]bytecode.Op{bytecode.LOAD_FAST, bytecode.STORE_FAST, bytecode.DELETE_FAST}
	derefOps  = [...]bytecode.Op{bytecode.LOAD_DEREF, bytecode.STORE_DEREF, bytecode.DELETE_DEREF}
	globalOps = [...]bytecode.Op{bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL}
	nameOps   = [...]bytecode.Op{bytecode.LOAD_NAME, bytecode.STORE_NAME, bytecode.DELETE_NAME}
)

// nameOp emits the load, store or delete of a variable, choosing the
// instruction from the name's binding and the kind of the current block
// (CPython's compiler_nameop).
func (c *compiler) nameOp(name string, ctx nameCtx) {
	u := c.u
	s := u.scope
	name = s.mangle(name)
	switch b := s.resolved[name]; {
	case b == bindFree || b == bindCell:
		c.emit(derefOps[ctx], u.cellIdx[name])
	case b == bindGlobalExplicit:
		c.emit(globalOps[ctx], c.nameIndex(name))
	case s.kind == functionScope && b == bindLocal:
		c.emit(fastOps[ctx], u.varIdx[name])
	case s.kind == classScope || s.kind == moduleScope && c.opts.Dynamic:
		c.emit(nameOps[ctx], c.nameIndex(name))
	default:
		c.emit(globalOps[ctx], c.nameIndex(name))
	}
}

// coFlags computes CPython's co_flags for a code object, as
// compute_code_flags does: functions (and lambdas, comprehensions) are
// optimized with new locals, nested when a function encloses them, and
// every code object carries the future flags in effect.
func (c *compiler) coFlags(u *unit) int {
	flags := c.opts.Future & bytecode.CoFutureMask
	if u.scope.kind != functionScope {
		return flags
	}
	flags |= bytecode.CoOptimized | bytecode.CoNewLocals
	if u.code.Flags&bytecode.FlagVarArgs != 0 {
		flags |= bytecode.CoVarArgs
	}
	if u.code.Flags&bytecode.FlagVarKeywords != 0 {
		flags |= bytecode.CoVarKeywords
	}
	switch s := u.scope; {
	case s.coroutine && (s.generator || s.isComp && s.node.(*syntax.Comp).Kind == syntax.GenExp):
		flags |= bytecode.CoAsyncGen
	case s.coroutine:
		flags |= bytecode.CoCoroutine
	case u.code.Flags&bytecode.FlagGenerator != 0:
		flags |= bytecode.CoGenerator
	}
	for p := u.scope.parent; p != nil; p = p.parent {
		if p.kind == functionScope {
			flags |= bytecode.CoNested
			break
		}
	}
	return flags
}
