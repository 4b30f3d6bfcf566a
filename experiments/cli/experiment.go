package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/rcvm/rcvm/experiments"
	"github.com/rcvm/rcvm/experiments/results"
	"github.com/rcvm/rcvm/paper/gen"
	"github.com/rcvm/rcvm/plots"
)

const experimentUsage = `usage: rcvm experiment NAME... [flags]
       rcvm experiment list

Runs experiments (NAME may be a comma-separated list, or all), writes one
results file per experiment (OUT/NAME-HOST.jsonl), draws the figures into
OUT/figures and prints a summary table of each. Flags:
`

// Experiment implements `rcvm experiment`; it returns the exit status.
func Experiment(args []string, env Env) int {
	if len(args) > 0 && args[0] == "list" {
		listExperiments(env)
		return 0
	}
	names, rest := splitArgs(args)
	var f runFlags
	fs := flag.NewFlagSet("rcvm experiment", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprint(env.Stderr, experimentUsage)
		fs.PrintDefaults()
	}
	f.register(fs)
	out := fs.String("out", "", "the results directory (default out/quick or out/full)")
	noPlots := fs.Bool("no-plots", false, "do not draw figures")
	dryRun := fs.Bool("dry-run", false, "print what would run, with the time estimate, and stop")
	if err := fs.Parse(rest); err != nil {
		return 2
	}
	names = append(names, fs.Args()...)
	if len(names) == 0 {
		fs.Usage()
		return 2
	}
	specs, err := experiments.Lookup(names...)
	if err != nil {
		fmt.Fprintln(env.Stderr, "rcvm experiment:", err)
		return 2
	}
	if *out == "" {
		*out = filepath.Join("out", map[bool]string{true: "quick", false: "full"}[f.quick])
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	outcomes, code := runAll(ctx, specs, &f, env, *out, *dryRun)
	if *dryRun || len(outcomes) == 0 {
		return code
	}
	var recs []results.Record
	for _, o := range outcomes {
		recs = append(recs, o.Records...)
	}
	if !*noPlots {
		figs, err := plots.WriteFigures(recs, filepath.Join(*out, "figures"))
		if err != nil {
			fmt.Fprintln(env.Stderr, "rcvm experiment:", err)
			code = 1
		}
		for _, fig := range figs {
			fmt.Fprintln(env.Stderr, "figure:", fig.PNG)
		}
	}
	printSummary(env, specs, recs)
	return code
}

// runAll prepares and runs the experiments, printing the estimate first.
// The exit status is 1 if an experiment could not start or measured
// nothing, or the run was interrupted.
func runAll(ctx context.Context, specs []experiments.Spec, f *runFlags, env Env, out string, dryRun bool) ([]*experiments.Outcome, int) {
	opts, err := f.options(ctx, env, out)
	if err != nil {
		fmt.Fprintln(env.Stderr, "rcvm experiment:", err)
		return nil, 1
	}
	var plans []*experiments.Plan
	var total, longest time.Duration
	runs := 0
	for _, s := range specs {
		p, err := experiments.Prepare(ctx, s, opts)
		if err != nil {
			fmt.Fprintln(env.Stderr, "rcvm experiment:", err)
			return nil, 1
		}
		plans = append(plans, p)
		total += p.Estimate(nil)
		longest += p.Longest(nil)
		runs += p.Runs()
	}
	var names []string
	for _, p := range plans {
		names = append(names, fmt.Sprintf("%s (%s)", p.Spec.Name, p.SizeName))
	}
	fmt.Fprintf(env.Stderr, "rcvm experiment: %s on %s: at least %d measured runs, estimated %s (a guess: it assumes that threads under a GIL never overlap and that calibrated sizes hit their targets)",
		strings.Join(names, ", "), opts.Host.Key(), runs, total.Round(time.Second))
	if longest > total {
		fmt.Fprintf(env.Stderr, "; then rounds are added until every interval is within ±%.0f%% (ratios) or ±%.2g (speedups), for at most %s in all",
			100*plans[0].Precision.Rel, plans[0].Precision.Abs, longest.Round(time.Second))
	}
	fmt.Fprintln(env.Stderr)
	if dryRun {
		printPlans(env, plans)
		return nil, 0
	}
	opts.Progress = experiments.NewProgress(env.Stderr, total)
	start := time.Now()
	var outcomes []*experiments.Outcome
	code := 0
	for _, p := range plans {
		o, err := p.Run(ctx, opts)
		if o != nil {
			outcomes = append(outcomes, o)
		}
		if err != nil {
			opts.Progress.Finish()
			fmt.Fprintln(env.Stderr, "rcvm experiment:", err)
			return outcomes, 1
		}
		if o.Measured-o.Failed == 0 {
			fmt.Fprintf(env.Stderr, "rcvm experiment: %s measured nothing successfully; see the errors above and in %s\n", p.Spec.Name, o.Path)
			code = 1
		}
	}
	opts.Progress.Finish()
	for _, o := range outcomes {
		fmt.Fprintf(env.Stderr, "results: %s (%d runs, %d failed, %d disturbed by outside load and run again, %d configurations left out)\n",
			o.Path, o.Measured, o.Failed, o.Disturbed, o.Errors)
	}
	fmt.Fprintf(env.Stderr, "rcvm experiment: done in %s\n", time.Since(start).Round(time.Second))
	return outcomes, code
}

func printPlans(env Env, plans []*experiments.Plan) {
	for _, p := range plans {
		fmt.Fprintf(env.Stdout, "%s (%s): %d reps, threads %v, target %.2f s", p.Spec.Name, p.SizeName, p.Size.Reps, p.Threads, p.Size.Target)
		if p.Precision.Budget > 0 {
			fmt.Fprintf(env.Stdout, ", adaptive rounds within %s", p.Precision.Budget)
		}
		if p.Size.N != "" {
			fmt.Fprintf(env.Stdout, ", N = %s", p.Size.N)
		}
		fmt.Fprintln(env.Stdout)
		for _, w := range p.Workloads {
			fmt.Fprintf(env.Stdout, "  workload %s %s\n", w.Name, strings.Join(w.Args, " "))
		}
		for _, s := range p.Series {
			fmt.Fprintf(env.Stdout, "  series %s %s\n", s.Series(), strings.Join(s.Flags, " "))
		}
		for _, n := range p.Notes {
			fmt.Fprintf(env.Stdout, "  note: %s\n", n)
		}
	}
}

// printSummary prints each experiment's tables, then the seeds' claims
// and the project's goals with their verdicts, computed by the paper's
// own verdict logic on these results alone (a claim whose experiment did
// not run here is "not measured").
func printSummary(env Env, specs []experiments.Spec, recs []results.Record) {
	tables := plots.Tables(recs)
	for _, s := range specs {
		for _, t := range plots.TablesFor(tables, s.Name) {
			fmt.Fprintf(env.Stdout, "\n## %s: %s (%s)\n\n%s", s.Name, t.Title, t.Host.Key(), t.Markdown())
		}
	}
	for _, hv := range gen.Verdicts(recs) {
		for _, part := range []struct {
			title string
			list  []gen.Claim
		}{{"The seeds' claims", hv.Claims}, {"The project's goals", hv.Goals}} {
			t := plots.Table{Header: []string{"#", "claim", "result", "verdict"}}
			for i, c := range part.list {
				t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), c.Text, c.Result, c.Verdict})
			}
			fmt.Fprintf(env.Stdout, "\n## %s, as the paper judges them (%s)\n\n%s", part.title, hv.Host.Key(), t.Markdown())
		}
	}
	fmt.Fprintln(env.Stdout, "\nA verdict needs a 95% interval on the right side of its rule; \"inconclusive\" means the run was too short or too noisy to decide.")
}

func listExperiments(env Env) {
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tWHAT\tWORKLOADS")
	for _, s := range experiments.All() {
		var ws []string
		for _, w := range s.Workloads {
			ws = append(ws, strings.TrimSpace(w.Pattern+" "+strings.Join(w.Args, " ")))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", s.Name, s.Title, strings.Join(ws, ", "))
	}
	tw.Flush()
	fmt.Fprintln(env.Stdout, "\nrcvm experiment NAME... [-quick] [-out DIR] [-threads LIST] [-reps N] [-strategies LIST]; NAME may be all")
}
