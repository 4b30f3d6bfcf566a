package command

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/rcvm/rcvm/core"
)

// What rcvm run runs, in the forms of CPython's command line: FILE or DIR,
// -m MODULE, -c COMMAND, or - (standard input), each followed by the
// program's own arguments, which rcvm's flag parsing never looks at.

// splitRunArgs splits rcvm run's arguments into rcvm's own flags and the
// program part: the first argument that is not one of fset's flags (or its
// value), or -m/-c, starts the program part.
func splitRunArgs(fset *flag.FlagSet, args []string) (own, rest []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return args[:i], args[i+1:]
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			return args[:i], args[i:]
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "m" || name == "c" {
			return args[:i], args[i:]
		}
		f := fset.Lookup(name)
		if f == nil {
			return args[:i+1], args[i+1:] // an unknown flag: let Parse report it
		}
		if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
			continue
		}
		if !hasValue {
			i++
		}
	}
	return args, nil
}

// runProgram turns the program part of the command line into a Program,
// with sys.argv as CPython sets it ("-c" or "-m" first for those forms,
// "-" for standard input). code is non-zero for a usage error.
func runProgram(rest []string) (p core.Program, code int) {
	first := rest[0]
	opt, val, hasVal := strings.Cut(first, "=")
	switch {
	case opt == "-m" || opt == "--m" || opt == "-c" || opt == "--c":
		args := rest[1:]
		if !hasVal {
			if len(args) == 0 {
				fmt.Fprintf(os.Stderr, "rcvm: argument expected for the %s option\n", strings.TrimLeft(opt, "-"))
				return p, 2
			}
			val, args = args[0], args[1:]
		}
		if strings.HasSuffix(opt, "m") {
			return core.Program{Module: val, Args: append([]string{"-m"}, args...)}, 0
		}
		return core.Program{Source: []byte(val), Filename: "<string>", Args: append([]string{"-c"}, args...)}, 0
	case first == "-":
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(os.Stderr, "rcvm: reading the program from standard input: %v\n", err)
			return p, 2
		}
		return core.Program{Source: src, Filename: "<stdin>", Args: rest}, 0
	}
	return core.Program{Path: first, Args: rest}, 0
}

// pythonPath is PYTHONPATH's directories (an empty entry is the current
// directory, as CPython takes it).
func pythonPath() []string {
	v, ok := os.LookupEnv("PYTHONPATH")
	if !ok || v == "" {
		return nil
	}
	return filepath.SplitList(v)
}
