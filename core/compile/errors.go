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

// catch runs f and returns the error it failed with, if any.
func catch(f func()) (err *syntax.Error) {
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(compileError)
			if !ok {
				panic(r)
			}
			err = ce.err
		}
	}()
	f()
	return nil
}
