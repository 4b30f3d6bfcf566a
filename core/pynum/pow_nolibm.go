//go:build !cgo

package pynum

// platformPow without cgo is the correctly rounded powPositive, which
// matches the C library's pow() except in rare near-halfway cases (a
// build without cgo cannot call libm).
func platformPow(x, y float64) float64 { return powPositive(x, y) }
