package functools_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestFunctools runs the programs of testdata (reduce, cmp_to_key, partial
// with flattening, keywords and reprs) under every strategy in checked mode
// and on python3.
func TestFunctools(t *testing.T) { difftest.RunFiles(t, "testdata", "functools_basic.py") }

// TestLRUCache runs the _lru_cache_wrapper programs of testdata: every
// maxsize kind, typed keys, keywords, method binding, the hash-once
// contract and the errors.
func TestLRUCache(t *testing.T) { difftest.RunFiles(t, "testdata", "functools_lru*.py") }

// TestLRUCacheThreads runs threads sharing caches (bounded, unbounded,
// uncached, with cache_clear racing the calls) under every thread-safe
// strategy: every call gets its result and the counters add up.
func TestLRUCacheThreads(t *testing.T) { difftest.RunThreadedFiles(t, "testdata", "threads_*.py") }
