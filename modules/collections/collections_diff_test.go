package collections_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestCollections runs the programs of testdata (deque: every method,
// maxlen, reprs including a deque holding itself, iteration mutation
// errors, comparisons, subclasses, the errors) under every strategy in
// checked mode and on python3.
func TestCollections(t *testing.T) { difftest.RunFiles(t, "testdata", "deque_*.py") }
