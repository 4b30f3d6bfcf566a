//go:build unix

package runner

import (
	"os"
	"runtime"
	"syscall"

	"github.com/rcvm/rcvm/experiments/results"
)

// addUsage adds a finished child's CPU time and peak resident set to m.
func addUsage(m *results.Measurement, ps *os.ProcessState) {
	if ps == nil {
		return
	}
	m.UserSeconds += ps.UserTime().Seconds()
	m.SysSeconds += ps.SystemTime().Seconds()
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok && !m.RSSSampled {
		rss := int64(ru.Maxrss)
		if runtime.GOOS != "darwin" { // Linux and the BSDs count kilobytes.
			rss *= 1024
		}
		m.MaxRSSBytes = max(m.MaxRSSBytes, rss)
	}
}
