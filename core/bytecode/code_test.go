package bytecode

import (
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOpNamesCoverEveryOpcode(t *testing.T) {
	for op := Op(0); op < NumOps; op++ {
		assert.NotContains(t, op.String(), "Op(", "opcode %d has no name", op)
	}
	assert.Equal(t, "Op(250)", Op(250).String())
}

func TestBinaryOpSymbols(t *testing.T) {
	cases := []struct {
		op   BinaryOp
		sym  string
		base BinaryOp
	}{
		{Add, "+", Add},
		{FloorDiv, "//", FloorDiv},
		{Pow, "**", Pow},
		{InplaceAdd, "+=", Add},
		{InplaceXor, "^=", Xor},
		{InplaceMatMul, "@=", MatMul},
	}
	for _, c := range cases {
		assert.Equal(t, c.sym, c.op.Symbol())
		assert.Equal(t, c.base, c.op.Base())
	}
	assert.Equal(t, NumBinaryOps, InplaceAdd)
}

func TestCompareSymbols(t *testing.T) {
	want := map[CompareOp]string{Lt: "<", Le: "<=", Eq: "==", Ne: "!=", Gt: ">", Ge: ">="}
	for op, sym := range want {
		assert.Equal(t, sym, op.Symbol())
	}
}

func TestConstString(t *testing.T) {
	cases := []struct {
		k    any
		want string
	}{
		{nil, "None"},
		{true, "True"},
		{false, "False"},
		{int64(-3), "-3"},
		{new(big.Int).Lsh(big.NewInt(1), 70), "1180591620717411303424"},
		{1.5, "1.5"},
		{"a\"b", `"a\"b"`},
		{Tuple{int64(1), "x", Tuple{}}, `(1, "x", ())`},
		{Ellipsis, "Ellipsis"},
		{&Code{QualName: "f.<locals>.g"}, "<code f.<locals>.g>"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, ConstString(c.k))
	}
}

func TestDisassembleShowsNestedCodeAndNames(t *testing.T) {
	inner := &Code{QualName: "f", Filename: "x.py", FirstLine: 1,
		Instrs: []Instr{{LOAD_FAST, 0}, {RETURN_VALUE, 0}}, Lines: []int32{2, 2}, VarNames: []string{"a"}}
	mod := &Code{QualName: "<module>", Filename: "x.py", FirstLine: 1,
		Instrs: []Instr{{LOAD_CONST, 0}, {MAKE_FUNCTION, 0}, {STORE_GLOBAL, 0}, {BINARY_OP, int32(InplaceAdd)}},
		Lines:  []int32{1, 1, 1, 3}, Consts: []any{inner}, Names: []string{"f"}}
	out := mod.Disassemble()
	require.Contains(t, out, "code <module> (x.py:1)")
	assert.Contains(t, out, "(<code f>)")
	assert.Contains(t, out, "STORE_GLOBAL")
	assert.Contains(t, out, "(f)")
	assert.Contains(t, out, "(+=)")
	assert.Contains(t, out, "code f (x.py:1)")
	assert.Contains(t, out, "(a)")
	assert.Equal(t, 2, strings.Count(out, "RETURN_VALUE")+strings.Count(out, "BINARY_OP"))
	assert.Equal(t, 1, inner.NumLocals())
	assert.Equal(t, 0, inner.NumCells())
}
