package compile

import "github.com/rcvm/rcvm/core/syntax"

// yield records a yield or yield from in the current block, which makes a
// function a generator; in a comprehension it is CPython's symtable error.
func (st *symtable) yield(e syntax.Expr) {
	if s := st.cur; s.isComp {
		fail(e, "'yield' inside %s", compKindNames[s.node.(*syntax.Comp).Kind])
	}
	st.cur.generator = true
}

// await records an await in the current block.
func (st *symtable) await(e syntax.Expr) {
	st.cur.coroutine = true
}

var compKindNames = [...]string{
	syntax.ListComp: "list comprehension", syntax.SetComp: "set comprehension",
	syntax.DictComp: "dict comprehension", syntax.GenExp: "generator expression",
}
