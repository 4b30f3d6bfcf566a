package pycodec

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// runPython runs script under python3 with lines on its stdin and returns
// its output lines, one per input line. The live tests skip without
// python3 or in -short mode.
func runPython(t *testing.T, script string, lines []string) []string {
	t.Helper()
	if testing.Short() {
		t.Skip("live CPython comparison skipped in -short mode")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH")
	}
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	require.NoError(t, cmd.Run(), stderr.String())
	got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, got, len(lines), "python3 answered a different number of lines")
	return got
}
