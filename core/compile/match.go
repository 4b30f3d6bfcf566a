package compile

import (
	"math/big"
	"strconv"

	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/pyfmt"
	"github.com/rcvm/rcvm/core/syntax"
)

// The match statement, compiled as CPython 3.11's compiler_match does.
//
// A pattern consumes the subject on top of the stack. Captured values are
// not stored as they are found: each is rotated down the stack, under the
// items the enclosing patterns still need (onTop) and under the captures
// made before it, and the names are bound together once the whole case
// pattern has matched. A failing test jumps to failPop[n], a chain of
// POP_TOPs that drops the n items above the subject's place (captures and
// work items) before falling into the next case.

// patternCtx is the state of the pattern being compiled (CPython's
// pattern_context).
type patternCtx struct {
	// stores are the names captured so far, in order; their values are on
	// the stack, the most recent deepest.
	stores []string
	// allowIrrefutable is set where an irrefutable pattern may appear: in
	// the last case, under a guard, inside another pattern.
	allowIrrefutable bool
	// failPop[n] pops n items and fails.
	failPop []label
	// onTop counts the work items above the captures.
	onTop int
	// loc is the pattern compiled last: compile errors point at it, as
	// CPython's do.
	loc *syntax.Node
}

func (c *compiler) matchStmt(s *syntax.Match) {
	c.expr(s.Subject)
	end := c.newLabel()
	cases := len(s.Cases)
	hasDefault := 0
	if isWildcard(s.Cases[cases-1].Pattern) && cases > 1 {
		hasDefault = 1
	}
	var loc syntax.Node
	for i, m := range s.Cases[:cases-hasDefault] {
		pc := &patternCtx{allowIrrefutable: m.Guard != nil || i == cases-1, loc: &loc}
		last := i == cases-hasDefault-1
		c.at(m.Pattern)
		if !last {
			c.emit(bytecode.COPY, 1)
		}
		c.pattern(m.Pattern, pc)
		// It's a match: bind the captured names, which are on the stack.
		for _, n := range pc.stores {
			c.nameOp(n, ctxStore)
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(m.Guard, false, pc.failPop[0])
		}
		if !last {
			c.emit(bytecode.POP_TOP, 0)
		}
		c.stmts(m.Body)
		c.emitJump(bytecode.JUMP, end)
		// The cleanup of a failed match belongs to its pattern's line.
		c.at(m.Pattern)
		c.emitFailPop(pc)
	}
	if hasDefault == 1 {
		m := s.Cases[cases-1]
		c.at(m.Pattern)
		c.emit(bytecode.NOP, 0)
		if m.Guard != nil {
			c.jumpIf(m.Guard, false, end)
		}
		c.stmts(m.Body)
	}
	c.bind(end)
}

// isWildcard reports whether p is `_`.
func isWildcard(p syntax.Pattern) bool {
	as, ok := p.(*syntax.MatchAs)
	return ok && as.Pattern == nil && as.Name == ""
}

// patternFail fails with a SyntaxError at the pattern compiled last.
func patternFail(pc *patternCtx, format string, args ...any) {
	fail(*pc.loc, format, args...)
}

// ensureFailPop makes sure failPop has a label for popping n items.
func (c *compiler) ensureFailPop(pc *patternCtx, n int) {
	for len(pc.failPop) <= n {
		pc.failPop = append(pc.failPop, c.newLabel())
	}
}

// jumpToFailPop emits the jump op to the label that pops the work items and
// the captures, then fails.
func (c *compiler) jumpToFailPop(pc *patternCtx, op bytecode.Op) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.emitJump(op, pc.failPop[pops])
}

// emitFailPop emits the chain of POP_TOPs the failPop labels name.
func (c *compiler) emitFailPop(pc *patternCtx) {
	if len(pc.failPop) == 0 {
		return
	}
	for n := len(pc.failPop) - 1; n > 0; n-- {
		c.bind(pc.failPop[n])
		c.emit(bytecode.POP_TOP, 0)
	}
	c.bind(pc.failPop[0])
	pc.failPop = nil
}

