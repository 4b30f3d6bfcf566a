package core_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestGeneratorCorpus runs the generator conformance programs
// (testdata/conformance/generators.py, yield_from.py, ...) under every
// strategy in checked mode and on CPython: the same output, no leaks, no
// use after free (a dropped suspended generator is closed, its finally
// clauses run, its frame's references are released).
func TestGeneratorCorpus(t *testing.T) {
	difftest.RunFiles(t, "../testdata/conformance", "generators*.py")
	difftest.RunFiles(t, "../testdata/conformance", "coroutines*.py")
	difftest.RunFiles(t, "../testdata/conformance", "yield_*.py")
}
