package command

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// exitInternal is the exit status of a fault inside rcvm itself (a Go
// panic), BSD's EX_SOFTWARE, as core's thread guard uses.
const exitInternal = 70

// quietTraceback keeps Go's goroutine dumps from reaching the user: a
// fault the guards below cannot recover (a Go fatal error) prints its one
// message line and no stacks. RCVM_DEBUG or an explicit GOTRACEBACK keeps
// Go's default, for whoever is debugging rcvm itself.
func quietTraceback() {
	if os.Getenv("RCVM_DEBUG") == "" && os.Getenv("GOTRACEBACK") == "" {
		debug.SetTraceback("none")
	}
}

// guard is the last-resort handler of an entry point (a subcommand, or a
// goroutine it starts): deferred, it turns a Go panic that escaped every
// other handler into one line on stderr and the exit status
// exitInternal in *code, instead of a Go stack trace. RCVM_DEBUG adds the
// stack.
func guard(stderr io.Writer, code *int) {
	r := recover()
	if r == nil {
		return
	}
	reportPanic(stderr, r, debug.Stack())
	*code = exitInternal
}

// reportPanic writes a recovered panic as one line (and, with
// RCVM_DEBUG, its stack).
func reportPanic(stderr io.Writer, r any, stack []byte) {
	fmt.Fprintf(stderr, "rcvm: internal error: %v\n", r)
	if os.Getenv("RCVM_DEBUG") != "" {
		stderr.Write(stack)
	}
}
