//go:build !unix

package runner

import (
	"os"

	"github.com/rcvm/rcvm/experiments/results"
)

// addUsage adds a finished child's CPU time to m (no peak resident set
// outside Unix).
func addUsage(m *results.Measurement, ps *os.ProcessState) {
	if ps == nil {
		return
	}
	m.UserSeconds += ps.UserTime().Seconds()
	m.SysSeconds += ps.SystemTime().Seconds()
}
