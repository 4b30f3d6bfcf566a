package host

import (
	"os"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseCPUInfo(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"x86", "processor\t: 0\nmodel name\t: AMD   EPYC 7B13\nflags : x\n", "AMD EPYC 7B13"},
		{"arm", "processor : 0\nCPU part : 0xd0c\nModel : Raspberry Pi 4\n", "Raspberry Pi 4"},
		{"nothing", "flags : x\n", "unknown " + runtime.GOARCH},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, parseCPUInfo([]byte(tt.in)))
		})
	}
}

func TestDetect(t *testing.T) {
	exe, err := os.Executable()
	require.NoError(t, err)
	h := Detect(exe, "", t.TempDir())
	assert.NotEmpty(t, h.CPU)
	assert.Equal(t, runtime.NumCPU(), h.Cores)
	assert.Equal(t, runtime.Version(), h.Go, "the test binary's own version")
	assert.Equal(t, "unknown", h.Commit, "a temp dir is no checkout")
	assert.NotEmpty(t, h.Date)
	assert.Equal(t, runtime.Version(), goVersion("/nonexistent"))
}
