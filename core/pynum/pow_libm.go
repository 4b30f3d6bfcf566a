//go:build cgo

package pynum

/*
#cgo LDFLAGS: -lm
#include <math.h>
*/
import "C"

// platformPow is the C library's pow(), which CPython's float_pow and
// math.pow call for the general case: calling it makes x**y bit for bit
// CPython's on the same platform, near-halfway cases included (issue 9
// §4). FloatPow has already handled the special cases; x > 0, x != 1.
func platformPow(x, y float64) float64 {
	return float64(C.pow(C.double(x), C.double(y)))
}
