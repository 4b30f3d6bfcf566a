package compile

import (
	"fmt"

	"github.com/rcvm/rcvm/core/syntax"
)

// compileError carries a *syntax.Error up the compiler's stack.
type compileError struct{ err *syntax.Error }

// fail aborts compilation with a SyntaxError spanning node n.
func fail(n syntax.Node, format string, args ...any) {
	start, end := n.Start(), n.End()
	panic(compileError{&syntax.Error{Kind: syntax.KindSyntax, Msg: fmt.Sprintf(format, args...),
		Line: int(start.Line), Col: int(start.Col), EndLine: int(end.Line), EndCol: int(end.Col)}})
}

// catch runs f and returns the error it failed with, if any. A panic that
// is not a compileError is a compiler bug; it is still reported as a
// SyntaxError ("internal compiler error"), which the fuzz tests look for.
func catch(f func()) (err *syntax.Error) {
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(compileError)
			if !ok {
				err = &syntax.Error{Kind: syntax.KindSyntax, Msg: fmt.Sprintf("internal compiler error: %v", r)}
				return
			}
			err = ce.err
		}
	}()
	f()
	return nil
}
