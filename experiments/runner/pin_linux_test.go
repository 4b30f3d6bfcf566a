//go:build linux

package runner

import (
	"bytes"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStartPinned checks that a child started pinned runs on the one CPU
// only, as its own /proc status says, and that the runner's thread gets
// its whole mask back.
func TestStartPinned(t *testing.T) {
	cpu := pinCPU()
	if cpu < 0 {
		t.Skip("fewer than two CPUs to choose from")
	}
	before, err := exec.Command("grep", "Cpus_allowed_list", "/proc/self/status").Output()
	require.NoError(t, err)
	cmd := exec.Command("grep", "Cpus_allowed_list", "/proc/self/status")
	var out bytes.Buffer
	cmd.Stdout = &out
	require.NoError(t, startPinned(cmd, cpu))
	require.NoError(t, cmd.Wait())
	assert.Equal(t, "Cpus_allowed_list:\t"+strconv.Itoa(cpu), strings.TrimSpace(out.String()))
	after, err := exec.Command("grep", "Cpus_allowed_list", "/proc/self/status").Output()
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after), "later children are not pinned")
}
