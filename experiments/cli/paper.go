package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/rcvm/rcvm/experiments"
	"github.com/rcvm/rcvm/paper/gen"
)

const paperUsage = `usage: rcvm paper [-run [-quick]] [flags]

Regenerates the paper's figures and the generated blocks of paper.md from
the results files. With -run it first runs every experiment (full size
unless -quick) into the results directory, replacing this host's files.
Flags:
`

// Paper implements `rcvm paper`; it returns the exit status.
func Paper(args []string, env Env) int {
	var f runFlags
	fs := flag.NewFlagSet("rcvm paper", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprint(env.Stderr, paperUsage)
		fs.PrintDefaults()
	}
	f.register(fs)
	run := fs.Bool("run", false, "run the experiments first")
	only := fs.String("experiments", "all", "with -run: the experiments to run")
	resultsDir := fs.String("results", "paper/results", "the results directory")
	figuresDir := fs.String("figures", "paper/figures", "the figures directory")
	paperPath := fs.String("paper", "paper/paper.md", "the paper whose generated blocks are rewritten")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "rcvm paper: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if _, err := os.Stat(*paperPath); err != nil {
		fmt.Fprintf(env.Stderr, "rcvm paper: %v (run from the repository root, or give -paper FILE)\n", err)
		return 1
	}
	code := 0
	if *run {
		specs, err := experiments.Lookup(splitList(*only)...)
		if err != nil {
			fmt.Fprintln(env.Stderr, "rcvm paper:", err)
			return 2
		}
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		var outcomes []*experiments.Outcome
		outcomes, code = runAll(ctx, specs, &f, env, *resultsDir, false)
		if ctx.Err() != nil || (len(outcomes) == 0 && code != 0) {
			return 1
		}
	}
	out, err := gen.Generate(gen.Options{ResultsDir: *resultsDir, FiguresDir: *figuresDir, PaperPath: *paperPath})
	if err != nil {
		fmt.Fprintln(env.Stderr, "rcvm paper:", err)
		return 1
	}
	state := "unchanged"
	if out.Changed {
		state = "regenerated"
	}
	fmt.Fprintf(env.Stdout, "%s: %s from %d records (%d hosts) in %s, %d figures in %s\n",
		*paperPath, state, out.Records, out.Hosts, *resultsDir, len(out.Figures), *figuresDir)
	for _, b := range out.Unfilled {
		fmt.Fprintf(env.Stderr, "rcvm paper: no generator for block %q: left as it was\n", b)
	}
	return code
}
