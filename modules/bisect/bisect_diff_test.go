package bisect_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestBisect runs the programs of testdata (searches, insertions with and
// without key=, the errors) under every strategy in checked mode and on
// python3.
func TestBisect(t *testing.T) { difftest.RunFiles(t, "testdata", "bisect_*.py") }
