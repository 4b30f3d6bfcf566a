package pynum

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRound(t *testing.T) {
	// round(f, n) in CPython 3.11.
	tests := []struct {
		f    float64
		n    int
		want float64
		err  string
	}{
		{2.675, 2, 2.67, ""},
		{0.125, 2, 0.12, ""},
		{0.375, 2, 0.38, ""},
		{-0.4, 0, negZ, ""},
		{2.5, 0, 2.0, ""},
		{-2.5, 0, -2.0, ""},
		{1.5, 0, 2.0, ""},
		{123.456, -1, 120.0, ""},
		{125.0, -1, 120.0, ""},
		{135.0, -1, 140.0, ""},
		{-125.0, -1, -120.0, ""},
		{5e-324, 400, 5e-324, ""},
		{5e-324, 323, 0.0, ""},
		{5e-324, 322, 0.0, ""},
		{1.7976931348623157e+308, -308, 0, "rounded value too large to represent"},
		{1.7976931348623157e+308, -307, 0, "rounded value too large to represent"},
		{1e+300, -299, 1e+300, ""},
		{4.5, -1, 0.0, ""},
		{5.0, -1, 0.0, ""},
		{15.0, -1, 20.0, ""},
		{0.5, -1, 0.0, ""},
		{123456789.0, -9, 0.0, ""},
		{500000000.0, -9, 0.0, ""},
		{1500000000.0, -9, 2000000000.0, ""},
		{1.23456789e-10, 15, 1.23457e-10, ""},
		{inf, 2, inf, ""},
		{nan, -2, nan, ""},
		{-1.5, -400, negZ, ""},
		{1.5, -400, 0.0, ""},
		{0.30000000000000004, 1, 0.3, ""},
		{1e+22, -22, 1e+22, ""},
		{5e+22, -23, 0.0, ""},
		{1234.5678, -2, 1200.0, ""},
		{2.5e-05, 5, 3e-05, ""},
		{0.285, 2, 0.28, ""},
		{1.0000000000000002, 15, 1.0, ""},
		{9.995, 2, 9.99, ""},
	}
	for _, tc := range tests {
		got, err := Round(tc.f, tc.n)
		if tc.err != "" {
			assertPyErr(t, err, OverflowError, tc.err)
			continue
		}
		require.NoError(t, err)
		sameFP(t, tc.want, got, "round(%v, %d)", tc.f, tc.n)
	}
	sameFP(t, 2, RoundHalfEven(2.5))
	sameFP(t, -4, RoundHalfEven(-3.5))
	sameFP(t, negZ, RoundHalfEven(-0.5))
	sameFP(t, 3, RoundHalfEven(2.5000000000000004))
}

func TestRoundInt(t *testing.T) {
	tests := []struct {
		v    string
		n    int
		want string
	}{
		{"135", -1, "140"},
		{"-125", -1, "-120"},
		{"5", -1, "0"},
		{"15", -1, "20"},
		{"25", -1, "20"},
		{"-25", -1, "-20"},
		{"1000000000000000500000000000000", -15, "1000000000000000000000000000000"},
		{"1000000000000001500000000000000", -15, "1000000000000002000000000000000"},
		{"-1000000000000000500000000000000", -15, "-1000000000000000000000000000000"},
		{"987654321", -3, "987654000"},
		{"987654321", -10, "0"},
		{"987654321", 2, "987654321"},
		{"5", -1000000, "0"},
		{"5", math.MinInt, "0"},
		{"-99", -2, "-100"},
		{"-50", -2, "0"},
		{"-150", -2, "-200"},
		{"49", -2, "0"},
		{"0", -3, "0"},
		{"999", -3, "1000"},
		{"-999", -3, "-1000"},
	}
	for _, tc := range tests {
		got := RoundInt(bi(t, tc.v), tc.n)
		assert.Equal(t, tc.want, got.String(), "round(%s, %d)", tc.v, tc.n)
	}
	// Near the digit-count shortcut: 10**40 rounded at -41 is 0, at -40 is
	// 10**40 (a tie would go to even 0 only for 5*10**39).
	p40 := new(big.Int).Exp(big.NewInt(10), big.NewInt(40), nil)
	assert.Equal(t, "0", RoundInt(p40, -41).String())
	assert.Equal(t, p40.String(), RoundInt(p40, -40).String())
	half := new(big.Int).Mul(big.NewInt(5), new(big.Int).Exp(big.NewInt(10), big.NewInt(39), nil))
	assert.Equal(t, "0", RoundInt(half, -40).String())
}
