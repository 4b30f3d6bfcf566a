package pynum

import (
	"math"
	"testing"
)

// The fuzz targets check that no input makes the parsers panic; their seeds
// run with the ordinary tests.

func FuzzParseInt(f *testing.F) {
	for _, s := range []string{"0x_1f", " -12 ", "1__0", "١٢٣", "0b", "\xed\xa0\x80", "9999999999999999999999"} {
		f.Add(s, 0)
		f.Add(s, 16)
	}
	f.Fuzz(func(t *testing.T, s string, base int) {
		small, large, err := ParseInt(s, base)
		if err == nil && large != nil && large.IsInt64() {
			t.Errorf("int(%q, %d) = %v returned as big.Int although it fits int64 (small=%d)", s, base, large, small)
		}
	})
}

func FuzzParseFloat(f *testing.F) {
	for _, s := range []string{"1_0.5", "-inf", "nan", "1e", ".", "١.٥", "1e99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ParseFloat(s)
	})
}

func FuzzRoundAndPow(f *testing.F) {
	f.Add(2.675, 2, 1.5, 0.5)
	f.Add(1e300, -400, -8.0, 1.0/3)
	f.Fuzz(func(t *testing.T, x float64, n int, a, b float64) {
		_, _ = Round(x, n)
		_, _ = FloatPow(a, b)
		_, _, _ = FloatDivMod(x, a)
		if r, err := FloatPow(math.Abs(a), b); err == nil && a != 0 && !math.IsNaN(r) && r < 0 {
			t.Errorf("%v ** %v = %v is negative", math.Abs(a), b, r)
		}
	})
}

func FuzzStrRepr(f *testing.F) {
	f.Add("a'b\"c\\\n\x00é😀\xed\xa0\x80\xff")
	f.Fuzz(func(t *testing.T, s string) {
		r := StrRepr(s)
		a := ASCIIRepr(s)
		for i := 0; i < len(a); i++ {
			if a[i] >= 0x80 {
				t.Fatalf("ascii(%q) = %q is not ASCII", s, a)
			}
		}
		if EscapeNonASCII(r) != a {
			t.Fatalf("ascii(%q) = %q but escaping repr gives %q", s, a, EscapeNonASCII(r))
		}
	})
}
