package runner

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Strategy is one line of `rcvm strategies`.
type Strategy struct {
	Name        string
	Description string
}

// Strategies asks the rcvm binary which strategies it has.
func (t Tools) Strategies(ctx context.Context) ([]Strategy, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, t.RCVM, "strategies")
	cmd.Env = append(os.Environ(), t.Env...)
	var stderr limitedBuffer
	stderr.max, stderr.tail = 4096, true
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("runner: %s strategies: %w%s", t.RCVM, err, indentTail(stderr.String(), 4))
	}
	var list []Strategy
	for _, line := range strings.Split(string(out), "\n") {
		name, desc, _ := strings.Cut(strings.TrimSpace(line), "\t")
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		list = append(list, Strategy{Name: name, Description: strings.TrimSpace(desc)})
	}
	if len(list) == 0 {
		return nil, fmt.Errorf("runner: %s strategies listed no strategy", t.RCVM)
	}
	return list, nil
}
