package compile

import "github.com/rcvm/rcvm/core/syntax"

// pattern visits a case pattern: captures bind names, value and class
// patterns read them.
func (st *symtable) pattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		st.expr(p.Value)
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			st.pattern(q)
		}
	case *syntax.MatchMapping:
		for i, k := range p.Keys {
			st.expr(k)
			st.pattern(p.Patterns[i])
		}
		if p.Rest != "" {
			st.cur.add(p.Rest, defLocal)
		}
	case *syntax.MatchClass:
		st.expr(p.Cls)
		for _, q := range p.Patterns {
			st.pattern(q)
		}
		for _, q := range p.KwdPatterns {
			st.pattern(q)
		}
	case *syntax.MatchStar:
		if p.Name != "" {
			st.cur.add(p.Name, defLocal)
		}
	case *syntax.MatchAs:
		if p.Pattern != nil {
			st.pattern(p.Pattern)
		}
		if p.Name != "" {
			st.cur.add(p.Name, defLocal)
		}
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			st.pattern(q)
		}
	}
}
