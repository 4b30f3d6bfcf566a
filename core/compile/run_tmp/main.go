package main

import (
	"fmt"
	"os"

	"github.com/rcvm/rcvm/core"
	_ "github.com/rcvm/rcvm/strategies/gil"
)

func main() {
	vm, err := core.NewVM(core.Config{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	res, err := vm.RunFile(os.Args[1], os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	os.Exit(res.ExitCode)
}
