package syntax

// dumpMatch renders a match statement for Dump.
func dumpMatch(s *Match, w func(...any)) {
	parts := []any{"Match", s.Subject}
	for _, c := range s.Cases {
		parts = append(parts, "case", c.Pattern, c.Guard, c.Body)
	}
	w(parts...)
}

// dumpPattern renders a pattern for Dump.
func dumpPattern(p Pattern, w func(...any)) {
	switch p := p.(type) {
	case *MatchValue:
		w("Value", p.Value)
	case *MatchSingleton:
		w("Singleton", constString(p.Value))
	case *MatchSequence:
		w(append([]any{"Seq"}, anys(p.Patterns)...)...)
	case *MatchMapping:
		parts := []any{"Map"}
		for i, k := range p.Keys {
			parts = append(parts, k, p.Patterns[i])
		}
		if p.Rest != "" {
			parts = append(parts, "**"+p.Rest)
		}
		w(parts...)
	case *MatchClass:
		parts := append([]any{"Class", p.Cls}, anys(p.Patterns)...)
		for i, a := range p.KwdAttrs {
			parts = append(parts, a+"=", p.KwdPatterns[i])
		}
		w(parts...)
	case *MatchStar:
		w("Star", "*"+p.Name)
	case *MatchAs:
		name := p.Name
		if name == "" {
			name = "_"
		}
		if p.Pattern == nil {
			w("As", name)
		} else {
			w("As", p.Pattern, name)
		}
	case *MatchOr:
		w(append([]any{"Or"}, anys(p.Patterns)...)...)
	default:
		w("?pattern")
	}
}
