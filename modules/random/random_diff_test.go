package random_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestRandom runs the programs of testdata (CPython's sequences for int
// seeds of every size, float and hashable seeds, getrandbits, getstate and
// setstate, the errors) under every strategy in checked mode and on python3.
func TestRandom(t *testing.T) { difftest.RunFiles(t, "testdata", "random_*.py") }
