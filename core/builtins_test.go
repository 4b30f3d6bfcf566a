package core

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// numbersPlainStrategy is a minimal plan for these tests: no GIL,
// no scheduler (the programs are single-threaded).
type numbersPlainStrategy struct{}

func (numbersPlainStrategy) NewPlan(vm *VM, opts Options) (Plan, error) {
	// Atomic counts and locked containers, not plain ones: the strategy is
	// registered, so difftest's every-strategy runs in core's tests
	// (TestImportCorpus's main_threads.py) meet it with threads.
	return Plan{Counting: CountAtomic, LockContainers: true}, nil
}

var numbersStrategyOnce sync.Once

// runNumbersScript runs a program in checked mode and returns what it
// printed on stdout and stderr, and its result.
func runNumbersScript(t testing.TB, src string, argv ...string) (string, string, Result) {
	t.Helper()
	numbersStrategyOnce.Do(func() {
		Register(StrategyInfo{Name: "numbers-test", Description: "plain counting for unit tests", Strategy: numbersPlainStrategy{}})
	})
	var out, errb bytes.Buffer
	vm, err := NewVM(Config{Strategy: "numbers-test", Stdout: &out, Stderr: &errb, Checked: true})
	require.NoError(t, err)
	res, err := vm.RunSource("test.py", []byte(src), append([]string{"test.py"}, argv...))
	if ie, ok := err.(*InternalError); ok {
		t.Log(ie.Stack)
	}
	require.NoError(t, err)
	return out.String(), errb.String(), res
}

// numbersCase is a program and what CPython 3.11.7 prints for it.
type numbersCase struct {
	name, src, want string
}

// runNumbersCases runs each program in checked mode and compares its
// output with CPython's; none of them creates reference cycles, so each
// must free everything it allocated.
func runNumbersCases(t *testing.T, cases []numbersCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, res := runNumbersScript(t, c.src)
			assert.Equal(t, c.want, out)
			assert.Empty(t, errs)
			assert.Zero(t, res.ExitCode)
			assert.Zero(t, res.Stats.UseAfterFree, "uses after free")
			assert.Zero(t, res.Stats.NegativeRefcount, "decrements below zero")
			assert.Zero(t, res.Stats.Leaked, "leaked objects")
		})
	}
}

