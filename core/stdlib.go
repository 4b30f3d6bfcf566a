package core

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Finding CPython 3.11's standard library, which rcvm runs unchanged (its
// Lib/ directory, never copied into rcvm): the -stdlib flag, else
// $RCVM_STDLIB, else the stdlib directory an installed python3.11 or
// python3 reports (sysconfig.get_path("stdlib")) when its version is 3.11,
// else Debian's location of libpython3.11-stdlib. Asking an interpreter
// costs tens of milliseconds, so its answer is cached (keyed by the
// interpreter's resolved path, size and modification time).

// StdlibSearch says where FindStdlib looks. The zero value is not useful:
// start from DefaultStdlibSearch.
type StdlibSearch struct {
	// Flag is the -stdlib value: a directory, "none" for no standard
	// library, or "" to search.
	Flag string
	// Env is $RCVM_STDLIB (same values as Flag).
	Env string
	// Pythons are the interpreters to ask, in order (names looked up on
	// PATH, or paths).
	Pythons []string
	// Fallback is the directory used when no interpreter answers.
	Fallback string
	// CacheDir holds the cached answers ("" for no cache).
	CacheDir string
}

// DefaultStdlibSearch is the search rcvm run does: the flag given,
// $RCVM_STDLIB, python3.11 then python3, /usr/lib/python3.11, answers
// cached in DefaultCacheDir.
func DefaultStdlibSearch(flag string) StdlibSearch {
	return StdlibSearch{
		Flag:     flag,
		Env:      os.Getenv("RCVM_STDLIB"),
		Pythons:  []string{"python3.11", "python3"},
		Fallback: "/usr/lib/python3.11",
		CacheDir: DefaultCacheDir(),
	}
}

// ErrNoStdlib reports that no standard library was found.
var ErrNoStdlib = errors.New("no CPython 3.11 standard library found (tried python3.11, python3 and /usr/lib/python3.11): name one with -stdlib DIR or RCVM_STDLIB (Debian: apt-get install libpython3.11-stdlib)")

// FindStdlib returns the standard library directory, "" when the flag or
// the environment says "none", or an error: a named directory that is not
// a standard library, or ErrNoStdlib.
func FindStdlib(s StdlibSearch) (string, error) {
	for _, named := range []struct{ what, dir string }{{"-stdlib", s.Flag}, {"RCVM_STDLIB", s.Env}} {
		switch named.dir {
		case "":
			continue
		case "none":
			return "", nil
		}
		if err := checkStdlib(named.dir); err != nil {
			return "", fmt.Errorf("%s %s: %w", named.what, named.dir, err)
		}
		return filepath.Abs(named.dir)
	}
	for _, py := range s.Pythons {
		if dir := askPython(py, s.CacheDir); dir != "" && checkStdlib(dir) == nil {
			return dir, nil
		}
	}
	if s.Fallback != "" && checkStdlib(s.Fallback) == nil {
		return s.Fallback, nil
	}
	return "", ErrNoStdlib
}

// checkStdlib verifies that dir looks like a Python 3.11 Lib/ directory.
func checkStdlib(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return errors.New("no such directory")
	}
	if !fi.IsDir() {
		return errors.New("not a directory")
	}
	for _, f := range []string{"os.py", "_collections_abc.py"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			return fmt.Errorf("not a Python standard library (no %s)", f)
		}
	}
	return nil
}

// askPython returns the stdlib directory interpreter py reports when it is
// Python 3.11, or "" (not found, another version, or a failure).
func askPython(py, cacheDir string) string {
	exe, err := exec.LookPath(py)
	if err != nil {
		return ""
	}
	exe, _ = filepath.Abs(exe)
	real, err := filepath.EvalSymlinks(exe)
	if err != nil {
		return ""
	}
	fi, err := os.Stat(real)
	if err != nil {
		return ""
	}
	key := fmt.Sprintf("%s\x00%d\x00%d", real, fi.Size(), fi.ModTime().UnixNano())
	sum := sha256.Sum256([]byte(key))
	cacheFile := ""
	if cacheDir != "" {
		cacheFile = filepath.Join(cacheDir, "stdlib-"+hex.EncodeToString(sum[:8])+".json")
		var cached struct{ Key, Dir string }
		if data, err := os.ReadFile(cacheFile); err == nil && json.Unmarshal(data, &cached) == nil && cached.Key == key {
			return cached.Dir
		}
	}
	out, err := exec.Command(exe, "-S", "-c",
		"import sys, sysconfig; print('%d.%d' % sys.version_info[:2]); print(sysconfig.get_path('stdlib'))").Output()
	if err != nil {
		return ""
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	dir := ""
	if len(lines) == 2 && lines[0] == "3.11" {
		dir = strings.TrimSpace(lines[1])
	}
	if cacheFile != "" {
		data, _ := json.Marshal(struct{ Key, Dir string }{key, dir})
		writeFileAtomic(cacheFile, data) // a failure only costs the next run a question
	}
	return dir
}
