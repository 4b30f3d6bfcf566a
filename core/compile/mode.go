package compile

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

// Mode is what a compilation produces, as compile()'s mode argument says.
type Mode uint8

const (
	// ModeExec compiles a module (a sequence of statements).
	ModeExec Mode = iota
	// ModeEval compiles one expression; the code returns its value.
	ModeEval
	// ModeSingle compiles one interactive statement: its top-level
	// expression statements pass their values to sys.displayhook.
	ModeSingle
)

// Options controls a compilation.
type Options struct {
	Mode Mode
	// Dynamic is set for code compiled at run time (compile(), exec(),
	// eval()): its top-level names use LOAD_NAME and STORE_NAME, as it may
	// run with locals other than its globals. A module the VM runs itself
	// leaves it unset: its locals are its globals, which the cached
	// LOAD_GLOBAL serves faster.
	Dynamic bool
	// Optimize is compile()'s optimize level: 1 removes assert statements
	// and makes __debug__ False, 2 also drops docstrings.
	Optimize int
	// Future holds the CO_FUTURE_* flags in effect from the start
	// (inherited from the calling code, or given to compile()).
	Future int
	// IgnoreCookie is set for source that is already text (a str given to
	// compile() or exec()): a coding declaration in it is not applied.
	IgnoreCookie bool
}

// CompileSource parses and compiles src as opts say. The error, if any, is
// a *syntax.Error with its source text filled in.
func CompileSource(filename string, src []byte, opts Options) (*bytecode.Code, error) {
	var f *syntax.File
	var err error
	if !opts.IgnoreCookie {
		if src, err = syntax.DecodeSource(filename, src); err != nil {
			return nil, err
		}
	}
	switch opts.Mode {
	case ModeEval:
		var e syntax.Expr
		e, err = syntax.ParseExpr(filename, src)
		if err == nil {
			f = &syntax.File{Filename: filename, Body: []syntax.Stmt{&syntax.ExprStmt{X: e}}}
		}
	case ModeSingle:
		f, err = syntax.ParseSingle(filename, src)
	default:
		f, err = syntax.Parse(filename, src)
	}
	if err != nil {
		return nil, err
	}
	code, cerr := compileFile(f, opts)
	if cerr != nil {
		cerr.Filename = filename
		if !opts.Dynamic {
			// (CPython's compiler errors read the line from the file
			// named, which may not be src: the runtime does that.)
			cerr.Text = syntax.SourceLine(src, cerr.Line)
		}
		return nil, cerr
	}
	return code, nil
}
