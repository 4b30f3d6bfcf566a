package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// raceStrategies are the strategies whose thread safety the race detector
// checks: the GIL and the free-threaded ones that claim to be safe
// (unsafe is unsafe on purpose).
var raceStrategies = []string{"gil", "mutex", "atomic", "brc"}

// raceBuild holds the -race build of rcvm, made once per test binary.
var raceBuild struct {
	once sync.Once
	bin  string
	err  error
	dir  string
}

// raceBinary returns a -race build of rcvm: RCVM_RACE_BIN, or one built
// into a temporary directory on first use.
func raceBinary(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("RCVM_RACE_BIN"); bin != "" {
		abs, err := filepath.Abs(bin)
		require.NoError(t, err)
		return abs
	}
	raceBuild.once.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			raceBuild.err = err
			return
		}
		// The directory outlives the test that built it (every race
		// subtest uses the binary): TestMain removes it.
		if raceBuild.dir, err = os.MkdirTemp("", "rcvm-race-"); err != nil {
			raceBuild.err = err
			return
		}
		bin := filepath.Join(raceBuild.dir, "rcvm-race")
		out, err := exec.Command(goTool, "build", "-race", "-o", bin, ".").CombinedOutput()
		if err != nil {
			raceBuild.err = err
			t.Logf("go build -race: %s", out)
			return
		}
		raceBuild.bin = bin
	})
	require.NoError(t, raceBuild.err, "cannot build rcvm with -race")
	return raceBuild.bin
}

// TestThreadedProgramsRace runs the threaded conformance programs
// (testdata/conformance/threads_*.py: threads sharing lists, dicts, sets,
// instances, classes, closures and globals, mutating and reading them,
// making objects in one thread and dropping them in another) on a -race
// build of rcvm under every thread-safe strategy. The race detector must
// report nothing, and the output must be CPython's: the Go-level stress
// tests of core passed while the binary itself had races.
func TestThreadedProgramsRace(t *testing.T) {
	if testing.Short() {
		t.Skip("the -race build is skipped with -short")
	}
	var progs []program
	for _, p := range listPrograms(t, "testdata/conformance", nil) {
		if strings.HasPrefix(p.Name(), "threads_") {
			progs = append(progs, p)
		}
	}
	require.NotEmpty(t, progs, "no threads_*.py programs in testdata/conformance")
	bin := raceBinary(t)
	for _, s := range raceStrategies {
		for _, p := range progs {
			t.Run(s+"/"+p.Name(), func(t *testing.T) {
				t.Parallel()
				got, err := runIn(p.Dir(), bin, "run", "-strategy", s, p.Name())
				require.NoError(t, err)
				require.False(t, got.TimedOut, "the -race binary did not finish: %s", got)
				assert.NotContains(t, got.Stderr, "WARNING: DATA RACE", "the race detector found a race under %s", s)
				requireNoGoCrash(t, got)
				require.Equal(t, 0, got.Code, "rcvm -race failed under %s:\n%s", s, got)
				if harness.python != "" {
					want := runPython(t, p)
					assert.Equal(t, want.Stdout, got.Stdout, "stdout differs from CPython's under %s", s)
				}
			})
		}
	}
}
