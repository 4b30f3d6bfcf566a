// Package host describes the machine an experiment runs on: CPU model, core
// count, the Go version the rcvm binary was built with, GOMAXPROCS, GOGC,
// the git commit of the checkout and the date, as every results record
// must carry them.
package host

import (
	"bufio"
	"bytes"
	"context"
	"debug/buildinfo"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"github.com/rcvm/rcvm/experiments/results"
)

// Detect describes this machine. rcvm is the binary whose Go version is
// recorded (the running program's if empty or unreadable); python is the
// CPython used as a baseline ("" if none); dir is the checkout whose commit
// is recorded.
func Detect(rcvm, python, dir string) results.Host {
	h := results.Host{
		CPU:        cpuModel("/proc/cpuinfo"),
		Cores:      runtime.NumCPU(),
		Go:         goVersion(rcvm),
		GOMAXPROCS: runtime.GOMAXPROCS(0),
		GOGC:       os.Getenv("GOGC"),
		Commit:     commit(dir),
		Date:       time.Now().UTC().Format(time.RFC3339),
		OS:         runtime.GOOS + "/" + runtime.GOARCH,
	}
	if python != "" {
		h.Python = output(dir, python, "--version")
	}
	return h
}

// cpuModel reads the first "model name" (x86) or "Model"/"Processor" (ARM)
// line of a cpuinfo file.
func cpuModel(path string) string {
	b, err := os.ReadFile(path)
	if err == nil {
		return parseCPUInfo(b)
	}
	return "unknown " + runtime.GOARCH
}

func parseCPUInfo(b []byte) string {
	fallback := ""
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		key, val = strings.TrimSpace(key), strings.Join(strings.Fields(val), " ")
		switch key {
		case "model name":
			if val != "" {
				return val
			}
		case "Model", "Processor", "cpu model":
			if fallback == "" {
				fallback = val
			}
		}
	}
	if fallback != "" {
		return fallback
	}
	return "unknown " + runtime.GOARCH
}

// goVersion reads the Go version stamped into a binary.
func goVersion(bin string) string {
	if bin != "" {
		if info, err := buildinfo.ReadFile(bin); err == nil {
			return info.GoVersion
		}
	}
	return runtime.Version()
}

// commit returns the checkout's commit, with "-dirty" if it has changes.
func commit(dir string) string {
	c := output(dir, "git", "rev-parse", "--short=12", "HEAD")
	if c == "" {
		return "unknown"
	}
	if output(dir, "git", "status", "--porcelain", "--untracked-files=no") != "" {
		c += "-dirty"
	}
	return c
}

// output runs a short command and returns its trimmed output, or "".
func output(dir, name string, args ...string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
