// Command fakercvm is the stand-in rcvm of package fakercvm as a program,
// for trying the experiment pipeline by hand before the VM runs:
//
//	go build -o /tmp/fakercvm ./experiments/internal/fakercvm/fakercvm
//	RCVM_FAKE=python rcvm experiment overhead -quick -rcvm /tmp/fakercvm
//
// RCVM_FAKE defaults to "sim" here.
package main

import (
	"os"

	"github.com/rcvm/rcvm/experiments/internal/fakercvm"
)

func main() {
	if os.Getenv(fakercvm.EnvMode) == "" {
		os.Setenv(fakercvm.EnvMode, "sim")
	}
	fakercvm.Main()
}
