package command

import (
	"os"

	"github.com/rcvm/rcvm/experiments/cli"
)

// The experiment commands register themselves, so that main's table of
// subcommands need not know them.
func init() {
	subcommands["experiment"] = cmdExperiment
	subcommands["paper"] = cmdPaper
}

// cmdExperiment implements `rcvm experiment NAME... [flags]` and
// `rcvm experiment list` (see package experiments/cli).
func cmdExperiment(args []string) int {
	return cli.Experiment(args, cliEnv())
}

// cliEnv gives the experiment commands this process's output streams and
// its own binary as the rcvm to measure by default.
func cliEnv() cli.Env {
	self, err := os.Executable()
	if err != nil {
		self = os.Args[0]
	}
	return cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Self: self}
}
