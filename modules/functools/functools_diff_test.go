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
// contract, the errors, and threads sharing caches (with cache_clear
// racing the calls) under every strategy.
func TestLRUCache(t *testing.T) { difftest.RunFiles(t, "testdata", "functools_lru*.py") }