// rotate moves the top of the stack down to position n (1 is the top).
func (c *compiler) rotate(n int) {
	for ; n > 1; n-- {
		c.emit(bytecode.SWAP, int32(n))
	}
}

// storeName captures the top of the stack as name ("" drops it).
func (c *compiler) storeName(name string, pc *patternCtx) {
	if name == "" {
		c.emit(bytecode.POP_TOP, 0)
		return
	}
	if name == "__debug__" {
		patternFail(pc, "cannot assign to __debug__")
	}
	for _, s := range pc.stores {
		if s == name {
			patternFail(pc, "multiple assignments to name '%s' in pattern", name)
		}
	}
	c.rotate(pc.onTop + len(pc.stores) + 1)
	pc.stores = append(pc.stores, name)
}

// subpattern compiles a pattern nested in another, where irrefutable
// patterns are allowed.
func (c *compiler) subpattern(p syntax.Pattern, pc *patternCtx) {
	allow := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = allow
}

func (c *compiler) pattern(p syntax.Pattern, pc *patternCtx) {
	c.at(p)
	*pc.loc = p
	switch p := p.(type) {
	case *syntax.MatchValue:
		switch p.Value.(type) {
		case *syntax.Constant, *syntax.UnaryOp, *syntax.Attribute:
		default:
			patternFail(pc, "patterns may only match literals and attribute lookups")
		}
		c.expr(p.Value)
		c.emit(bytecode.COMPARE_OP, int32(bytecode.Eq))
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	case *syntax.MatchSingleton:
		c.loadConst(p.Value)
		c.emit(bytecode.IS_OP, 0)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	case *syntax.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name != "" {
					patternFail(pc, "name capture '%s' makes remaining patterns unreachable", p.Name)
				}
				patternFail(pc, "wildcard makes remaining patterns unreachable")
			}
			c.storeName(p.Name, pc)
			return
		}
		// Keep a copy of the subject to capture if the pattern matches.
		pc.onTop++
		c.emit(bytecode.COPY, 1)
		c.pattern(p.Pattern, pc)
		pc.onTop--
		c.storeName(p.Name, pc)
	case *syntax.MatchStar:
		c.storeName(p.Name, pc)
	case *syntax.MatchSequence:
		c.sequencePattern(p, pc)
	case *syntax.MatchMapping:
		c.mappingPattern(p, pc)
	case *syntax.MatchClass:
		c.classPattern(p, pc)
	case *syntax.MatchOr:
		c.orPattern(p, pc)
	}
}

