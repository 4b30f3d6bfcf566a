package functools_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestFunctools runs the programs of testdata (reduce, cmp_to_key, partial with flattening, keywords and reprs) under every strategy in
// checked mode and on python3.
func TestFunctools(t *testing.T) { difftest.RunFiles(t, "testdata", "functools_*.py") }
