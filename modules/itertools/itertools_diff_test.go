package itertools_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestItertools runs the programs of testdata (every iterator, its reprs
// and its argument errors) on rcvm under every strategy in checked mode and
// on python3, and requires the same output, no leaks and no misuse of
// counts.
func TestItertools(t *testing.T) { difftest.RunFiles(t, "testdata", "itertools_*.py") }
