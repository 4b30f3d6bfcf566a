package core

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	bc "github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/compile"
)

// loopProgram runs `for i in range(1000, 1000 + n): pass` in a function:
// each iteration is FOR_ITER (allocates the int i, outside the small-int
// cache, a new reference), STORE_FAST (drops the previous i, which frees
// it) and JUMP_BACKWARD, and takes no reference.
func loopProgram(n int) string {
	return fmt.Sprintf("def f(n):\n    for i in range(1000, 1000 + n):\n        pass\n\nf(%d)\n", n)
}

// runStats runs src with per-operation statistics under a test strategy.
func runStats(t *testing.T, strategy, src string) Stats {
	t.Helper()
	var out, errb bytes.Buffer
	vm := newTestVMConfig(t, Config{Strategy: strategy, Stats: true, Stdout: &out, Stderr: &errb})
	res, err := vm.RunSource("loop.py", []byte(src), []string{"loop.py"})
	require.NoError(t, err)
	require.Equal(t, 0, res.ExitCode, "stderr: %s", errb.String())
	return res.Stats
}

// TestLoopBodyBytecode checks the premise of TestStatsExactPerIteration:
// the compiled loop body of loopProgram is exactly FOR_ITER, STORE_FAST,
// JUMP_BACKWARD (pass compiles to nothing).
func TestLoopBodyBytecode(t *testing.T) {
	code, err := compile.File("loop.py", []byte(loopProgram(1)))
	require.NoError(t, err)
	var f *bc.Code
	for _, k := range code.Consts {
		if c, ok := k.(*bc.Code); ok && c.Name == "f" {
			f = c
		}
	}
	require.NotNil(t, f, "f's code object:\n%s", code.Disassemble())
	start := -1
	for i, in := range f.Instrs {
		if in.Op == bc.FOR_ITER {
			start = i
		}
	}
	require.GreaterOrEqual(t, start, 0, f.Disassemble())
	var body []bc.Op
	for _, in := range f.Instrs[start:] {
		body = append(body, in.Op)
		if in.Op == bc.JUMP_BACKWARD {
			require.Equal(t, int32(start), in.Arg, "the loop jumps back to FOR_ITER")
			break
		}
	}
	assert.Equal(t, []bc.Op{bc.FOR_ITER, bc.STORE_FAST, bc.JUMP_BACKWARD}, body, f.Disassemble())
}

// TestStatsExactPerIteration checks -stats' core counters on a program whose
// counts are worked out by hand: running the loop of loopProgram n more
// times adds exactly 3n bytecodes, n objects allocated and freed, n decrefs
// and no incref, under every counting primitive; under biased counting every
// one of those decrefs is an owner-path operation (one thread owns all).
func TestStatsExactPerIteration(t *testing.T) {
	type counts struct {
		bytecodes, allocated, freed, incref, decref, brcOwner, brcShared, locks int64
	}
	get := func(s Stats) counts {
		return counts{s.Bytecodes, s.ObjectsAllocated, s.ObjectsFreed, s.Incref, s.Decref, s.OwnerOps, s.SharedOps, s.ContainerLocks}
	}
	for _, strategy := range []string{"test-plain", "test-atomic", "test-biased", "test-locked", "test-custom-plain"} {
		for _, n := range []int{1, 100, 250} {
			t.Run(fmt.Sprintf("%s/n=%d", strategy, n), func(t *testing.T) {
				once := runStats(t, strategy, loopProgram(n))
				twice := runStats(t, strategy, loopProgram(2*n))
				d := get(twice)
				base := get(once)
				d = counts{d.bytecodes - base.bytecodes, d.allocated - base.allocated, d.freed - base.freed,
					d.incref - base.incref, d.decref - base.decref, d.brcOwner - base.brcOwner,
					d.brcShared - base.brcShared, d.locks - base.locks}
				k := int64(n)
				want := counts{bytecodes: 3 * k, allocated: k, freed: k, decref: k}
				if strategy == "test-biased" {
					want.brcOwner = k
				}
				assert.Equal(t, want, d, "counters of %d iterations more", n)
				assert.Zero(t, twice.Leaked, "leaked objects")
				assert.Zero(t, once.Leaked, "leaked objects")
			})
		}
	}
}
