package pyperf_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/core"
	"github.com/rcvm/rcvm/internal/difftest"
)

// TestPyperf runs each testdata program on rcvm (under every strategy, in
// checked mode) and on python3 with this package's pyperf.py on its path,
// and compares their output. The runner program needs argparse; while
// argparse does not import on rcvm, that case is skipped with the reason.
func TestPyperf(t *testing.T) {
	py := difftest.Python()
	if py == "" {
		t.Skip("python3 is not available")
	}
	here, err := filepath.Abs(".")
	require.NoError(t, err)
	for _, name := range []string{"format", "runner"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(here, "testdata", name+".py")
			if name == "runner" {
				probe := filepath.Join(t.TempDir(), "probe.py")
				require.NoError(t, os.WriteFile(probe, []byte("import argparse\n"), 0o644))
				if r := difftest.RunRcvm(t, "gil", probe, nil); r.Code != 0 {
					t.Skipf("argparse does not import on rcvm yet: %s", lastLine(r.Stderr))
				}
			}
			cmd := exec.Command(py, path)
			cmd.Env = append(os.Environ(), "PYTHONPATH="+here)
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			require.NoError(t, cmd.Run(), errb.String())
			for _, st := range core.Strategies() {
				t.Run(st.Name, func(t *testing.T) {
					r := difftest.RunRcvm(t, st.Name, path, nil)
					assert.Equal(t, out.String(), r.Stdout, r.Stderr)
					assert.Zero(t, r.Code, r.Stderr)
					assert.Zero(t, r.Stats.UseAfterFree, "use after free")
					assert.Zero(t, r.Stats.NegativeRefcount, "negative counts")
					if name == "format" { // argparse's objects form cycles
						assert.Zero(t, r.Stats.Leaked, "leaked")
					}
				})
			}
		})
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