var builtinsCases = []numbersCase{
	{"print sep end file", `import sys
print(1, 'a', None, 2.5, sep='-', end='!\n')
print()
print('x', end='')
print('y', sep=None, end=None)
print('to', 'stdout', file=sys.stdout, flush=True)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('a', 1, file=w)
print(w.parts)`, "1-a-None-2.5!\n\nxy\nto stdout\n['a', ' ', '1', '\\n']\n"},
	{"print errors", `for kw in [{'sep': 1}, {'end': 2}, {'foo': 3}]:
    try:
        print('x', **kw)
    except TypeError as e:
        print(e)`, "sep must be None or a string, not int\nend must be None or a string, not int\n'foo' is an invalid keyword argument for print()\n"},
	{"len repr ascii hash id", `print(len([1, 2]), len('héllo'), repr('a'), repr(1.5), ascii('héllo'), ascii([1, 'é']))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(2**61 - 1), hash('x') == hash('x'))
a = []
print(id(a) == id(a), id(a) != id([]), type(id(a)))
for bad in [[], {}]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
try:
    len(5)
except TypeError as e:
    print(e)`, "2 5 'a' 1.5 'h\\xe9llo' [1, '\\xe9']\nTrue -2 0 True\nTrue True <class 'int'>\nunhashable type: 'list'\nunhashable type: 'dict'\nobject of type 'int' has no len()\n"},
	{"callable iter next", `print(callable(len), callable(int), callable(lambda: 0), callable(3), callable('s'))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('stop', repr(e))
try:
    next(5)
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
stack = [3, 2, 1, 0, 9]
print(list(iter(stack.pop, 1)))
try:
    iter(1, 2)
except TypeError as e:
    print(e)`, "True True True False False\n1 2 done\nstop StopIteration()\n'int' object is not an iterator\n'int' object is not iterable\n[9, 0]\niter(v, w): v must be callable\n"},
	{"getattr setattr hasattr delattr", `class C:
    pass
c = C()
setattr(c, 'x', 5)
print(getattr(c, 'x'), getattr(c, 'y', 'dflt'), hasattr(c, 'x'), hasattr(c, 'y'))
delattr(c, 'x')
print(hasattr(c, 'x'))
for f in [lambda: getattr(c, 'y'), lambda: getattr(c, 1), lambda: setattr(1, 'x', 2), lambda: hasattr(c, 2), lambda: setattr(1, 'real', 2), lambda: delattr(1.5, 'x'), lambda: setattr(None, 'x', 1), lambda: setattr(1, 'bit_length', 1)]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(getattr(5, 'real'), getattr(2.5, 'imag'), (7).numerator, (7).denominator, True.real)`, "5 dflt True False\nFalse\nAttributeError 'C' object has no attribute 'y'\nTypeError attribute name must be string, not 'int'\nAttributeError 'int' object has no attribute 'x'\nTypeError attribute name must be string, not 'int'\nAttributeError attribute 'real' of 'int' objects is not writable\nAttributeError 'float' object has no attribute 'x'\nAttributeError 'NoneType' object has no attribute 'x'\nAttributeError 'int' object attribute 'bit_length' is read-only\n5 0.0 7 1 1\n"},
	{"isinstance issubclass", `print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1, (str, (float, int))))
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, (str, object)))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B))
for f in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1)]:
    try:
        f()
    except TypeError as e:
        print(e)`, "True True False True\nTrue True True\nTrue False True\nTrue True False\nisinstance() arg 2 must be a type, a tuple of types, or a union\nissubclass() arg 1 must be a class\nissubclass() arg 2 must be a class, a tuple of classes, or a union\n"},
	{"min max", `print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max('hello'), min((2.5, 1, 3)))
print(min([], default=None), max([], default=5), max([1], default=5))
print(min('b', 'a', 'C', key=str.lower), max([1, 3, 2], key=lambda v: -v))
print(max([(1, 'b'), (1, 'a')]), min(1.0, 1), max(1, 1.0), max(range(10)), min(x * x for x in range(-3, 3)))
print(max(2**70, 3.5), min(-2**70, -1e30))
for f in [lambda: max(), lambda: max([]), lambda: min(1), lambda: min(1, 2, default=3), lambda: max([1], foo=1), lambda: max(1, 'a')]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)`, "1 3 1 o 1\nNone 5 1\na 1\n(1, 'b') 1.0 1 9 0\n1180591620717411303424 -1e+30\nTypeError max expected at least 1 argument, got 0\nValueError max() arg is an empty sequence\nTypeError 'int' object is not iterable\nTypeError Cannot specify a default for min() with multiple positional arguments\nTypeError 'foo' is an invalid keyword argument for max()\nTypeError '>' not supported between instances of 'str' and 'int'\n"},
	{"sum any all sorted", `print(sum([1, 2, 3]), sum([0.1] * 10), sum([1, 2.5, 3]), sum([2**62, 2**62, 2**62]), sum([], 10), sum(range(101)))
print(sum([[1], [2]], []), sum([True, True, False]), sum([1.5, 2**70]), sum([0.5, 1, 2**64]), sum((x for x in [1.0, 2.0]), start=1))
print(any([]), all([]), any([0, '', None]), all([1, 'a', 2.5]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len))
print(sorted([(2, 'a'), (1, 'b'), (2, 'A')], key=lambda p: p[0]), sorted({3: 1, 1: 2}), sorted([1.5, 1, True, 0]))
for f in [lambda: sum(['a']), lambda: sum([1], 'a'), lambda: sum(), lambda: sorted(), lambda: sorted([1, 'a']), lambda: any(1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)`, "6 0.9999999999999999 6.5 13835058055282163712 10 5050\n[1, 2] 2 1.1805916207174113e+21 1.8446744073709552e+19 4.0\nFalse True False True True False\n[1, 2, 3] ['a', 'b', 'c'] [3, 2, 1] ['a', 'bb', 'ccc']\n[(1, 'b'), (2, 'a'), (2, 'A')] [1, 3] [0, 1, True, 1.5]\nTypeError unsupported operand type(s) for +: 'int' and 'str'\nTypeError sum() can't sum strings [use ''.join(seq) instead]\nTypeError sum() takes at least 1 positional argument (0 given)\nTypeError sorted expected 1 argument, got 0\nTypeError '<' not supported between instances of 'str' and 'int'\nTypeError 'int' object is not iterable\n"},
	{"abs round divmod pow", `print(abs(-3), abs(-3.5), abs(True), abs(-2**70), abs(-0.0))
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(2.675, 2), round(1.25, 1), round(1234.5678, -2))
print(round(15, -1), round(25, -1), round(-25, -1), round(12345, -10), round(5, 2), round(2.5, None), round(1e300, -299))
print(type(round(2.5)), type(round(2.5, 0)), round(True), round(0.1, 20), round(-0.4))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(7, 0.5), divmod(2**70, -3), divmod(True, 2))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(7, 3, 5), pow(-7, 3, 5), pow(7, -1, 5), pow(2, 3, -5), pow(3, 200, 10**9 + 7))
for f in [lambda: abs('a'), lambda: round(1.5, 'a'), lambda: round('a'), lambda: round(float('inf')), lambda: round(float('nan')),
          lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: divmod(1, 'a'), lambda: pow(2, 2, 0), lambda: pow(2, -1, 4),
          lambda: pow(2.0, 2, 3), lambda: pow('a', 2, 3)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)`, "3 3.5 1 1180591620717411303424 0.0\n0 2 2 -2 2.67 1.2 1200.0\n20 20 -20 0 5 2 1e+300\n<class 'int'> <class 'float'> 1 0.1 0\n(3, 1) (-4, 1) (-4, -1) (-4.0, 0.5) (14.0, 0.0) (-393530540239137101142, -2) (0, 1)\n1024 0.25 8.0 3 2 3 -2 136318165\nTypeError bad operand type for abs(): 'str'\nTypeError 'str' object cannot be interpreted as an integer\nTypeError type str doesn't define __round__ method\nOverflowError cannot convert float infinity to integer\nValueError cannot convert float NaN to integer\nZeroDivisionError integer division or modulo by zero\nZeroDivisionError float divmod()\nTypeError unsupported operand type(s) for divmod(): 'int' and 'str'\nValueError pow() 3rd argument cannot be 0\nValueError base is not invertible for the given modulus\nTypeError pow() 3rd argument not allowed unless all arguments are integers\nTypeError unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'\n"},
	{"hex oct bin chr ord", `print(hex(255), hex(-255), hex(0), hex(2**70), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(True))
print(chr(65), chr(0x1F600), chr(233), ord('a'), ord('é'), ord('\U0001F600'), repr(chr(0)), ord(chr(0xD800)) == 0xD800)
class I:
    def __index__(self): return 10
print(hex(I()), bin(I()), chr(I() ))
for f in [lambda: hex(1.5), lambda: chr(-1), lambda: chr(0x110000), lambda: chr('a'), lambda: ord('ab'), lambda: ord(''), lambda: ord(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)`, "0xff -0xff 0x0 0x400000000000000000 0o10 -0o10 0b101 -0b101 0b0 0x1\nA 😀 é 97 233 128512 '\\x00' True\n0xa 0b1010 \n\nTypeError 'float' object cannot be interpreted as an integer\nValueError chr() arg not in range(0x110000)\nValueError chr() arg not in range(0x110000)\nTypeError 'str' object cannot be interpreted as an integer\nTypeError ord() expected a character, but string of length 2 found\nTypeError ord() expected a character, but string of length 0 found\nTypeError ord() expected string of length 1, but int found\n"},
	{"conversions", `print(int(), int(True), int(-3.9), int(' 12 '), int('-0b101', 0), int('0o17', 0), int('z', 36), int('1_000'), int(2**70 + 0.0))
print(float(), float(' -1.5e3 '), float('inf'), float('-nan'), float(10**20), float(True), float('1_0.5'))
print(bool(), bool(0), bool(0.0), bool(-0.0), bool(2**70), bool(None), bool(''), bool([0]), bool(1, ) )
class N:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __index__(self): return 7
print(int(N()), float(N()))
for f in [lambda: int('abc'), lambda: int('12', 1), lambda: int(3.5, 10), lambda: int(float('inf')), lambda: int(float('nan')),
          lambda: int([]), lambda: float('x'), lambda: float([]), lambda: bool(1, 2), lambda: float(1, 2), lambda: int('1' * 5000)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)`, "0 1 -3 12 -5 15 35 1000 1180591620717411303424\n0.0 -1500.0 inf nan 1e+20 1.0 10.5\nFalse False False False True False False True True\n42 2.5\nValueError invalid literal for int() with base 10: 'abc'\nValueError int() base must be >= 2 and <= 36, or 0\nTypeError int() can't convert non-string with explicit base\nOverflowError cannot convert float infinity to integer\nValueError cannot convert float NaN to integer\nTypeError int() argument must be a string, a bytes-like object or a real number, not 'list'\nValueError could not convert string to float: 'x'\nTypeError float() argument must be a string or a real number, not 'list'\nTypeError bool expected at most 1 argument, got 2\nTypeError float expected at most 1 argument, got 2\nValueError Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit\n"},
	{"singletons", `print(None, NotImplemented, Ellipsis, ..., repr(None), str(...))
print(bool(None), bool(...), None == None, None != 0, None is None, type(None)(), hash(None) == hash(None))
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)`, "None NotImplemented Ellipsis Ellipsis None Ellipsis\nFalse True True True True None True\nNoneType ellipsis NotImplementedType\n"},
	{"format builtin", `print(format(3.14159, '.2f'), format(1234567, ','), format(255, '08b'), format(True), format(True, 'd'), format('ab', '^6') + '|')
print(format(1.5), format(2**100, '_'), format(None), format(-0.0, '+'), format(12, '#x'))
for f in [lambda: format(1.0, 'd'), lambda: format('a', 'd'), lambda: format([], 'x'), lambda: format(1, 2), lambda: format(1, '.2s')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)`, "3.14 1,234,567 11111111 True 1   ab  |\n1.5 1_267_650_600_228_229_401_496_703_205_376 None -0.0 0xc\nValueError Unknown format code 'd' for object of type 'float'\nValueError Unknown format code 'd' for object of type 'str'\nTypeError unsupported format string passed to list.__format__\nTypeError format() argument 2 must be str, not int\nValueError Unknown format code 's' for object of type 'int'\n"},
}

func TestBuiltins(t *testing.T) { runNumbersCases(t, builtinsCases) }

func TestNumbersDevScript(t *testing.T) {
	path := os.Getenv("NUMBERS_SCRIPT")
	if path == "" {
		t.Skip("NUMBERS_SCRIPT not set")
	}
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	out, errs, res := runNumbersScript(t, string(src), strings.Fields(os.Getenv("NUMBERS_ARGS"))...)
	os.Stdout.WriteString(out)
	os.Stderr.WriteString(errs)
	t.Logf("exit=%d leaked=%d uaf=%d neg=%d", res.ExitCode, res.Stats.Leaked, res.Stats.UseAfterFree, res.Stats.NegativeRefcount)
}
