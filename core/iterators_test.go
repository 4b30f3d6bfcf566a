package core

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Helpers shared by the container and str tests (this file's own tests
// are at the end).

// containersPlainStrategy is a minimal plan for these tests: plain
// counting, no scheduler.
type containersPlainStrategy struct{}

func (containersPlainStrategy) NewPlan(vm *VM, opts Options) (Plan, error) {
	// Atomic counts and locked containers, not plain ones: the strategy is
	// registered, so difftest's every-strategy runs in core's tests
	// (TestImportCorpus's main_threads.py) meet it with threads.
	return Plan{Counting: CountAtomic, LockContainers: true}, nil
}

var containersStrategyOnce sync.Once

// runContainersScript runs a program in checked mode and returns its
// standard output and result.
func runContainersScript(tb testing.TB, src string) (string, Result) {
	tb.Helper()
	containersStrategyOnce.Do(func() {
		Register(StrategyInfo{Name: "containers-test", Description: "plain counting for container tests",
			Strategy: containersPlainStrategy{}})
	})
	var out, errb bytes.Buffer
	vm, err := NewVM(Config{Strategy: "containers-test", Stdout: &out, Stderr: &errb, Checked: true})
	require.NoError(tb, err)
	res, err := vm.RunSource("test.py", []byte(src), []string{"test.py"})
	require.NoError(tb, err)
	require.Equal(tb, 0, res.ExitCode, "stderr: %s", errb.String())
	return out.String(), res
}

// exprCase is an expression and what CPython 3.11 prints for it: its repr,
// or "ExceptionName: message".
type exprCase struct{ expr, want string }

// checkExprs evaluates every case in one program run after prelude, and
// checks the results and that nothing leaked or was used after free.
func checkExprs(t *testing.T, prelude string, cases []exprCase) {
	t.Helper()
	var b strings.Builder
	b.WriteString(prelude)
	b.WriteString("\n")
	for _, c := range cases {
		fmt.Fprintf(&b, "try:\n    print(repr(%s))\nexcept Exception as e:\n    print(type(e).__name__ + ': ' + str(e))\n", c.expr)
	}
	out, res := runContainersScript(t, b.String())
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, len(cases), "output:\n%s", out)
	for i, c := range cases {
		assert.Equal(t, c.want, lines[i], "expression: %s", c.expr)
	}
	assert.Zero(t, res.Stats.Leaked, "leaked objects")
	assert.Zero(t, res.Stats.UseAfterFree, "uses after free")
	assert.Zero(t, res.Stats.NegativeRefcount, "negative counts")
}

// containersTestThread returns a thread of a bare VM for calling the Go
// API directly; its allocation counters tell whether a test leaked.
func containersTestThread(tb testing.TB) *Thread {
	tb.Helper()
	readyTypes()
	vm := &VM{cfg: Config{RecursionLimit: 1000}}
	return &Thread{counting: CountPlain, base: CountPlain, vm: vm}
}

// live returns the number of objects the thread allocated and did not free.
func live(t *Thread) int64 { return t.heap.acct.allocated - t.heap.acct.freed }

// The expected values were produced by CPython 3.11.7.

