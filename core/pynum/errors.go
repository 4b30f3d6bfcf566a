package pynum

// Kind names the Python exception class an Error stands for.
type Kind uint8

// The exception classes the numeric and formatting helpers can raise.
const (
	ValueError Kind = iota + 1
	TypeError
	OverflowError
	ZeroDivisionError
	MemoryError
	IndexError
	LookupError
	UnicodeError
)

var kindNames = [...]string{
	ValueError:        "ValueError",
	TypeError:         "TypeError",
	OverflowError:     "OverflowError",
	ZeroDivisionError: "ZeroDivisionError",
	MemoryError:       "MemoryError",
	IndexError:        "IndexError",
	LookupError:       "LookupError",
	UnicodeError:      "UnicodeError",
}

// String returns the Python name of the exception class.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Exception"
}

// Error is a Python exception raised by a helper: the runtime raises an
// exception of class Kind with message Msg.
type Error struct {
	Kind Kind
	Msg  string
}

// Error formats the exception the way a traceback's last line does.
func (e *Error) Error() string {
	if e.Msg == "" {
		return e.Kind.String()
	}
	return e.Kind.String() + ": " + e.Msg
}

func newError(k Kind, msg string) *Error { return &Error{Kind: k, Msg: msg} }

// Errors that carry no data are allocated once: they are returned on paths a
// program may hit in a loop (a ZeroDivisionError caught by try/except).
var (
	errIntDivZero    = newError(ZeroDivisionError, "integer division or modulo by zero")
	errIntModZero    = newError(ZeroDivisionError, "integer modulo by zero")
	errDivZero       = newError(ZeroDivisionError, "division by zero")
	errFloatDivZero  = newError(ZeroDivisionError, "float division by zero")
	errFloatFloorDiv = newError(ZeroDivisionError, "float floor division by zero")
	errFloatModZero  = newError(ZeroDivisionError, "float modulo")
	errFloatDivmod   = newError(ZeroDivisionError, "float divmod()")
	errZeroNegPow    = newError(ZeroDivisionError, "0.0 cannot be raised to a negative power")
	errPowRange      = newError(OverflowError, "(34, 'Numerical result out of range')")
	errNegShift      = newError(ValueError, "negative shift count")
	errTooManyDigits = newError(OverflowError, "too many digits in integer")
	errMemory        = newError(MemoryError, "")
	errIntTooLarge   = newError(OverflowError, "int too large to convert to float")
	errDivTooLarge   = newError(OverflowError, "integer division result too large for a float")
	errFloatInf      = newError(OverflowError, "cannot convert float infinity to integer")
	errFloatNaN      = newError(ValueError, "cannot convert float NaN to integer")
	errRoundRange    = newError(OverflowError, "rounded value too large to represent")
	errPowModZero    = newError(ValueError, "pow() 3rd argument cannot be 0")
	errNotInvertible = newError(ValueError, "base is not invertible for the given modulus")
)

// ErrComplexPow is returned by FloatPow for a negative base and a
// non-integral exponent, whose result CPython makes complex; rcvm has no
// complex type, so the runtime raises it as the ValueError it describes.
var ErrComplexPow = newError(ValueError,
	"negative number cannot be raised to a fractional power (complex numbers are not supported)")
