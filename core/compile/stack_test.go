package compile

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/stretchr/testify/require"
)

// simEffect gives the number of stack items an instruction pops and pushes
// (when jumping, or falling through), and how deep the stack must be
// beforehand. It is written from the "before -> after" documentation in
// core/bytecode/opcodes.go, independently of stackEffect.
func simEffect(in bytecode.Instr, jump bool) (pops, pushes, need int) {
	n := int(in.Arg)
	switch in.Op {
	case bytecode.NOP, bytecode.DELETE_FAST, bytecode.DELETE_DEREF, bytecode.DELETE_GLOBAL,
		bytecode.DELETE_NAME, bytecode.JUMP, bytecode.JUMP_BACKWARD, bytecode.KW_NAMES,
		bytecode.POP_BLOCK, bytecode.POP_EXCEPT, bytecode.SETUP_FINALLY, bytecode.SETUP_ANNOTATIONS:
		return 0, 0, 0
	case bytecode.POP_TOP, bytecode.STORE_FAST, bytecode.STORE_DEREF, bytecode.STORE_GLOBAL,
		bytecode.STORE_NAME, bytecode.DELETE_ATTR, bytecode.POP_JUMP_IF_FALSE,
		bytecode.POP_JUMP_IF_TRUE, bytecode.RETURN_VALUE, bytecode.RERAISE, bytecode.WITH_EXIT,
		bytecode.PRINT_EXPR:
		return 1, 0, 0
	case bytecode.COPY:
		return 0, 1, n
	case bytecode.SWAP:
		return 0, 0, n
	case bytecode.PUSH_NULL, bytecode.LOAD_CONST, bytecode.LOAD_FAST, bytecode.LOAD_DEREF,
		bytecode.LOAD_CLOSURE, bytecode.LOAD_GLOBAL, bytecode.LOAD_NAME, bytecode.LOAD_BUILD_CLASS,
		bytecode.LOAD_ASSERTION_ERROR:
		return 0, 1, 0
	case bytecode.IMPORT_NAME:
		return 2, 1, 0
	case bytecode.IMPORT_STAR:
		return 1, 0, 0
	case bytecode.LOAD_ATTR, bytecode.UNARY_NEGATIVE, bytecode.UNARY_POSITIVE, bytecode.UNARY_NOT,
		bytecode.UNARY_INVERT, bytecode.GET_ITER, bytecode.YIELD_VALUE, bytecode.LIST_TO_TUPLE,
		bytecode.GET_YIELD_FROM_ITER, bytecode.GET_AWAITABLE, bytecode.GET_AITER:
		return 1, 1, 0
	case bytecode.GET_ANEXT, bytecode.BEFORE_ASYNC_WITH:
		return 1, 2, 0
	case bytecode.END_ASYNC_FOR:
		return 2, 0, 0
	case bytecode.CALL_EXIT:
		return 4, 1, 0
	case bytecode.YIELD_FROM:
		return 2, 1, 0
	case bytecode.STORE_ATTR, bytecode.DELETE_SUBSCR:
		return 2, 0, 0
	case bytecode.LOAD_METHOD, bytecode.BEFORE_WITH, bytecode.IMPORT_FROM,
		bytecode.MATCH_MAPPING, bytecode.MATCH_SEQUENCE, bytecode.GET_LEN:
		return 1, 2, 0
	case bytecode.MATCH_KEYS:
		return 2, 3, 0
	case bytecode.MATCH_CLASS:
		return 3, 1, 0
	case bytecode.BINARY_SUBSCR, bytecode.BINARY_OP, bytecode.COMPARE_OP, bytecode.IS_OP,
		bytecode.CONTAINS_OP:
		return 2, 1, 0
	case bytecode.STORE_SUBSCR:
		return 3, 0, 0
	case bytecode.BUILD_SLICE, bytecode.BUILD_TUPLE, bytecode.BUILD_LIST, bytecode.BUILD_SET,
		bytecode.BUILD_STRING:
		return n, 1, 0
	case bytecode.BUILD_MAP:
		return 2 * n, 1, 0
	case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
		if jump {
			return 1, 1, 0
		}
		return 1, 0, 0
	case bytecode.FOR_ITER:
		if jump {
			return 1, 0, 0
		}
		return 1, 2, 0
	case bytecode.LIST_APPEND, bytecode.SET_ADD, bytecode.LIST_EXTEND, bytecode.SET_UPDATE,
		bytecode.DICT_UPDATE, bytecode.DICT_MERGE:
		return 1, 0, n + 1
	case bytecode.MAP_ADD:
		return 2, 0, n + 2
	case bytecode.FORMAT_VALUE:
		if n&bytecode.FormatWithSpec != 0 {
			return 2, 1, 0
		}
		return 1, 1, 0
	case bytecode.UNPACK_SEQUENCE:
		return 1, n, 0
	case bytecode.UNPACK_EX:
		return 1, n&0xff + n>>8 + 1, 0
	case bytecode.MAKE_FUNCTION:
		k := 1
		for _, f := range []int{bytecode.MakeDefaults, bytecode.MakeKwDefaults, bytecode.MakeAnnotations, bytecode.MakeClosure} {
			if n&f != 0 {
				k++
			}
		}
		return k, 1, 0
	case bytecode.CALL:
		return n + 2, 1, 0
	case bytecode.CALL_FUNCTION_EX:
		return 3 + n&1, 1, 0
	case bytecode.CHECK_EXC_MATCH:
		return 2, 2, 0
	case bytecode.RAISE_VARARGS:
		return n, 0, 0
	case bytecode.WITH_EXCEPT_START:
		return 2, 3, 0
	}
	panic("simEffect: " + in.Op.String())
}