func TestIterators(t *testing.T) {
	checkExprs(t, "def appending():\n    li = [1, 2, 3]\n    out = []\n    for v in li:\n        out.append(v)\n        if v == 1:\n            li.append(4)\n    return out\ndef drained():\n    it = iter([1, 2])\n    return list(it), list(it), next(it, 'done')\nclass Seq:\n    def __len__(self):\n        return 3\n    def __getitem__(self, i):\n        if i >= 3:\n            return [][1]\n        return i * 10\nclass Rev:\n    def __reversed__(self):\n        return iter('zyx')\nclass NoRev:\n    __reversed__ = None\n    def __len__(self):\n        return 1\n    def __getitem__(self, i):\n        return i\ndef mutate_dict():\n    d = {1: 2}\n    it = iter(d)\n    d[3] = 4\n    return next(it)\ndef mutate_set():\n    s = set([1])\n    it = iter(s)\n    s.add(2)\n    return next(it)\n", []exprCase{
		{"appending()", "[1, 2, 3, 4]"},
		{"drained()", "([1, 2], [], 'done')"},
		{"list(enumerate('abc'))", "[(0, 'a'), (1, 'b'), (2, 'c')]"},
		{"list(enumerate('ab', 5))", "[(5, 'a'), (6, 'b')]"},
		{"list(enumerate('ab', start=-1))", "[(-1, 'a'), (0, 'b')]"},
		{"list(enumerate('abc', 2**63 - 2))", "[(9223372036854775806, 'a'), (9223372036854775807, 'b'), (9223372036854775808, 'c')]"},
		{"list(enumerate('ab', -2**64))", "[(-18446744073709551616, 'a'), (-18446744073709551615, 'b')]"},
		{"enumerate()", "TypeError: enumerate() missing required argument 'iterable'"},
		{"enumerate([], 1, 2)", "TypeError: enumerate() takes at most 2 arguments (3 given)"},
		{"enumerate([], foo=1)", "TypeError: 'foo' is an invalid keyword argument for enumerate()"},
		{"enumerate([], start='a')", "TypeError: 'str' object cannot be interpreted as an integer"},
		{"enumerate(1)", "TypeError: 'int' object is not iterable"},
		{"list(enumerate(iterable='ab'))", "[(0, 'a'), (1, 'b')]"},
		{"type(enumerate([])).__name__", "'enumerate'"},
		{"list(zip('ab', [1, 2, 3]))", "[('a', 1), ('b', 2)]"},
		{"list(zip())", "[]"},
		{"list(zip('a'))", "[('a',)]"},
		{"list(zip([1], [1, 2], strict=True))", "ValueError: zip() argument 2 is longer than argument 1"},
		{"list(zip([1, 2], [1], strict=True))", "ValueError: zip() argument 2 is shorter than argument 1"},
		{"list(zip([1], [1], [1, 2], strict=True))", "ValueError: zip() argument 3 is longer than arguments 1-2"},
		{"list(zip([1, 2], [1, 2], [1], strict=True))", "ValueError: zip() argument 3 is shorter than arguments 1-2"},
		{"list(zip([1, 2], [3, 4], strict=True))", "[(1, 3), (2, 4)]"},
		{"zip(x=1)", "TypeError: 'x' is an invalid keyword argument for zip()"},
		{"zip(1)", "TypeError: 'int' object is not iterable"},
		{"list(map(str, [1, 2]))", "['1', '2']"},
		{"list(map(lambda a, b: a + b, [1, 2], [10, 20, 30]))", "[11, 22]"},
		{"map(len)", "TypeError: map() must have at least two arguments."},
		{"map(len, [], x=1)", "TypeError: map() takes no keyword arguments"},
		{"list(map(len, [1]))", "TypeError: object of type 'int' has no len()"},
		{"list(map(lambda *a: a, 'ab', 'cd', 'ef', 'gh', 'ij'))", "[('a', 'c', 'e', 'g', 'i'), ('b', 'd', 'f', 'h', 'j')]"},
		{"list(filter(None, [0, 1, '', 'a']))", "[1, 'a']"},
		{"list(filter(lambda v: v > 1, [1, 2, 3]))", "[2, 3]"},
		{"list(filter(bool, [0, 2]))", "[2]"},
		{"filter(1)", "TypeError: filter expected 2 arguments, got 1"},
		{"filter(None, 1)", "TypeError: 'int' object is not iterable"},
		{"filter(None, [], x=1)", "TypeError: filter() takes no keyword arguments"},
		{"list(reversed([1, 2, 3]))", "[3, 2, 1]"},
		{"list(reversed((1, 2, 3)))", "[3, 2, 1]"},
		{"list(reversed('abc'))", "['c', 'b', 'a']"},
		{"reversed(1)", "TypeError: 'int' object is not reversible"},
		{"reversed()", "TypeError: reversed expected 1 argument, got 0"},
		{"reversed([], x=1)", "TypeError: reversed() takes no keyword arguments"},
		{"reversed({1})", "TypeError: 'set' object is not reversible"},
		{"list(reversed(Seq()))", "[20, 10, 0]"},
		{"list(reversed(Rev()))", "['z', 'y', 'x']"},
		{"reversed(NoRev())", "TypeError: 'NoRev' object is not reversible"},
		{"list(iter(Seq()))", "[0, 10, 20]"},
		{"mutate_dict()", "RuntimeError: dictionary changed size during iteration"},
		{"mutate_set()", "RuntimeError: Set changed size during iteration"},
		{"list(iter({'a': 1}.values()))", "[1]"},
		{"next(iter(range(0)), 'empty')", "'empty'"},
		{"[x * 2 for x in range(5)]", "[0, 2, 4, 6, 8]"},
		{"sum(x for x in range(10))", "45"},
	})
}
