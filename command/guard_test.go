package command

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGuard checks the last-resort guard of every entry point: a Go panic
// that escapes a subcommand becomes one line on stderr and exit status 70,
// never a Go stack trace (issue 8, item 7).
func TestGuard(t *testing.T) {
	t.Run("guard", func(t *testing.T) {
		var stderr bytes.Buffer
		code := 0
		func() {
			defer guard(&stderr, &code)
			var s []int
			_ = s[len(stderr.String())] // a Go panic: index out of range
		}()
		assert.Equal(t, exitInternal, code)
		assert.Equal(t, "rcvm: internal error: runtime error: index out of range [0] with length 0\n", stderr.String())
	})
	t.Run("Run", func(t *testing.T) {
		subcommands["test-panic"] = func([]string) int { panic("boom") }
		defer delete(subcommands, "test-panic")
		stderr := captureStderr(t, func() {
			assert.Equal(t, exitInternal, Run([]string{"test-panic"}))
		})
		assert.Equal(t, "rcvm: internal error: boom\n", stderr)
		assert.NotContains(t, stderr, "goroutine ")
	})
}

// captureStderr runs f with os.Stderr redirected to a file and returns
// what f wrote there.
func captureStderr(t *testing.T, f func()) string {
	t.Helper()
	tmp, err := os.CreateTemp(t.TempDir(), "stderr")
	require.NoError(t, err)
	old := os.Stderr
	os.Stderr = tmp
	defer func() { os.Stderr = old }()
	f()
	require.NoError(t, tmp.Close())
	b, err := os.ReadFile(tmp.Name())
	require.NoError(t, err)
	return strings.ReplaceAll(string(b), "\r", "")
}
