package command

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"time"

	"github.com/rcvm/rcvm/core"
	"github.com/rcvm/rcvm/internal/cpythontests"
)

func init() { subcommands["cpython-tests"] = cmdCPythonTests }

// cmdCPythonTests implements `rcvm cpython-tests`: modules of CPython's
// Lib/test run under CPython and under each strategy, one process per
// module, with a table of their outcomes and a total line per runner.
func cmdCPythonTests(args []string) int {
	fset := flag.NewFlagSet("cpython-tests", flag.ContinueOnError)
	strategies := fset.String("strategies", "gil,brc", "comma-separated strategies to run the tests under")
	modules := fset.String("modules", "", "comma-separated test modules (default: the core-language list; see -fast)")
	fast := fset.Bool("fast", false, "run the fast subset make test runs")
	timeout := fset.Duration("timeout", 5*time.Minute, "time limit of one module's run")
	python := fset.String("python", "python3", "the CPython 3.11 to compare with (\"\": none)")
	stdlib := fset.String("stdlib", "", "CPython 3.11's Lib/ for rcvm (default: as rcvm run finds it)")
	out := fset.String("out", "", "write the outcomes, one JSON object per line, to `FILE`")
	list := fset.Bool("list", false, "print the module list and exit")
	if !parseFlags(fset, "usage: rcvm cpython-tests [-strategies gil,brc] [-modules LIST | -fast] [-timeout D] [-python PY] [-out FILE]", args) {
		return 2
	}
	if *timeout <= 0 {
		fmt.Fprintln(os.Stderr, "rcvm cpython-tests: -timeout must be positive")
		return 2
	}
	mods := cpythontests.Core
	if *fast {
		mods = cpythontests.Fast
	}
	if *modules != "" {
		mods = splitList(*modules)
	}
	if *list {
		fmt.Println(strings.Join(mods, "\n"))
		return 0
	}
	names := splitList(*strategies)
	for _, s := range names {
		if _, ok := core.LookupStrategy(s); !ok {
			fmt.Fprintf(os.Stderr, "rcvm cpython-tests: unknown strategy %q (rcvm strategies lists them)\n", s)
			return 2
		}
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, "rcvm cpython-tests:", err)
		return 1
	}
	dir, err := os.MkdirTemp("", "rcvm-cpython-tests-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "rcvm cpython-tests:", err)
		return 1
	}
	defer os.RemoveAll(dir)

	var runners []cpythontests.Runner
	rep := cpythontests.Report{Modules: mods, Outcomes: map[string][]cpythontests.Outcome{}}
	if *python != "" {
		py, err := exec.LookPath(*python)
		if err != nil {
			fmt.Fprintf(os.Stderr, "rcvm cpython-tests: %v (use -python \"\" to run without CPython)\n", err)
			return 1
		}
		runners = append(runners, cpythontests.Runner{Name: "cpython", Command: []string{py}, Timeout: *timeout, Dir: dir})
		rep.Reference = "cpython"
	}
	for _, s := range names {
		cmd := []string{self, "run", "-strategy", s}
		if *stdlib != "" {
			cmd = append(cmd, "-stdlib", *stdlib)
		}
		runners = append(runners, cpythontests.Runner{Name: s, Command: cmd, Timeout: *timeout, Dir: dir})
	}
	for _, r := range runners {
		rep.Runners = append(rep.Runners, r.Name)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var enc *json.Encoder
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "rcvm cpython-tests:", err)
			return 1
		}
		defer f.Close()
		enc = json.NewEncoder(f)
	}
	for i, m := range mods {
		for _, r := range runners {
			if ctx.Err() != nil {
				fmt.Fprintln(os.Stderr, "rcvm cpython-tests: interrupted")
				return 130
			}
			o, err := r.RunModule(ctx, m)
			if err != nil {
				fmt.Fprintln(os.Stderr, "rcvm cpython-tests:", err)
				return 1
			}
			rep.Outcomes[r.Name] = append(rep.Outcomes[r.Name], o)
			fmt.Fprintf(os.Stderr, "[%d/%d] %s %s: %d passed, %d failed, %d errors, %d skipped (%s, %.1fs)\n",
				i+1, len(mods), m, r.Name, o.Passed, o.Failed, o.Errors, o.Skipped, o.Status, o.Seconds)
			if enc != nil {
				if err := enc.Encode(o); err != nil {
					fmt.Fprintln(os.Stderr, "rcvm cpython-tests:", err)
					return 1
				}
			}
		}
	}
	rep.Write(os.Stdout)
	return 0
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
