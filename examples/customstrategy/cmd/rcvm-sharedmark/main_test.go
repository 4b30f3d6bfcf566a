package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "prog.py")
	require.NoError(t, os.WriteFile(prog, []byte(`import sys, threading
items = [[i] for i in range(50)]
out = [0, 0]
def work(k):
    out[k] = sum(x[0] for x in items)
ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sys.argv[1:], out)
`), 0o644))
	statsFile := filepath.Join(dir, "stats.json")

	tests := []struct {
		name   string
		args   []string
		status int
		stdout string
	}{
		{"program", []string{"-checked", "-stats", statsFile, prog, "a", "b"}, 0, "['a', 'b'] [1225, 1225]\n"},
		{"no file argument", nil, 2, ""},
		{"missing file", []string{filepath.Join(dir, "missing.py")}, 2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, tc.status, run(tc.args, &stdout, &stderr), stderr.String())
			assert.Equal(t, tc.stdout, stdout.String())
		})
	}

	data, err := os.ReadFile(statsFile)
	require.NoError(t, err)
	var stats map[string]any
	require.NoError(t, json.Unmarshal(data, &stats))
	assert.Equal(t, "sharedmark", stats["strategy"])
	assert.EqualValues(t, 0, stats["leaked"])
	assert.EqualValues(t, 0, stats["use_after_free"])
	assert.Positive(t, stats["sharedmark_marked"])
}
