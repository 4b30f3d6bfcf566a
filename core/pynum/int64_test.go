package pynum

import (
	"math"
	"math/big"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAddSubMulNegInt64(t *testing.T) {
	const maxI, minI = math.MaxInt64, math.MinInt64
	tests := []struct {
		name string
		op   func(a, b int64) (int64, bool)
		a, b int64
		want int64
		ok   bool
	}{
		{"add", AddInt64, 2, 3, 5, true},
		{"add overflow", AddInt64, maxI, 1, 0, false},
		{"add underflow", AddInt64, minI, -1, 0, false},
		{"add mixed signs", AddInt64, maxI, minI, -1, true},
		{"sub", SubInt64, 2, 3, -1, true},
		{"sub overflow", SubInt64, minI, 1, 0, false},
		{"sub of min", SubInt64, 0, minI, 0, false},
		{"sub to min", SubInt64, -1, maxI, minI, true},
		{"mul", MulInt64, -4, 5, -20, true},
		{"mul overflow", MulInt64, 1 << 32, 1 << 31, 0, false},
		{"mul to min", MulInt64, 1 << 62, -2, minI, true},
		{"mul min by -1", MulInt64, minI, -1, 0, false},
		{"mul -1 by min", MulInt64, -1, minI, 0, false},
		{"mul large neg", MulInt64, -3037000500, 3037000500, 0, false},
		{"mul near limit", MulInt64, 3037000499, -3037000499, -9223372030926249001, true},
		{"neg", func(a, _ int64) (int64, bool) { return NegInt64(a) }, 5, 0, -5, true},
		{"neg min", func(a, _ int64) (int64, bool) { return NegInt64(a) }, minI, 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.op(tc.a, tc.b)
			require.Equal(t, tc.ok, ok)
			if ok {
				assert.Equal(t, tc.want, got)
			}
		})
	}
}

// TestInt64OpsMatchBig checks the fast paths against big.Int on random and
// boundary operands: a result is either exact or reported as overflow.
func TestInt64OpsMatchBig(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	edge := []int64{0, 1, -1, 2, -2, 3, 7, -7, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1,
		math.MinInt64 + 1, 1 << 31, -(1 << 31), 1 << 32, 3037000499, 3037000500, -3037000500}
	pick := func() int64 {
		switch rng.Intn(3) {
		case 0:
			return edge[rng.Intn(len(edge))]
		case 1:
			return rng.Int63n(1000) - 500
		}
		return int64(rng.Uint64())
	}
	ops := []struct {
		name string
		fast func(a, b int64) (int64, bool)
		slow func(z, a, b *big.Int) *big.Int
	}{
		{"add", AddInt64, (*big.Int).Add},
		{"sub", SubInt64, (*big.Int).Sub},
		{"mul", MulInt64, (*big.Int).Mul},
	}
	for _, op := range ops {
		t.Run(op.name, func(t *testing.T) {
			for i := 0; i < 20000; i++ {
				a, b := pick(), pick()
				want := op.slow(new(big.Int), big.NewInt(a), big.NewInt(b))
				got, ok := op.fast(a, b)
				require.Equal(t, want.IsInt64(), ok, "%d %s %d", a, op.name, b)
				if ok {
					require.Equal(t, want.Int64(), got, "%d %s %d", a, op.name, b)
				}
			}
		})
	}
	t.Run("floordiv and mod", func(t *testing.T) {
		for i := 0; i < 20000; i++ {
			a, b := pick(), pick()
			q, qok := FloorDivInt64(a, b)
			r, rok := ModInt64(a, b)
			dq, dr, dok := DivModInt64(a, b)
			if b == 0 {
				require.False(t, qok || rok || dok)
				continue
			}
			wq, wr, err := DivModBig(big.NewInt(a), big.NewInt(b))
			require.NoError(t, err)
			require.True(t, rok)
			require.Equal(t, wr.Int64(), r, "%d %% %d", a, b)
			require.Equal(t, wq.IsInt64(), qok, "%d // %d", a, b)
			require.Equal(t, qok, dok)
			if qok {
				require.Equal(t, wq.Int64(), q, "%d // %d", a, b)
				require.Equal(t, [2]int64{wq.Int64(), wr.Int64()}, [2]int64{dq, dr})
			}
		}
	})
}

func TestFloorDivModSigns(t *testing.T) {
	// Python: divmod(a, b) for all sign combinations.
	tests := []struct{ a, b, q, r int64 }{
		{7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1},
		{6, 3, 2, 0}, {-6, 3, -2, 0}, {0, -5, 0, 0}, {-5, 3, -2, 1}, {5, -3, -2, -1},
		{math.MinInt64, 1, math.MinInt64, 0}, {math.MinInt64, 2, math.MinInt64 / 2, 0},
		{math.MaxInt64, -1, -math.MaxInt64, 0},
	}
	for _, tc := range tests {
		q, ok := FloorDivInt64(tc.a, tc.b)
		require.True(t, ok)
		r, ok := ModInt64(tc.a, tc.b)
		require.True(t, ok)
		assert.Equal(t, [2]int64{tc.q, tc.r}, [2]int64{q, r}, "divmod(%d, %d)", tc.a, tc.b)
	}
	_, ok := FloorDivInt64(math.MinInt64, -1)
	assert.False(t, ok, "MinInt64 // -1 overflows")
	r, ok := ModInt64(math.MinInt64, -1)
	assert.True(t, ok)
	assert.Equal(t, int64(0), r)
}

func TestShiftInt64(t *testing.T) {
	tests := []struct {
		name string
		left bool
		a, n int64
		want int64
		ok   bool
	}{
		{"1<<3", true, 1, 3, 8, true},
		{"-1<<63", true, -1, 63, math.MinInt64, true},
		{"1<<63 overflows", true, 1, 63, 0, false},
		{"3<<62 overflows", true, 3, 62, 0, false},
		{"-3<<61", true, -3, 61, -3 << 61, true},
		{"0<<1000", true, 0, 1000, 0, true},
		{"negative count", true, 1, -1, 0, false},
		{"5<<64 overflows", true, 5, 64, 0, false},
		{"-5>>1 floors", false, -5, 1, -3, true},
		{"5>>1", false, 5, 1, 2, true},
		{"-1>>1000", false, -1, 1000, -1, true},
		{"7>>64", false, 7, 64, 0, true},
		{">> negative count", false, 7, -1, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got int64
			var ok bool
			if tc.left {
				got, ok = LShiftInt64(tc.a, tc.n)
			} else {
				got, ok = RShiftInt64(tc.a, tc.n)
			}
			require.Equal(t, tc.ok, ok)
			if ok {
				assert.Equal(t, tc.want, got)
			}
		})
	}
}

func TestPowInt64(t *testing.T) {
	tests := []struct {
		a, b, want int64
		ok         bool
	}{
		{2, 10, 1024, true}, {-2, 63, math.MinInt64, false}, {2, 62, 1 << 62, true},
		{2, 63, 0, false}, {-3, 3, -27, true}, {0, 0, 1, true}, {0, 5, 0, true},
		{1, 1 << 40, 1, true}, {-1, 1<<40 + 1, -1, true}, {10, 18, 1e18, true},
		{10, 19, 0, false}, {3, -1, 0, false}, {7, 22, 3909821048582988049, true},
	}
	for _, tc := range tests {
		got, ok := PowInt64(tc.a, tc.b)
		require.Equal(t, tc.ok, ok, "%d**%d", tc.a, tc.b)
		if ok {
			assert.Equal(t, tc.want, got, "%d**%d", tc.a, tc.b)
		}
	}
}
