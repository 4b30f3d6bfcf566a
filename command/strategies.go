package command

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rcvm/rcvm/core"
)

// cmdStrategies implements `rcvm strategies [-v]`: the registered
// strategies, one per line (NAME, a tab, its description: the experiments
// read this list); with -v each strategy's options follow it, indented.
func cmdStrategies(args []string) int {
	fset := flag.NewFlagSet("strategies", flag.ContinueOnError)
	verbose := fset.Bool("v", false, "list each strategy's options (-strategy-opt NAME=VALUE) too")
	if !parseFlags(fset, "usage: rcvm strategies [-v]", args) {
		return 2
	}
	listStrategies(os.Stdout, core.Strategies(), *verbose)
	return 0
}

// listStrategies writes the list `rcvm strategies` prints.
func listStrategies(w io.Writer, list []core.StrategyInfo, verbose bool) {
	for _, s := range list {
		fmt.Fprintf(w, "%s\t%s\n", s.Name, s.Description)
		if !verbose {
			continue
		}
		for _, o := range s.Options {
			kind := o.Type()
			if len(o.Choices) > 0 {
				kind = strings.Join(o.Choices, "|")
			}
			fmt.Fprintf(w, "    -strategy-opt %s=%s\tdefault %v: %s\n", o.Name, kind, o.Default, o.Help)
		}
	}
}
