package pynum

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var sinkI int64
var sinkB bool

func BenchmarkAddInt64(b *testing.B) {
	var acc int64
	for i := 0; i < b.N; i++ {
		r, ok := AddInt64(acc, int64(i))
		acc = r
		sinkB = ok
	}
	sinkI = acc
}

func BenchmarkMulInt64(b *testing.B) {
	var acc int64 = 1
	for i := 0; i < b.N; i++ {
		r, ok := MulInt64(int64(i), 7)
		acc ^= r
		sinkB = ok
	}
	sinkI = acc
}

func BenchmarkHashString(b *testing.B) {
	s := "a typical dict key"
	for i := 0; i < b.N; i++ {
		sinkI = HashString(s)
	}
}

func BenchmarkHashFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = HashFloat(float64(i)*0.37, 0)
	}
}

func BenchmarkFloatPow(b *testing.B) {
	for i := 0; i < b.N; i++ {
		r, _ := FloatPow(1.0001+float64(i&1023)*1e-3, 1.37)
		sinkI = int64(r)
	}
}

// TestFastPathsAllocationFree checks the hot helpers allocate nothing.
func TestFastPathsAllocationFree(t *testing.T) {
	s := "a typical dict key"
	allocs := testing.AllocsPerRun(100, func() {
		r, _ := AddInt64(sinkI, 3)
		r2, _ := MulInt64(r, 5)
		q, _ := FloorDivInt64(r2, 7)
		sinkI = q + HashString(s) + HashFloat(1.5, 0) + HashInt64(q)
		th := NewTupleHasher()
		th.Add(sinkI)
		sinkI += th.Sum()
		f, _ := FloatPow(1.5, 2.5)
		sinkI += int64(f)
	})
	assert.Zero(t, allocs)
}

// TestInlinable checks that the int64 fast paths stay within the compiler's
// inlining budget, since the eval loop calls them on every int operation.
func TestInlinable(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the package")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not on PATH")
	}
	out, err := exec.Command(gobin, "build", "-gcflags=-m", ".").CombinedOutput()
	require.NoError(t, err, string(out))
	for _, name := range []string{"AddInt64", "SubInt64", "MulInt64", "NegInt64", "FloorDivInt64",
		"ModInt64", "DivModInt64", "LShiftInt64", "RShiftInt64", "HashInt64", "HashBool"} {
		assert.Contains(t, string(out), "can inline "+name+"\n", "%s should be inlinable", name)
	}
	assert.True(t, strings.Contains(string(out), "can inline (*TupleHasher).Add"))
}

// BenchmarkPowPaths compares the two ways of computing the general case:
// the C library's pow through cgo (what FloatPow calls) and the correctly
// rounded pure-Go powPositive (the fallback without cgo).
func BenchmarkPowPaths(b *testing.B) {
	b.Run("libm", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkI = int64(platformPow(1.0001+float64(i&1023)*1e-3, 1.37))
		}
	})
	b.Run("pure-go", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkI = int64(powPositive(1.0001+float64(i&1023)*1e-3, 1.37))
		}
	})
}
