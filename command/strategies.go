package command

import (
	"fmt"

	"github.com/rcvm/rcvm/core"
)

// cmdStrategies lists the registered strategies, one per line.
func cmdStrategies(args []string) int {
	for _, s := range core.Strategies() {
		fmt.Printf("%s\t%s\n", s.Name, s.Description)
	}
	return 0
}