// simState is the abstract machine state before an instruction: the value
// stack depth and the block stack ("F<depth>" for a SETUP_FINALLY block,
// "H" for an exception handler).
type simState struct {
	depth  int
	blocks string
}

// simulate follows every path through c and checks that the stack never
// underflows or exceeds StackSize, that states agree where paths meet,
// that the block stack is balanced, and that RETURN_VALUE finds exactly the
// return value and no blocks.
func simulate(c *bytecode.Code) error {
	states := make([]*simState, len(c.Instrs))
	type item struct {
		i int
		s simState
	}
	work := []item{{0, simState{}}}
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		i, s := it.i, it.s
		if i < 0 || i >= len(c.Instrs) {
			return fmt.Errorf("%s: control leaves the code at %d", c.QualName, i)
		}
		if prev := states[i]; prev != nil {
			if *prev != s {
				return fmt.Errorf("%s: at %d states %+v and %+v meet", c.QualName, i, *prev, s)
			}
			continue
		}
		states[i] = &s
		in := c.Instrs[i]
		where := fmt.Sprintf("%s: %d %s %d", c.QualName, i, in.Op, in.Arg)
		next := func(target int, jump bool, blocks string) error {
			pops, pushes, need := simEffect(in, jump)
			if s.depth < pops || s.depth < need {
				return fmt.Errorf("%s: stack underflow (depth %d)", where, s.depth)
			}
			d := s.depth - pops + pushes
			if d > c.StackSize {
				return fmt.Errorf("%s: depth %d exceeds StackSize %d", where, d, c.StackSize)
			}
			work = append(work, item{target, simState{d, blocks}})
			return nil
		}
		blocks := s.blocks
		switch in.Op {
		case bytecode.SETUP_FINALLY:
			if s.depth+1 > c.StackSize {
				return fmt.Errorf("%s: handler depth exceeds StackSize", where)
			}
			work = append(work, item{int(in.Arg), simState{s.depth + 1, s.blocks + "H,"}})
			blocks += "F" + strconv.Itoa(s.depth) + ","
		case bytecode.POP_BLOCK, bytecode.POP_EXCEPT, bytecode.END_ASYNC_FOR:
			want := "H"
			if in.Op == bytecode.POP_BLOCK {
				want = "F"
			}
			k := strings.LastIndex(strings.TrimSuffix(blocks, ","), ",") + 1
			if blocks == "" || !strings.HasPrefix(blocks[k:], want) {
				return fmt.Errorf("%s: block stack %q", where, blocks)
			}
			blocks = blocks[:k]
		case bytecode.RETURN_VALUE:
			if s.depth != 1 || s.blocks != "" {
				return fmt.Errorf("%s: return with state %+v", where, s)
			}
		}
		if isJump(in.Op) && in.Op != bytecode.SETUP_FINALLY {
			if err := next(int(in.Arg), true, blocks); err != nil {
				return err
			}
		}
		if !ends(in.Op) {
			if err := next(i+1, false, blocks); err != nil {
				return err
			}
		} else if pops, _, need := simEffect(in, false); s.depth < pops || s.depth < need {
			return fmt.Errorf("%s: stack underflow", where)
		}
	}
	for i, st := range states {
		if st == nil {
			return fmt.Errorf("%s: instruction %d is unreachable", c.QualName, i)
		}
	}
	return nil
}

// corpus returns the Python programs of the repository's test corpora.
func corpus(t *testing.T) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, pattern := range []string{
		"../../testdata/*/*.py",
		"../../experiments/workloads/*.py",
	} {
		paths, err := filepath.Glob(pattern)
		require.NoError(t, err)
		for _, p := range paths {
			src, err := os.ReadFile(p)
			require.NoError(t, err)
			files[p] = src
		}
	}
	return files
}

// stackPrograms exercise unwinding through every kind of block.
var stackPrograms = []string{`
def f(xs):
    for x in xs:
        try:
            with a as b, c:
                try:
                    if x: return x
                    if b: break
                    continue
                except E as e:
                    if e: return e
                    break
                finally:
                    for y in x:
                        return y
        finally:
            while x:
                try:
                    return [z for z in x if z]
                finally:
                    continue
    else:
        return {k: v for k, v in xs}
    return sum(a * b for a in xs for b in a if b)
`, `
class C(B, D):
    def m(self, *a, **k):
        return super().m(*a, x=1, **k), f"{self!r:>{k}}", lambda q=1: q < self < 3
`, `
def g(a, b):
    assert a < b < c, (a and b) or not c
    del a[1:2], b.c
    a[i] += 1
    x, *y, z = b
    return -a if b else (1, 2, (3, -4))
`, `
def m(v):
    for i in v:
        match i, v:
            case ([a, *b, c] | {"k": [a, *b], **c}) as d, _ if a:
                break
            case C(x, y=[1, *_, z]) | D(y=z, x=x), (1 | 2 as q):
                continue
            case _:
                return a, b, c, d, x, z, q
`}

func TestStackDepthNeverExceeded(t *testing.T) {
	programs := corpus(t)
	for i, p := range stackPrograms {
		programs[fmt.Sprintf("stack%d", i)] = []byte(p)
	}
	for i, c := range codegenCases {
		programs[fmt.Sprintf("codegen%d", i)] = []byte(c.src)
	}
	checked := 0
	for name, src := range programs {
		code, err := File(name, src)
		if err != nil {
			// The error corpora hold programs that do not compile.
			require.NotContains(t, err.Error(), "internal compiler error", name)
			continue
		}
		for _, c := range allCodes(code) {
			require.NoError(t, simulate(c), name)
			checked++
		}
	}
	require.Greater(t, checked, 10)
}
