// Command rcvm runs Python programs on the rcvm VM with a chosen
// refcount-safety strategy, lists the strategies, and runs the experiments
// that compare them.
//
//	rcvm run [flags] FILE [ARGS...]
//	rcvm strategies
//	rcvm experiment NAME [flags] | rcvm experiment list
package main

import (
	"fmt"
	"os"
	"sort"

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

func main() {
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	cmd, ok := subcommands[os.Args[1]]
	if !ok {
		fmt.Fprintf(os.Stderr, "rcvm: unknown command %q\n", os.Args[1])
		usage()
		os.Exit(2)
	}
	os.Exit(cmd(os.Args[2:]))
}
