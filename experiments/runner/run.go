package runner

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/rcvm/rcvm/experiments/results"
)

// outputLimit bounds how much of a child's stdout is kept (and parsed).
const outputLimit = 4 << 20

// Run takes one measurement. The measurement is always returned; err says
// why it failed (the program could not start, exited non-zero, was killed
// at ctx's deadline, or wrote no report), with the tail of its stderr.
func (t Tools) Run(ctx context.Context, j Job) (*results.Measurement, error) {
	m := &results.Measurement{ExitCode: -1}
	ps, err := t.processes(j)
	if err != nil {
		return m, err
	}
	type child struct {
		cmd    *exec.Cmd
		stdout *limitedBuffer
		stderr *limitedBuffer
		err    error
		end    time.Time
		rss    int64
	}
	children := make([]*child, len(ps))
	env := append(os.Environ(), t.Env...)
	for i, p := range ps {
		cmd := exec.CommandContext(ctx, p.argv[0], p.argv[1:]...)
		cmd.Env = append(env[:len(env):len(env)], p.env...)
		c := &child{cmd: cmd, stdout: &limitedBuffer{max: outputLimit}, stderr: &limitedBuffer{max: 64 << 10, tail: true}}
		cmd.Stdout, cmd.Stderr = c.stdout, c.stderr
		cmd.WaitDelay = 2 * time.Second
		children[i] = c
	}

	cpu := -1
	if len(children) == 1 && (j.Config.Pin || (t.Pin && j.Config.Threads == 1)) {
		cpu = pinCPU()
	}
	start := time.Now()
	for i, c := range children {
		var err error
		if cpu >= 0 {
			err = startPinned(c.cmd, cpu)
			m.Pinned = fmt.Sprintf("cpu %d", cpu)
		} else {
			err = c.cmd.Start()
		}
		if err != nil {
			for _, started := range children[:i] {
				_ = started.cmd.Process.Kill()
				_ = started.cmd.Wait()
			}
			return m, fmt.Errorf("runner: starting %s: %w", ps[i].argv[0], err)
		}
	}
	// Peak memory is sampled only where it is reported (the counting
	// modes), so that timing runs share the machine with nothing.
	sample := rssSampling && j.Config.Mode != results.ModeTiming
	var wg sync.WaitGroup
	for _, c := range children {
		wg.Add(1)
		done := make(chan struct{})
		if sample {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c.rss = sampleRSS(c.cmd.Process.Pid, 5*time.Millisecond, done)
			}()
		}
		go func() {
			defer wg.Done()
			c.err = c.cmd.Wait()
			c.end = time.Now()
			close(done)
		}()
	}
	wg.Wait()

	m.ExitCode = 0
	var errs []error
	var out strings.Builder
	for i, c := range children {
		if c.end.Sub(start).Seconds() > m.WallSeconds {
			m.WallSeconds = c.end.Sub(start).Seconds()
		}
		addUsage(m, c.cmd.ProcessState)
		if sample && c.rss > 0 {
			if !m.RSSSampled {
				m.MaxRSSBytes = 0 // replace rusage's figure, see sampleRSS
			}
			m.RSSSampled = true
			m.MaxRSSBytes = max(m.MaxRSSBytes, c.rss)
		}
		out.Write(c.stdout.Bytes())
		if c.err == nil && strings.Contains(c.stderr.String(), "Traceback (most recent call last):") {
			m.Traceback = true
			errs = append(errs, fmt.Errorf("%s: exited 0 but printed a traceback (an exception in a thread?)%s",
				strings.Join(ps[i].argv, " "), indentTail(c.stderr.String(), 6)))
		}
		if c.err != nil {
			code := -1
			if c.cmd.ProcessState != nil && c.cmd.ProcessState.Exited() {
				code = c.cmd.ProcessState.ExitCode()
			}
			if m.ExitCode == 0 {
				m.ExitCode = code
			}
			errs = append(errs, childError(ctx, ps[i].argv, c.err, c.stderr.String()))
		}
	}
	m.CPUSeconds = m.UserSeconds + m.SysSeconds
	var work float64
	stdout := out.String()
	if j.Protocol == ProtocolFTScaling {
		stdout = ftTimings(stdout, j.Config.Workload)
	}
	m.Timings, work = parseTimings(stdout, j.Protocol == ProtocolPyperf)
	if j.Protocol == ProtocolCCBench {
		m.Timings = ccbenchTimings(stdout)
	}
	if len(errs) == 0 {
		errs = append(errs, readOutputs(m, ps))
	}
	switch {
	case !math.IsNaN(work):
		m.WorkSeconds = work
	case m.Report != nil && m.Report.WallSeconds > 0:
		m.WorkSeconds = m.Report.WallSeconds
	default:
		m.WorkSeconds = m.WallSeconds
	}
	return m, errors.Join(errs...)
}

// childError describes a failed child: killed at the deadline, or its exit
// status and the last lines of its stderr.
func childError(ctx context.Context, argv []string, err error, stderr string) error {
	cmdline := strings.Join(argv, " ")
	if ctx.Err() != nil {
		return fmt.Errorf("%s: killed: %w", cmdline, context.Cause(ctx))
	}
	return fmt.Errorf("%s: %w%s", cmdline, err, indentTail(stderr, 6))
}

// indentTail returns the last n lines of s, each on its own indented line.
func indentTail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) == 1 && lines[0] == "" {
		return ""
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return "\n    " + strings.Join(lines, "\n    ")
}
