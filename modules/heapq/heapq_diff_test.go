package heapq_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestHeapq runs the programs of testdata (every heap function, the max
// variants, a comparison that mutates the heap, the errors; _bisect too)
// under every strategy in checked mode and on python3.
func TestHeapq(t *testing.T) { difftest.RunFiles(t, "testdata", "heapq_*.py") }
