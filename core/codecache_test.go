package core

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/compile"
)

// TestCodeCacheKnowsEveryField fails when bytecode.Code gains a field the
// cache's encoding does not carry: update codeEncoder.code and
// codeDecoder.code (and codeCacheFormat), then this list.
func TestCodeCacheKnowsEveryField(t *testing.T) {
	var fields []string
	rt := reflect.TypeOf(bytecode.Code{})
	for i := 0; i < rt.NumField(); i++ {
		fields = append(fields, rt.Field(i).Name)
	}
	assert.Equal(t, []string{"Name", "QualName", "Filename", "FirstLine", "Instrs", "Lines", "Cols",
		"Consts", "Names", "VarNames", "CellVars", "FreeVars", "Cell2Arg", "ArgCount", "KwOnlyArgCount",
		"PosOnlyArgCount", "Flags", "StackSize", "CoFlags", "Doc", "HasDoc", "Dynamic"}, fields)
}

// cacheSources are the programs the round-trip test compiles: the
// conformance corpus and the import corpus.
func cacheSources(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, pat := range []string{"../testdata/conformance/*.py", "../testdata/imports/*.py", "../testdata/imports/*/*.py"} {
		files, err := filepath.Glob(pat)
		require.NoError(t, err)
		for _, f := range files {
			out[f] = mustRead(t, f)
		}
	}
	out["consts.py"] = []byte("x = (1, -2, 2**100, -2**70, 1.5, -0.0, float('nan'), 'é\\x00', b'\\xff\\x00b', None, True, False, ..., ((1,), ()))\n" +
		"def f(a, *b, c=1, **d):\n    def g(): return a\n    return g\nclass C:\n    'doc'\n    y = [i for i in b]\n")
	require.Greater(t, len(out), 20)
	return out
}

// TestCodeCacheRoundTrip encodes and decodes every compiled program: the
// result must be identical to the compiler's.
func TestCodeCacheRoundTrip(t *testing.T) {
	for name, src := range cacheSources(t) {
		code, err := compile.File(name, src)
		if err != nil {
			continue
		}
		e := &codeEncoder{}
		e.code(code)
		require.NoError(t, e.err, name)
		d := &codeDecoder{b: e.buf.Bytes()}
		got := d.code()
		require.NoError(t, d.err, name)
		require.Empty(t, d.b, name)
		// NaN != NaN: compare the encodings of both.
		e2 := &codeEncoder{}
		e2.code(got)
		assert.True(t, bytes.Equal(e.buf.Bytes(), e2.buf.Bytes()), name)
		if !hasNaN(code) {
			assert.Equal(t, code, got, name)
		}
	}
}

func hasNaN(c *bytecode.Code) bool {
	var walk func(k any) bool
	walk = func(k any) bool {
		switch v := k.(type) {
		case float64:
			return v != v
		case bytecode.Tuple:
			for _, x := range v {
				if walk(x) {
					return true
				}
			}
		case *bytecode.Code:
			return hasNaN(v)
		}
		return false
	}
	for _, k := range c.Consts {
		if walk(k) {
			return true
		}
	}
	return false
}

// cacheFixture is a source file and its compilation.
func cacheFixture(t *testing.T) (path string, fi os.FileInfo, code *bytecode.Code) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "m.py")
	src := []byte("def f(x):\n    return x * 2\nY = f(21)\n")
	require.NoError(t, os.WriteFile(path, src, 0o644))
	fi, err := os.Stat(path)
	require.NoError(t, err)
	code, err = compile.File(path, src)
	require.NoError(t, err)
	return path, fi, code
}

// TestCodeCacheBadEntries: a corrupt, truncated, bit-flipped or stale entry
// is ignored (nil), and the next store replaces it.
func TestCodeCacheBadEntries(t *testing.T) {
	path, fi, code := cacheFixture(t)
	dir := t.TempDir()
	storeCachedCode(dir, path, fi, code)
	entry, _ := codeCacheEntry(dir, path, fi)
	good := mustRead(t, entry)
	require.Equal(t, code, loadCachedCode(dir, path, fi))
	corruptions := map[string][]byte{
		"garbage":    []byte("not an entry at all"),
		"empty":      {},
		"truncated":  good[:len(good)-3],
		"flipped":    append(append([]byte{}, good[:len(good)-5]...), good[len(good)-5]^0x40, good[len(good)-4], good[len(good)-3], good[len(good)-2], good[len(good)-1]),
		"huge count": append(append([]byte{}, good[:len(good)/2]...), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f),
	}
	for name, data := range corruptions {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, os.WriteFile(entry, data, 0o644))
			assert.Nil(t, loadCachedCode(dir, path, fi))
			storeCachedCode(dir, path, fi, code)
			assert.Equal(t, code, loadCachedCode(dir, path, fi), "rewritten")
		})
	}
	t.Run("stale: the source changed", func(t *testing.T) {
		require.NoError(t, os.WriteFile(path, []byte("Y = 1\n"), 0o644))
		fi2, err := os.Stat(path)
		require.NoError(t, err)
		assert.Nil(t, loadCachedCode(dir, path, fi2))
	})
}

