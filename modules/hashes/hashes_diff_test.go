package hashes_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestHashes runs the programs of testdata (digests of every algorithm
// across block boundaries, copy, SHAKE lengths, BLAKE2's parameters and
// errors, the modules' contents and argument errors, threads sharing a
// hash object) under every strategy in checked mode and on python3.
func TestHashes(t *testing.T) { difftest.RunFiles(t, "testdata", "hashes_*.py") }
