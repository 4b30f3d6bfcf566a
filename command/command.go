// Package command is the whole rcvm command line — run, strategies,
// experiment, paper, and every flag — as a library, so that a binary with
// strategies of its own is a main of a few lines:
//
//	package main
//
//	import (
//		"github.com/rcvm/rcvm/command"
//		_ "example.com/mine/mystrategy" // registers itself with core.Register
//	)
//
//	func main() { command.Main() }
//
// The binary has every built-in strategy beside the imported ones, and its
// experiments measure whatever `strategies` lists: by default `experiment`
// and `paper -run` run the binary that runs them (os.Executable), so
//
//	mybinary experiment overhead scaling -strategies gil,brc,mystrategy
//
// writes results, figures and tables with mystrategy beside the built-ins.
// cmd/rcvm is such a main; examples/customstrategy shows one outside the
// rcvm module.
//
//	rcvm run [flags] FILE [ARGS...]
//	rcvm strategies [-v]
//	rcvm experiment NAME... [flags] | rcvm experiment list
//	rcvm paper [-run [-quick]] [flags]
package command

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"sort"
	"syscall"

	_ "github.com/rcvm/rcvm/modules/all"
	_ "github.com/rcvm/rcvm/strategies/all"
)

// subcommands maps a subcommand name to its entry point; each returns the
// process exit status.
var subcommands = map[string]func(args []string) int{
	"run":        cmdRun,
	"strategies": cmdStrategies,
}

func usage() {
	names := make([]string, 0, len(subcommands))
	for n := range subcommands {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintf(os.Stderr, "usage: rcvm COMMAND [ARGS...]\ncommands: %v\n", names)
	fmt.Fprintf(os.Stderr, "  rcvm run [-strategy NAME] [-checked] [-stats FILE] FILE [ARGS...]\n")
}

// Main runs the command line of the process (os.Args) and exits with its
// status.
func Main() {
	quietTraceback()
	// CPython ignores SIGPIPE at start-up, so that a write to a closed
	// pipe fails with EPIPE (BrokenPipeError) instead of killing the
	// process; without this, Go's runtime dies by SIGPIPE on fd 1 and 2.
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(Run(os.Args[1:]))
}

// Run runs one command line, without the program name (`run prog.py`,
// `strategies -v`, ...), and returns the exit status.
func Run(args []string) (code int) {
	defer guard(os.Stderr, &code)
	if len(args) < 1 {
		usage()
		return 2
	}
	cmd, ok := subcommands[args[0]]
	if !ok {
		fmt.Fprintf(os.Stderr, "rcvm: unknown command %q\n", args[0])
		usage()
		return 2
	}
	return cmd(args[1:])
}

// parseFlags parses the flags of a subcommand that takes no positional
// arguments; its usage message is the given line followed by the flags.
// It reports false, after printing the usage, when the arguments are bad.
func parseFlags(fset *flag.FlagSet, usageLine string, args []string) bool {
	fset.Usage = func() {
		fmt.Fprintln(os.Stderr, usageLine)
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return false
	}
	if fset.NArg() > 0 {
		fset.Usage()
		return false
	}
	return true
}