// TestCodeCacheUnwritable: a cache directory that cannot be created or
// written leaves no file behind and never fails a run.
func TestCodeCacheUnwritable(t *testing.T) {
	path, fi, code := cacheFixture(t)
	file := filepath.Join(t.TempDir(), "a-file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	readOnly := t.TempDir()
	require.NoError(t, os.Chmod(readOnly, 0o500))
	defer os.Chmod(readOnly, 0o700)
	for _, dir := range []string{file, filepath.Join(file, "sub")} {
		storeCachedCode(dir, path, fi, code)
		assert.Nil(t, loadCachedCode(dir, path, fi))
	}
	storeCachedCode(readOnly, path, fi, code)
	if os.Geteuid() != 0 { // root writes anywhere
		assert.Nil(t, loadCachedCode(readOnly, path, fi))
		ents, err := os.ReadDir(readOnly)
		require.NoError(t, err)
		assert.Empty(t, ents)
	}
	// A program importing a module still runs with the unusable cache.
	vmDir := filepath.Dir(path)
	require.NoError(t, os.WriteFile(filepath.Join(vmDir, "main.py"), []byte("import m\nprint(m.Y)\n"), 0o644))
	out := runWithCache(t, filepath.Join(vmDir, "main.py"), file)
	assert.Equal(t, "42\n", out)
}

// TestCodeCacheConcurrentWriters: writers and readers racing on one entry
// only ever see a complete entry or none.
func TestCodeCacheConcurrentWriters(t *testing.T) {
	path, fi, code := cacheFixture(t)
	dir := t.TempDir()
	var wg sync.WaitGroup
	bad := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				storeCachedCode(dir, path, fi, code)
				if got := loadCachedCode(dir, path, fi); got != nil && !reflect.DeepEqual(got, code) {
					bad <- "a reader saw a wrong entry"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(bad)
	for msg := range bad {
		t.Error(msg)
	}
	assert.Equal(t, code, loadCachedCode(dir, path, fi))
	ents, err := os.ReadDir(filepath.Join(dir, "code"))
	require.NoError(t, err)
	assert.Len(t, ents, 1, "no temporary file is left behind")
}

// TestCodeCacheUsedByImports: importing a module writes its entry, and a
// second run reads it (the entry's code is what runs: changing the entry's
// source-independent contents would show).
func TestCodeCacheUsedByImports(t *testing.T) {
	dir := t.TempDir()
	cache := t.TempDir()
	mod := filepath.Join(dir, "m.py")
	require.NoError(t, os.WriteFile(mod, []byte("Y = 'from source'\n"), 0o644))
	main := filepath.Join(dir, "main.py")
	require.NoError(t, os.WriteFile(main, []byte("import m\nprint(m.Y)\n"), 0o644))
	assert.Equal(t, "from source\n", runWithCache(t, main, cache))
	fi, err := os.Stat(mod)
	require.NoError(t, err)
	entry, _ := codeCacheEntry(cache, mod, fi)
	require.FileExists(t, entry)
	// Replace the entry with another compilation for the same key: the
	// next run must execute it, proving the cache is read.
	other, err := compile.File(mod, []byte("Y = 'from cache'\n"))
	require.NoError(t, err)
	storeCachedCode(cache, mod, fi, other)
	assert.Equal(t, "from cache\n", runWithCache(t, main, cache))
}

func runWithCache(t *testing.T, path, cache string) string {
	t.Helper()
	numbersStrategyOnce.Do(func() {
		Register(StrategyInfo{Name: "numbers-test", Description: "plain counting for unit tests", Strategy: numbersPlainStrategy{}})
	})
	var out, errb bytes.Buffer
	vm, err := NewVM(Config{Strategy: "numbers-test", Stdout: &out, Stderr: &errb, CacheDir: cache, Checked: true})
	require.NoError(t, err)
	res, err := vm.RunFile(path, []string{path})
	require.NoError(t, err)
	require.Zero(t, res.ExitCode, errb.String())
	assert.Zero(t, res.Stats.Leaked)
	return out.String()
}
