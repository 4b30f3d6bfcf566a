package difftest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestThreadedProgramsSkipUnsafe checks that a program starting threads
// is not run under the unsafe strategy, whose lost updates would fail it
// at random, and that other programs run under every strategy.
func TestThreadedProgramsSkipUnsafe(t *testing.T) {
	assert.NotContains(t, strategies(Case{Threads: true}), "unsafe")
	assert.Contains(t, strategies(Case{Threads: true}), "brc")
	assert.Contains(t, strategies(Case{}), "unsafe")
	for src, want := range map[string]bool{
		"import threading\n":                         true,
		"import os, threading\n":                     true,
		"from _thread import start_new_thread\n":     true,
		"    import concurrent.futures as cf\n":      true,
		"import os\nprint('threading')\n":            false,
		"# import threading\nx = 1\n":                false,
		"import mythreadingtools\n":                  false,
		"from collections import deque  # threading": false,
	} {
		assert.Equal(t, want, startsThreads.MatchString(src), "%q", src)
	}
}
