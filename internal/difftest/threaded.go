package difftest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rcvm/rcvm/core"
)

// unsafeByDesign are the strategies that do not make reference counts
// thread-safe on purpose (strategies/unsafe: lost updates, uses after
// free): a program whose threads share objects is not expected to run
// cleanly under them.
var unsafeByDesign = map[string]bool{"unsafe": true}

// RunThreadedFiles is RunFiles for programs whose threads share objects:
// they run under every strategy except those unsafe by design.
func RunThreadedFiles(t *testing.T, dir, pattern string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs in %s (%v)", dir, err)
	}
	var safe []string
	for _, s := range core.Strategies() {
		if !unsafeByDesign[s.Name] {
			safe = append(safe, s.Name)
		}
	}
	var cases []Case
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, Case{Name: filepath.Base(f), Src: string(src), Strategies: safe})
	}
	Run(t, cases)
}
