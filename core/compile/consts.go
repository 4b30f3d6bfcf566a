package compile

// The constant table and the folding of literal constants.

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

// constValue returns the constant an expression folds to: a literal, a
// unary minus applied to a numeric constant, or a tuple of constants (the
// folding CPython's AST optimizer does for them).
func constValue(e syntax.Expr) (any, bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		switch v := e.Value.(type) {
		case syntax.EllipsisValue:
			return bytecode.Ellipsis, true
		case syntax.BytesValue:
			return bytecode.Bytes(v), true
		}
		return e.Value, true
	case *syntax.UnaryOp:
		if e.Op != syntax.MINUS {
			return nil, false
		}
		v, ok := constValue(e.X)
		if !ok {
			return nil, false
		}
		return negate(v)
	case *syntax.Tuple:
		t := make(bytecode.Tuple, len(e.Elts))
		for i, x := range e.Elts {
			v, ok := constValue(x)
			if !ok {
				return nil, false
			}
			t[i] = v
		}
		return t, true
	}
	return nil, false
}

func negate(v any) (any, bool) {
	switch v := v.(type) {
	case int64:
		if v == math.MinInt64 {
			return new(big.Int).Neg(big.NewInt(v)), true
		}
		return -v, true
	case *big.Int:
		n := new(big.Int).Neg(v)
		if n.IsInt64() {
			return n.Int64(), true
		}
		return n, true
	case float64:
		return -v, true
	}
	return nil, false
}

// ---- constants and names ----

// constKey identifies a constant by Go type and value, so that 1, 1.0 and
// True stay distinct while equal constants share a slot.
func constKey(v any) string {
	switch v := v.(type) {
	case nil:
		return "N;"
	case bool:
		if v {
			return "T;"
		}
		return "F;"
	case int64:
		return "i" + strconv.FormatInt(v, 10) + ";"
	case *big.Int:
		return "I" + v.String() + ";"
	case float64:
		return "f" + strconv.FormatUint(math.Float64bits(v), 16) + ";"
	case string:
		return "s" + strconv.Itoa(len(v)) + ":" + v
	case bytecode.Bytes:
		return "b" + strconv.Itoa(len(v)) + ":" + string(v)
	case bytecode.EllipsisType:
		return "E;"
	case bytecode.Tuple:
		var b strings.Builder
		b.WriteString("t" + strconv.Itoa(len(v)) + "(")
		for _, x := range v {
			b.WriteString(constKey(x))
		}
		b.WriteString(")")
		return b.String()
	}
	return ""
}

// constIndex returns the slot of constant v, adding it if needed. Code
// objects are never shared.
func (c *compiler) constIndex(v any) int32 {
	u := c.u
	if _, isCode := v.(*bytecode.Code); !isCode {
		k := constKey(v)
		if i, ok := u.constIdx[k]; ok {
			return i
		}
		u.constIdx[k] = int32(len(u.code.Consts))
	}
	u.code.Consts = append(u.code.Consts, v)
	return int32(len(u.code.Consts) - 1)
}

func (c *compiler) loadConst(v any) { c.emit(bytecode.LOAD_CONST, c.constIndex(v)) }
