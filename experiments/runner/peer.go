package runner

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Peer is one CPython the experiments run beside rcvm.
type Peer struct {
	// Name labels its series: the version with "t" for a free-threaded
	// build ("3.11", "3.13t").
	Name string
	// Path is the interpreter (the real executable, not a version
	// manager's shim).
	Path string
	// Version is its full version, e.g. "3.13.0".
	Version string
	// FreeThreaded says it was built with --disable-gil
	// (sysconfig's Py_GIL_DISABLED); GIL whether its GIL was enabled when
	// asked (sys._is_gil_enabled(); always true before 3.13).
	FreeThreaded, GIL bool
}

// String describes the peer for the host record and progress lines.
func (p Peer) String() string {
	gil := "GIL enabled"
	if !p.GIL {
		gil = "GIL disabled"
	}
	return fmt.Sprintf("CPython %s (%s, %s)", p.Version, gil, p.Path)
}

// probe asks the interpreter for what Peer records, in one start.
const probe = `import sys, sysconfig
gil = getattr(sys, "_is_gil_enabled", lambda: True)()
ft = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
print(sys.executable)
print("%d.%d.%d" % sys.version_info[:3])
print(int(ft), int(gil))`

// DetectPeer runs a CPython once to find its real executable, version and
// whether its GIL is enabled.
func DetectPeer(ctx context.Context, python string, env []string) (Peer, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, "-c", probe)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		return Peer{}, fmt.Errorf("runner: %s does not run as a CPython: %w", python, err)
	}
	return parsePeer(python, string(out))
}

// parsePeer reads probe's output.
func parsePeer(python, out string) (Peer, error) {
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		return Peer{}, fmt.Errorf("runner: %s: unexpected answer %q", python, out)
	}
	p := Peer{Path: strings.TrimSpace(lines[0]), Version: strings.TrimSpace(lines[1])}
	if p.Path == "" {
		p.Path = python
	}
	if st, err := os.Stat(p.Path); err != nil || st.IsDir() {
		p.Path = python
	}
	var ft, gil int
	if _, err := fmt.Sscan(lines[2], &ft, &gil); err != nil {
		return Peer{}, fmt.Errorf("runner: %s: unexpected answer %q", python, out)
	}
	p.FreeThreaded, p.GIL = ft == 1, gil == 1
	parts := strings.SplitN(p.Version, ".", 3)
	if len(parts) < 2 {
		return Peer{}, fmt.Errorf("runner: %s: unexpected version %q", python, p.Version)
	}
	p.Name = parts[0] + "." + parts[1]
	if p.FreeThreaded {
		p.Name += "t"
	}
	return p, nil
}
