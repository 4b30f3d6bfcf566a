// Command rcvm-sharedmark is the whole rcvm command line (run, strategies,
// experiment, paper) with the sharedmark strategy beside the built-in ones:
//
//	rcvm-sharedmark run -strategy sharedmark -checked prog.py
//	rcvm-sharedmark experiment overhead scaling -strategies gil,brc,sharedmark
package main

import (
	"github.com/rcvm/rcvm/command"

	// Registers the sharedmark strategy with core.
	_ "github.com/rcvm/rcvm/examples/customstrategy/sharedmark"
)

func main() { command.Main() }
