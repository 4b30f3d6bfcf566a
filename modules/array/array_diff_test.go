package array_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestArray runs the programs of testdata under every strategy in checked
// mode and on python3: every typecode with its range and type errors, the
// methods, slicing and slice assignment, comparisons, concatenation and
// repetition (MemoryError and OverflowError for huge counts), the buffer
// protocol with exports blocking resizes, files, pickling helpers,
// and __sizeof__ with CPython's over-allocation.
func TestArray(t *testing.T) { difftest.RunFiles(t, "testdata", "array_*.py") }

// TestArrayThreads runs threads appending to and popping from one array
// under every thread-safe strategy: no item is lost or made up.
func TestArrayThreads(t *testing.T) { difftest.RunThreadedFiles(t, "testdata", "threads_*.py") }
