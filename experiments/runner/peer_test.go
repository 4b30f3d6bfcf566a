package runner

import (
	"os"
	"testing"

	"github.com/rcvm/rcvm/experiments/results"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParsePeer(t *testing.T) {
	exe, err := os.Executable()
	require.NoError(t, err)
	tests := []struct {
		name, out string
		want      Peer
		wantErr   string
	}{
		{"3.11", exe + "\n3.11.7\n0 1\n", Peer{Name: "3.11", Path: exe, Version: "3.11.7", GIL: true}, ""},
		{"3.13t", exe + "\n3.13.0\n1 0\n", Peer{Name: "3.13t", Path: exe, Version: "3.13.0", FreeThreaded: true}, ""},
		{"3.13t with the GIL re-enabled", exe + "\n3.13.0\n1 1\n",
			Peer{Name: "3.13t", Path: exe, Version: "3.13.0", FreeThreaded: true, GIL: true}, ""},
		{"shim path kept when the executable is missing", "/nope/python\n3.12.1\n0 1\n",
			Peer{Name: "3.12", Path: "py", Version: "3.12.1", GIL: true}, ""},
		{"garbage", "hello\n", Peer{}, "unexpected answer"},
		{"bad flags", exe + "\n3.11.7\nx y\n", Peer{}, "unexpected answer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parsePeer("py", tt.out)
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestPeerCommandLines(t *testing.T) {
	tools := Tools{RCVM: "rcvm", Python: "python3", Peers: []Peer{{Name: "3.11", Path: "/py311"}, {Name: "3.13t", Path: "/py313t"}}}
	c := results.Config{Workload: "w.py", System: results.SystemCPython, Threads: 2, N: "5", Python: "3.13t"}
	got, err := tools.CommandLines(Job{Config: c, Script: "w.py"})
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"/py313t", "w.py", "2", "5"}}, got)
	c.Python = ""
	got, err = tools.CommandLines(Job{Config: c, Script: "w.py"})
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"python3", "w.py", "2", "5"}}, got, "an unnamed peer is Tools.Python")
	c.Python = "3.14"
	_, err = tools.CommandLines(Job{Config: c, Script: "w.py"})
	assert.ErrorContains(t, err, `no CPython peer "3.14"`)
}
