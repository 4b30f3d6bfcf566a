package core

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeStdlib makes a directory that passes for a standard library.
func fakeStdlib(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"os.py", "_collections_abc.py"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, f), nil, 0o644))
	}
	return dir
}

// fakePython writes an executable script that reports version and dir
// the way askPython's question expects, and appends a line to calls each
// time it runs.
func fakePython(t *testing.T, version, dir, calls string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "python-"+version)
	script := "#!/bin/sh\necho run >> " + calls + "\necho " + version + "\necho " + dir + "\n"
	require.NoError(t, os.WriteFile(path, []byte(script), 0o755))
	return path
}

func TestFindStdlib(t *testing.T) {
	lib, other := fakeStdlib(t), fakeStdlib(t)
	notLib := t.TempDir()
	calls := filepath.Join(t.TempDir(), "calls")
	py310 := fakePython(t, "3.10", other, calls)
	py311 := fakePython(t, "3.11", lib, calls)
	broken := filepath.Join(t.TempDir(), "missing-python")
	tests := []struct {
		name    string
		search  StdlibSearch
		want    string
		wantErr string
	}{
		{"flag", StdlibSearch{Flag: lib, Env: other, Pythons: []string{py311}}, lib, ""},
		{"flag none", StdlibSearch{Flag: "none", Pythons: []string{py311}}, "", ""},
		{"flag not a stdlib", StdlibSearch{Flag: notLib}, "", "-stdlib " + notLib + ": not a Python standard library (no os.py)"},
		{"flag missing", StdlibSearch{Flag: "/nonexistent/lib"}, "", "-stdlib /nonexistent/lib: no such directory"},
		{"env", StdlibSearch{Env: other, Pythons: []string{py311}}, other, ""},
		{"env not a stdlib", StdlibSearch{Env: notLib}, "", "RCVM_STDLIB " + notLib},
		{"python 3.11 asked", StdlibSearch{Pythons: []string{broken, py310, py311}, Fallback: other}, lib, ""},
		{"wrong version: fallback", StdlibSearch{Pythons: []string{py310}, Fallback: other}, other, ""},
		{"none found", StdlibSearch{Pythons: []string{broken, py310}, Fallback: notLib}, "", ErrNoStdlib.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := FindStdlib(tt.search)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	assert.Contains(t, ErrNoStdlib.Error(), "-stdlib", "the message names the flag")
}

// TestFindStdlibCachesTheAnswer asks the same interpreter twice with a
// cache directory: it runs once.
func TestFindStdlibCachesTheAnswer(t *testing.T) {
	lib := fakeStdlib(t)
	calls := filepath.Join(t.TempDir(), "calls")
	py := fakePython(t, "3.11", lib, calls)
	s := StdlibSearch{Pythons: []string{py}, CacheDir: t.TempDir()}
	for i := 0; i < 3; i++ {
		got, err := FindStdlib(s)
		require.NoError(t, err)
		assert.Equal(t, lib, got)
	}
	data, err := os.ReadFile(calls)
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(string(data), "run"), "the interpreter is asked once")
	// A changed interpreter is asked again.
	require.NoError(t, os.WriteFile(py, append([]byte("#!/bin/sh\n# changed\n"), mustRead(t, py)[10:]...), 0o755))
	_, err = FindStdlib(s)
	require.NoError(t, err)
	data, _ = os.ReadFile(calls)
	assert.Equal(t, 2, strings.Count(string(data), "run"))
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return data
}
