package command

import "github.com/rcvm/rcvm/experiments/cli"

// cmdPaper implements `rcvm paper [-run [-quick]] [flags]`: it regenerates
// the paper's figures and generated blocks from paper/results, after
// running every experiment with -run (see package experiments/cli).
func cmdPaper(args []string) int {
	return cli.Paper(args, cliEnv())
}