func (c *compiler) sequencePattern(p *syntax.MatchSequence, pc *patternCtx) {
	pats := p.Patterns
	size := len(pats)
	star := -1
	onlyWildcard, starWildcard := true, false
	for i, q := range pats {
		if st, ok := q.(*syntax.MatchStar); ok {
			if star >= 0 {
				patternFail(pc, "multiple starred names in sequence pattern")
			}
			starWildcard = st.Name == ""
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && isWildcard(q)
	}
	// The subject stays on top during the type and length checks.
	pc.onTop++
	c.emit(bytecode.MATCH_SEQUENCE, 0)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	switch {
	case star < 0:
		c.emit(bytecode.GET_LEN, 0)
		c.loadConst(int64(size))
		c.emit(bytecode.COMPARE_OP, int32(bytecode.Eq))
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	case size > 1:
		c.emit(bytecode.GET_LEN, 0)
		c.loadConst(int64(size - 1))
		c.emit(bytecode.COMPARE_OP, int32(bytecode.Ge))
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		c.emit(bytecode.POP_TOP, 0)
	case starWildcard:
		c.sequenceSubscr(pats, star, pc)
	default:
		c.sequenceUnpack(pats, star, pc)
	}
}

// sequenceUnpack unpacks the subject and matches each item.
func (c *compiler) sequenceUnpack(pats []syntax.Pattern, star int, pc *patternCtx) {
	size := len(pats)
	if star < 0 {
		c.emit(bytecode.UNPACK_SEQUENCE, int32(size))
	} else {
		c.emit(bytecode.UNPACK_EX, int32(star+(size-star-1)<<8))
	}
	pc.onTop += size
	for _, q := range pats {
		pc.onTop--
		c.subpattern(q, pc)
	}
}

// sequenceSubscr matches the items around a `*_` by indexing the subject,
// so that a long subject is not unpacked.
func (c *compiler) sequenceSubscr(pats []syntax.Pattern, star int, pc *patternCtx) {
	pc.onTop++
	size := len(pats)
	for i, q := range pats {
		if isWildcard(q) || i == star {
			continue
		}
		c.emit(bytecode.COPY, 1)
		if i < star {
			c.loadConst(int64(i))
		} else {
			// The subject may not support negative indexes.
			c.emit(bytecode.GET_LEN, 0)
			c.loadConst(int64(size - i))
			c.emit(bytecode.BINARY_OP, int32(bytecode.Sub))
		}
		c.emit(bytecode.BINARY_SUBSCR, 0)
		c.subpattern(q, pc)
	}
	pc.onTop--
	c.emit(bytecode.POP_TOP, 0)
}

func (c *compiler) mappingPattern(p *syntax.MatchMapping, pc *patternCtx) {
	size := len(p.Keys)
	pc.onTop++
	c.emit(bytecode.MATCH_MAPPING, 0)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	if size == 0 && p.Rest == "" {
		// {} matches any mapping.
		pc.onTop--
		c.emit(bytecode.POP_TOP, 0)
		return
	}
	if size > 0 {
		c.emit(bytecode.GET_LEN, 0)
		c.loadConst(int64(size))
		c.emit(bytecode.COMPARE_OP, int32(bytecode.Ge))
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	}
	// The keys, as a tuple for MATCH_KEYS; literal keys must differ.
	seen := map[string]bool{}
	consts := make(bytecode.Tuple, 0, size)
	for _, k := range p.Keys {
		if v, ok := constValue(k); ok {
			key := patternKey(v)
			if seen[key] {
				patternFail(pc, "mapping pattern checks duplicate key (%s)", constRepr(v))
			}
			seen[key] = true
			consts = append(consts, v)
		} else if _, ok := k.(*syntax.Attribute); !ok {
			patternFail(pc, "mapping pattern keys may only match literals and attribute lookups")
		}
	}
	if len(consts) == size {
		c.loadConst(consts)
	} else {
		for _, k := range p.Keys {
			c.expr(k)
		}
		c.emit(bytecode.BUILD_TUPLE, int32(size))
	}
	c.emit(bytecode.MATCH_KEYS, 0)
	// The keys and the values (or None) are on top of the subject.
	pc.onTop += 2
	c.emit(bytecode.COPY, 1)
	c.loadConst(nil)
	c.emit(bytecode.IS_OP, 1)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	c.emit(bytecode.UNPACK_SEQUENCE, int32(size))
	pc.onTop += size - 1
	for _, q := range p.Patterns {
		pc.onTop--
		c.subpattern(q, pc)
	}
	// A match: what follows consumes the keys and the subject.
	pc.onTop -= 2
	if p.Rest == "" {
		c.emit(bytecode.POP_TOP, 0) // the keys
		c.emit(bytecode.POP_TOP, 0) // the subject
		return
	}
	// rest = dict(subject); del rest[k] for each key.
	c.emit(bytecode.BUILD_MAP, 0)
	c.emit(bytecode.SWAP, 3)
	c.emit(bytecode.DICT_UPDATE, 2)
	c.emit(bytecode.UNPACK_SEQUENCE, int32(size))
	for n := size; n > 0; n-- {
		c.emit(bytecode.COPY, int32(1+n))
		c.emit(bytecode.SWAP, 2)
		c.emit(bytecode.DELETE_SUBSCR, 0)
	}
	c.storeName(p.Rest, pc)
}

// patternKey identifies a literal mapping key by Python equality (1, 1.0
// and True are the same key), for the duplicate-key check.
func patternKey(v any) string {
	switch x := v.(type) {
	case bool:
		if x {
			return "n1"
		}
		return "n0"
	case int64:
		return "n" + strconv.FormatInt(x, 10)
	case *big.Int:
		return "n" + x.String()
	case float64:
		if f := big.NewFloat(x); x == x && f.IsInt() {
			i, _ := f.Int(nil)
			return "n" + i.String()
		}
	}
	return constKey(v)
}

func (c *compiler) classPattern(p *syntax.MatchClass, pc *patternCtx) {
	nargs, nattrs := len(p.Patterns), len(p.KwdAttrs)
	for i, a := range p.KwdAttrs {
		if a == "__debug__" {
			fail(p.KwdPatterns[i], "cannot assign to __debug__")
		}
		for j := i + 1; j < nattrs; j++ {
			if p.KwdAttrs[j] == a {
				fail(p.KwdPatterns[j], "attribute name repeated in class pattern: %s", a)
			}
		}
	}
	c.expr(p.Cls)
	names := make(bytecode.Tuple, nattrs)
	for i, a := range p.KwdAttrs {
		names[i] = a
	}
	c.loadConst(names)
	c.emit(bytecode.MATCH_CLASS, int32(nargs))
	c.emit(bytecode.COPY, 1)
	c.loadConst(nil)
	c.emit(bytecode.IS_OP, 1)
	// The tuple of attributes (or None) is on top.
	pc.onTop++
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	c.emit(bytecode.UNPACK_SEQUENCE, int32(nargs+nattrs))
	pc.onTop += nargs + nattrs - 1
	for i := 0; i < nargs+nattrs; i++ {
		pc.onTop--
		q := syntax.Pattern(nil)
		if i < nargs {
			q = p.Patterns[i]
		} else {
			q = p.KwdPatterns[i-nargs]
		}
		if isWildcard(q) {
			c.emit(bytecode.POP_TOP, 0)
			continue
		}
		c.subpattern(q, pc)
	}
}

func (c *compiler) orPattern(p *syntax.MatchOr, pc *patternCtx) {
	end := c.newLabel()
	old := *pc
	var control []string
	for i, alt := range p.Patterns {
		pc.stores = nil
		// An irrefutable alternative must come last, if allowed at all.
		pc.allowIrrefutable = i == len(p.Patterns)-1 && old.allowIrrefutable
		pc.failPop = nil
		pc.onTop = 0
		c.emit(bytecode.COPY, 1)
		c.pattern(alt, pc)
		switch {
		case i == 0:
			// The first alternative's names are the order the others
			// must follow.
			control = pc.stores
		case len(pc.stores) != len(control):
			patternFail(pc, "alternative patterns bind different names")
		default:
			for ic := len(control) - 1; ic >= 0; ic-- {
				is := indexOf(pc.stores, control[ic])
				if is < 0 {
					patternFail(pc, "alternative patterns bind different names")
				}
				if is == ic {
					continue
				}
				// Move the name into place, on the stack as in stores.
				rot := is + 1
				moved := append([]string(nil), pc.stores[:rot]...)
				rest := append([]string(nil), pc.stores[rot:]...)
				at := ic - is
				pc.stores = append(append(rest[:at:at], moved...), rest[at:]...)
				for k := 0; k < rot; k++ {
					c.rotate(ic + 1)
				}
			}
		}
		c.emitJump(bytecode.JUMP, end)
		c.emitFailPop(pc)
	}
	*pc = old
	// No alternative matched: drop the subject and fail.
	c.emit(bytecode.POP_TOP, 0)
	c.jumpToFailPop(pc, bytecode.JUMP)
	c.bind(end)
	// Rotate each capture under the items the enclosing patterns keep, and
	// the subject, and the earlier captures.
	nrots := len(control) + 1 + pc.onTop + len(pc.stores)
	for _, name := range control {
		c.rotate(nrots)
		if indexOf(pc.stores, name) >= 0 {
			patternFail(pc, "multiple assignments to name '%s' in pattern", name)
		}
		pc.stores = append(pc.stores, name)
	}
	c.emit(bytecode.POP_TOP, 0) // the subject
}

func indexOf(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

// constRepr is repr() of a literal mapping key, for the duplicate-key
// message.
func constRepr(v any) string {
	switch x := v.(type) {
	case float64:
		return pyfmt.FloatRepr(x)
	case bytecode.Bytes:
		return "b" + pyfmt.StrRepr(string(x))
	}
	u := &unparser{}
	u.constant(v)
	return u.b.String()
}
