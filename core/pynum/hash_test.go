package pynum

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHashInt(t *testing.T) {
	// hash(int) in CPython 3.11 on a 64-bit build.
	tests := []struct {
		v    string
		want int64
	}{
		{"0", 0},
		{"1", 1},
		{"-1", -2},
		{"2", 2},
		{"-2", -2},
		{"2305843009213693950", 2305843009213693950},
		{"2305843009213693951", 0},
		{"2305843009213693952", 1},
		{"-2305843009213693952", -2},
		{"9223372036854775807", 3},
		{"-9223372036854775808", -4},
		{"18446744073709551616", 8},
		{"-18446744073709551616", -8},
		{"1000000000000000000000000000000", 465258685558744706},
		{"-1000000000000000000000000000000", -465258685558744706},
		{"5316911983139663491615228241121378303", 0},
		{"265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001", 424410663027747676},
		{"-265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001", -424410663027747676},
	}
	for _, tc := range tests {
		v := bi(t, tc.v)
		assert.Equal(t, tc.want, HashBig(v), "hash(%s)", tc.v)
		if v.IsInt64() {
			assert.Equal(t, tc.want, HashInt64(v.Int64()), "hash(%s)", tc.v)
		}
	}
}

func TestHashFloat(t *testing.T) {
	tests := []struct {
		f    float64
		want int64
	}{
		{0.0, 0},
		{negZ, 0},
		{1.0, 1},
		{-1.0, -2},
		{1.5, 1152921504606846977},
		{-1.5, -1152921504606846977},
		{0.1, 230584300921369408},
		{1e+300, 1224995262755759164},
		{1e-300, 482449582752280463},
		{5e-324, 16777216},
		{-5e-324, -16777216},
		{2.305843009213694e+18, 1},
		{4.611686018427388e+18, 2},
		{4.336808689942018e-19, 1},
		{1e+16, 10000000000000000},
		{123.456, 1051464412201451643},
		{-2.0, -2},
		{1.7976931348623157e+308, 2234066890152476671},
		{inf, 314159},
		{math.Inf(-1), -314159},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, HashFloat(tc.f, 0), "hash(%v)", tc.f)
	}
	// Integral floats hash like the equal int.
	for _, v := range []int64{3, -7, 1 << 62, -(1 << 62), 1 << 53} {
		assert.Equal(t, HashInt64(v), HashFloat(float64(v), 0))
	}
	big1e30, _ := new(big.Float).SetFloat64(1e30).Int(nil)
	assert.Equal(t, HashBig(big1e30), HashFloat(1e30, 0))
	// NaN hashes by identity, like object.__hash__.
	assert.Equal(t, HashPointer(0x7f0012345670), HashFloat(nan, 0x7f0012345670))
	assert.Equal(t, int64(0x7f001234567), HashPointer(0x7f0012345670))
	assert.Equal(t, int64(-2), HashPointer(^uintptr(0)))
}

func TestHashTupleAndBool(t *testing.T) {
	tests := []struct {
		items []int64
		want  int64
	}{
		{nil, 5740354900026072187},
		{[]int64{1}, -6644214454873602895},
		{[]int64{1, 2}, -3550055125485641917},
		{[]int64{-2}, 8078679518589016365},
		{[]int64{1, 2, 3}, 529344067295497451},
		{[]int64{-3550055125485641917, 3}, -333907151259015829},
		{[]int64{1152921504606846976, 2}, 4981211117337784684},
		{[]int64{465258685558744706, -1152921504606846977}, -388289200788458442},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, HashTuple(tc.items), "hash of tuple with item hashes %v", tc.items)
	}
	assert.Equal(t, int64(1), HashBool(true))
	assert.Equal(t, int64(0), HashBool(false))
}

func TestHashString(t *testing.T) {
	assert.Equal(t, int64(0), HashString(""))
	assert.Equal(t, HashString("spam"), HashString("sp"+"am"))
	assert.NotEqual(t, HashString("spam"), HashString("eggs"))
	seen := map[int64]bool{}
	for i := 0; i < 1000; i++ {
		h := HashString(string(rune('a'+i%26)) + string(rune(i)))
		assert.NotEqual(t, int64(-1), h)
		seen[h] = true
	}
	assert.Greater(t, len(seen), 990, "str hashes should rarely collide")
}
