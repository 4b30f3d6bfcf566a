package compile

// f-strings: FORMAT_VALUE for each replacement field, BUILD_STRING to join.

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

// joinedStr compiles an f-string: each piece is pushed (formatted with
// FORMAT_VALUE) and BUILD_STRING concatenates them.
func (c *compiler) joinedStr(e *syntax.JoinedStr) {
	switch {
	case len(e.Values) == 0:
		c.loadConst("")
		return
	case len(e.Values) == 1:
		if k, ok := e.Values[0].(*syntax.Constant); ok {
			c.loadConst(k.Value)
			return
		}
	}
	for _, v := range e.Values {
		switch v := v.(type) {
		case *syntax.Constant:
			c.loadConst(v.Value)
		case *syntax.FormattedValue:
			c.formattedValue(v)
		default:
			c.expr(v)
		}
	}
	if len(e.Values) > 1 {
		c.emit(bytecode.BUILD_STRING, int32(len(e.Values)))
	}
}

func (c *compiler) formattedValue(v *syntax.FormattedValue) {
	line, col := c.at(v)
	defer c.restore(line, col)
	c.expr(v.Value)
	var flags int32
	switch v.Conv {
	case 's':
		flags = bytecode.FormatStr
	case 'r':
		flags = bytecode.FormatRepr
	case 'a':
		flags = bytecode.FormatASCII
	}
	if v.Spec != nil && len(v.Spec.Values) > 0 {
		c.joinedStr(v.Spec)
		flags |= bytecode.FormatWithSpec
	}
	c.emit(bytecode.FORMAT_VALUE, flags)
}
