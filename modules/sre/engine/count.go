package engine

// count returns how many times, at most maxcount, the single-character
// item at code[pc] matches from st.Ptr on (CPython's SRE(count)). The
// common items are counted in tight loops; any other item runs through
// the matcher.
func (st *State[C]) count(pc int, maxcount uint32) (int, error) {
	code, s := st.code, st.s
	start := st.Ptr
	end := st.end
	if maxcount != MaxRepeat && int(maxcount) < end-start {
		end = start + int(maxcount)
	}
	ptr := start
	switch code[pc] {
	case opIn:
		if t := st.prog.latin[pc+2]; t != nil {
			// The set's table, looked up once for the whole run.
			for ptr < end {
				if c := uint32(s[ptr]); c < 256 {
					if t[c>>5]&(1<<(c&31)) == 0 {
						break
					}
				} else if !inSetCode(code, pc+2, c) {
					break
				}
				ptr++
			}
			break
		}
		for ptr < end && st.prog.inSet(pc+2, uint32(s[ptr])) {
			ptr++
		}
	case opInIgnore:
		for ptr < end && st.prog.inSet(pc+2, LowerASCII(uint32(s[ptr]))) {
			ptr++
		}
	case opInUniIgnore:
		for ptr < end && st.prog.inSet(pc+2, LowerUnicode(uint32(s[ptr]))) {
			ptr++
		}
	case opAny:
		for ptr < end && s[ptr] != '\n' {
			ptr++
		}
	case opAnyAll:
		ptr = end
	case opLiteral:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) == c {
			ptr++
		}
	case opLiteralIgnore:
		c := code[pc+1]
		for ptr < end && LowerASCII(uint32(s[ptr])) == c {
			ptr++
		}
	case opLiteralUniIgnore:
		c := code[pc+1]
		for ptr < end && LowerUnicode(uint32(s[ptr])) == c {
			ptr++
		}
	case opLiteralLocIgnore:
		c := code[pc+1]
		for ptr < end && charLocIgnore(c, uint32(s[ptr])) {
			ptr++
		}
	case opNotLiteral:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) != c {
			ptr++
		}
	case opNotLiteralIgnore:
		c := code[pc+1]
		for ptr < end && LowerASCII(uint32(s[ptr])) != c {
			ptr++
		}
	case opNotLiteralUniIgnore:
		c := code[pc+1]
		for ptr < end && LowerUnicode(uint32(s[ptr])) != c {
			ptr++
		}
	case opNotLiteralLocIgnore:
		c := code[pc+1]
		for ptr < end && !charLocIgnore(c, uint32(s[ptr])) {
			ptr++
		}
	case opCategory:
		c := code[pc+1]
		for ptr < end && category(c, uint32(s[ptr])) {
			ptr++
		}
	default:
		// Any other item: one sub-match per character. Each must
		// advance, or the loop would never end on crafted code.
		if st.depth >= maxNesting {
			return 0, ErrInternal
		}
		st.depth++
		defer func() { st.depth-- }()
		for st.Ptr < end {
			before := st.Ptr
			ok, err := st.run(pc, false)
			if err != nil {
				return 0, err
			}
			if !ok || st.Ptr <= before {
				st.Ptr = before
				break
			}
		}
		n := st.Ptr - start
		return n, nil
	}
	return ptr - start, nil
}
