package collections_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestCollections runs the programs of testdata (deque: every method,
// repetition (*, *=, maxlen),
// maxlen, reprs including a deque holding itself, iteration mutation
// errors, comparisons, subclasses, the errors) under every strategy in
// checked mode and on python3.
func TestCollections(t *testing.T) { difftest.RunFiles(t, "testdata", "deque_*.py") }

// TestTupleGetter runs the _tuplegetter programs of testdata (the
// descriptor protocol, its errors, repr, __reduce__, __doc__).
func TestTupleGetter(t *testing.T) { difftest.RunFiles(t, "testdata", "tuplegetter_*.py") }

// TestCountElements runs the _count_elements programs of testdata (the dict
// fast path hashing each key once, other mappings, the errors).
func TestCountElements(t *testing.T) { difftest.RunFiles(t, "testdata", "count_*.py") }

// TestDefaultDict runs the defaultdict programs of testdata (__missing__,
// default_factory, repr, copy, __reduce__, |, subclasses, the errors).
func TestDefaultDict(t *testing.T) { difftest.RunFiles(t, "testdata", "defaultdict_*.py") }
