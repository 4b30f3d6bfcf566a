package core

import "math"

// Elementary functions for the math module. TODO(numbers): correctly
// rounded versions (glibc's are), so that printed results match CPython's.

var (
	libmExp   = math.Exp
	libmExp2  = math.Exp2
	libmLog   = math.Log
	libmLog2  = math.Log2
	libmLog10 = math.Log10
	libmSin   = math.Sin
	libmCos   = math.Cos
	libmTan   = math.Tan
	libmAsin  = math.Asin
	libmAcos  = math.Acos
	libmAtan  = math.Atan
	libmAtan2 = math.Atan2
	libmSinh  = math.Sinh
	libmCosh  = math.Cosh
	libmTanh  = math.Tanh
	libmCbrt  = math.Cbrt
)

func libmHypot(xs []float64) float64 {
	r := 0.0
	for _, x := range xs {
		r = math.Hypot(r, x)
	}
	return r
}
