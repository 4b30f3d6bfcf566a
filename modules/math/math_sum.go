package math

import "github.com/rcvm/rcvm/core"

import "math"

// math.fsum: an exactly rounded floating-point sum, by Shewchuk's
// algorithm ("Adaptive Precision Floating-Point Arithmetic and Fast Robust
// Geometric Predicates", 1997) as CPython's math_fsum applies it: the
// running sum is kept as a list of non-overlapping partials whose exact sum
// is the exact sum of the items so far. Infinities and NaNs are summed
// separately, and a partial that overflows is an error, as in CPython, so
// that the errors match too ("intermediate overflow in fsum").

func mathFsum(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("fsum", args, kwnames, 1, 1) {
		return nil
	}
	var s fsum
	failed := false
	ok := t.Iterate(args[0], func(item *core.Object) bool {
		x, ok := t.AsFloat(item)
		if !ok {
			return false
		}
		if !s.add(x) {
			t.RaiseMsg(&core.OverflowErrorType, "intermediate overflow in fsum")
			failed = true
			return false
		}
		return true
	})
	if !ok || failed || t.Failed() {
		return nil
	}
	r, ok := s.result()
	if !ok {
		return t.RaiseMsg(&core.ValueErrorType, "-inf + inf in fsum")
	}
	return t.NewFloat(r)
}

// fsum is the state of an exact summation.
type fsum struct {
	partials []float64
	// special sums the infinities and NaNs; inf sums the infinities alone
	// (a NaN there means +inf and -inf were both seen).
	special, inf float64
}

// add adds x exactly; it reports false on an intermediate overflow.
func (s *fsum) add(x float64) bool {
	orig := x
	i := 0
	for _, y := range s.partials {
		if math.Abs(x) < math.Abs(y) {
			x, y = y, x
		}
		hi := x + y
		lo := y - (hi - x)
		if lo != 0 {
			s.partials[i] = lo
			i++
		}
		x = hi
	}
	s.partials = s.partials[:i]
	if x == 0 {
		return true
	}
	if math.IsInf(x, 0) || math.IsNaN(x) {
		// A non-finite sum comes either from a non-finite item, or from
		// finite items whose partial overflowed.
		if !math.IsInf(orig, 0) && !math.IsNaN(orig) {
			return false
		}
		if math.IsInf(orig, 0) {
			s.inf += orig
		}
		s.special += orig
		s.partials = s.partials[:0]
		return true
	}
	s.partials = append(s.partials, x)
	return true
}

// result rounds the exact sum to the nearest float; ok is false when both
// infinities were summed.
func (s *fsum) result() (float64, bool) {
	if s.special != 0 || math.IsNaN(s.special) {
		if math.IsNaN(s.inf) {
			return 0, false
		}
		return s.special, true
	}
	p := s.partials
	n := len(p)
	if n == 0 {
		return 0, true
	}
	n--
	hi := p[n]
	lo := 0.0
	// Add the partials from the largest down while the sum stays exact.
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		lo = y - (hi - x)
		if lo != 0 {
			break
		}
	}
	// Round half-even across the remaining partials: when the rounding
	// error lo and the next partial have the same sign, the exact sum lies
	// beyond the halfway point lo marks, so round away.
	if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi, true
}
