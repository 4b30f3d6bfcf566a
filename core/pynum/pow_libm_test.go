//go:build cgo

package pynum

import (
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFloatPowIsLibm checks that FloatPow returns CPython's x**y bit for
// bit, near-halfway cases included, where the correctly rounded result
// differs (issue 9 §4: 4.583763671875 ** -1.5).
func TestFloatPowIsLibm(t *testing.T) {
	tests := []struct{ x, y, want float64 }{
		{4.583763671875, -1.5, 0.1018982375660827},
		{2.1161500560029975, 13, 17064.909249931323},
		{3.7324034878752164, -16.990075340667754, 1.913686616880516e-10},
	}
	for _, tc := range tests {
		got, err := FloatPow(tc.x, tc.y)
		require.NoError(t, err)
		sameFP(t, tc.want, got, "%v ** %v", tc.x, tc.y)
		got, err = FloatPow(-tc.x, 3)
		require.NoError(t, err)
		sameFP(t, -platformPow(tc.x, 3), got, "-%v ** 3", tc.x)
	}
}

// TestLiveFloatPowMatchesCPython compares FloatPow with CPython's own x**y
// on random inputs.
func TestLiveFloatPowMatchesCPython(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	var xs, ys []float64
	var lines []string
	for i := 0; i < 2000; i++ {
		x, y := rng.Float64()*10+1e-3, (rng.Float64()-0.5)*40
		xs, ys = append(xs, x), append(ys, y)
		lines = append(lines, hexFloat(x)+" "+hexFloat(y))
	}
	got := runPython(t, pyErrHelper+`
for line in sys.stdin:
    a, b = line.split()
    print((float.fromhex(a) ** float.fromhex(b)).hex())
`, lines)
	for i := range xs {
		r, err := FloatPow(xs[i], ys[i])
		require.NoError(t, err)
		want := pyHexFloat(t, strings.TrimSpace(got[i]))
		assert.Equal(t, math.Float64bits(want), math.Float64bits(r), "%v ** %v", xs[i], ys[i])
	}
}
