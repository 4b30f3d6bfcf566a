package pynum

import (
	"math/big"
	"strconv"
	"sync"
	"sync/atomic"
)

// CPython 3.11.7 refuses to convert ints with more than a set number of
// decimal digits to or from str (CVE-2020-10735): quadratic-time conversion
// was a denial-of-service vector. Power-of-two bases are exempt.
const (
	// DefaultMaxStrDigits is sys.int_info.default_max_str_digits.
	DefaultMaxStrDigits = 4300
	// MaxStrDigitsThreshold is sys.int_info.str_digits_check_threshold: the
	// smallest non-zero limit, and the size below which no check is made.
	MaxStrDigitsThreshold = 640
)

// maxStrDigits is the current limit; 0 disables it. It is process-wide,
// like the interpreter-wide setting of CPython's single interpreter.
var maxStrDigits atomic.Int64

func init() { maxStrDigits.Store(DefaultMaxStrDigits) }

// MaxStrDigits returns the current limit (sys.get_int_max_str_digits()).
func MaxStrDigits() int { return int(maxStrDigits.Load()) }

// SetMaxStrDigits sets the limit (sys.set_int_max_str_digits(n)): 0 for no
// limit, else at least MaxStrDigitsThreshold.
func SetMaxStrDigits(n int) error {
	if n != 0 && n < MaxStrDigitsThreshold {
		return newError(ValueError, "maxdigits must be 0 or larger than 640")
	}
	maxStrDigits.Store(int64(n))
	return nil
}

// CheckIntToStr returns CPython's ValueError when v has more decimal digits
// than the current limit allows for str(), repr(), format() or %d; nil
// otherwise. It costs a bit-length test except near the limit.
func CheckIntToStr(v *big.Int) error {
	limit := MaxStrDigits()
	if limit == 0 {
		return nil
	}
	n := v.BitLen()
	// 10**(d-1) <= |v| < 10**d for a d-digit |v|, and 2**(n-1) <= |v|:
	// d-1 <= n*log10(2) < n*0.30103, and d >= (n-1)*log10(2) > (n-1)*0.30102.
	switch {
	case float64(n)*0.30103 < float64(limit):
		return nil
	case float64(n-1)*0.30102 >= float64(limit):
		return intToStrError(limit)
	}
	// Near the limit: compare |v| with 10**limit exactly.
	var a big.Int
	if a.Abs(v).Cmp(limitPow(limit)) >= 0 {
		return intToStrError(limit)
	}
	return nil
}

func intToStrError(limit int) error {
	return newError(ValueError, "Exceeds the limit ("+strconv.Itoa(limit)+
		" digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
}

// CheckStrToInt returns CPython's ValueError when a literal of ndigits digits
// in base exceeds the limit for int(); power-of-two bases are exempt.
func CheckStrToInt(ndigits, base int) error {
	limit := MaxStrDigits()
	if base&(base-1) == 0 || limit == 0 || ndigits <= MaxStrDigitsThreshold || ndigits <= limit {
		return nil
	}
	return newError(ValueError, "Exceeds the limit ("+strconv.Itoa(limit)+
		" digits) for integer string conversion: value has "+strconv.Itoa(ndigits)+
		" digits; use sys.set_int_max_str_digits() to increase the limit")
}

// limitPow caches 10**limit for the one limit in force.
var limitPowCache struct {
	sync.Mutex
	limit int
	pow   *big.Int
}

func limitPow(limit int) *big.Int {
	c := &limitPowCache
	c.Lock()
	defer c.Unlock()
	if c.pow == nil || c.limit != limit {
		c.limit = limit
		c.pow = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(limit)), nil)
	}
	return c.pow
}
