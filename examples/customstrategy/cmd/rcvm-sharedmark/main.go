// Command rcvm-sharedmark runs a Python program on rcvm with the sharedmark
// strategy, which lives outside the rcvm module (see package sharedmark).
//
//	rcvm-sharedmark [-checked] [-stats FILE] FILE [ARGS...]
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/rcvm/rcvm/core"
	"github.com/rcvm/rcvm/examples/customstrategy/sharedmark"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs the program named in args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("rcvm-sharedmark", flag.ContinueOnError)
	fset.SetOutput(stderr)
	checked := fset.Bool("checked", false, "count uses after free, negative counts and leaks")
	stats := fset.String("stats", "", "write the counters as JSON to `FILE`")
	if err := fset.Parse(args); err != nil {
		return 2
	}
	if fset.NArg() < 1 {
		fmt.Fprintln(stderr, "usage: rcvm-sharedmark [-checked] [-stats FILE] FILE [ARGS...]")
		return 2
	}
	vm, err := core.NewVM(core.Config{
		Strategy: sharedmark.Name,
		Checked:  *checked,
		Stats:    *stats != "",
		Stdout:   stdout,
		Stderr:   stderr,
	})
	if err != nil {
		fmt.Fprintf(stderr, "rcvm-sharedmark: %v\n", err)
		return 2
	}
	res, err := vm.RunFile(fset.Arg(0), fset.Args())
	if err != nil {
		var ie *core.InternalError
		if errors.As(err, &ie) {
			fmt.Fprintf(stderr, "rcvm-sharedmark: internal error: %s\n", ie.Msg)
			return 70
		}
		fmt.Fprintf(stderr, "rcvm-sharedmark: %v\n", err)
		return 2
	}
	if *stats != "" {
		data, _ := json.MarshalIndent(res.Stats.Map(), "", "  ")
		if err := os.WriteFile(*stats, append(data, '\n'), 0o644); err != nil {
			fmt.Fprintf(stderr, "rcvm-sharedmark: -stats: %v\n", err)
			return 1
		}
	}
	return res.ExitCode
}
