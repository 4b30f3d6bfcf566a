package engine

import "bytes"

// Search finds the leftmost match at or after Start (CPython's
// SRE(search)): on success Start and Ptr hold its span. The INFO block's
// literal prefix or first-character set lets it skip positions where no
// match can start without running the matcher there.
func (st *State[C]) Search() (ok bool, err error) {
	if catchPanics {
		defer func() {
			if r := recover(); r != nil {
				ok, err = false, ErrInternal
			}
		}()
	}
	st.depth = 0
	return st.search()
}

func (st *State[C]) search() (bool, error) {
	code, s := st.code, st.s
	ptr, end := st.Start, st.end
	if ptr > end {
		return false, nil
	}
	pc := 0
	var flags uint32
	var prefix []uint32
	prefixSkip, charset := 0, -1
	if code[0] == opInfo {
		// <INFO> <skip> <flags> <min> <max> [prefix or charset]
		flags = code[2]
		minLen := int(code[3])
		if minLen != 0 && end-ptr < minLen {
			return false, nil
		}
		if minLen > 1 {
			// A match must leave room for its minimum length.
			end -= minLen - 1
			if end <= ptr {
				end = ptr
			}
		}
		if flags&infoPrefix != 0 {
			// <len> <skip> <prefix...> <overlap table...>
			n := int(code[5])
			prefixSkip = int(code[6])
			prefix = code[7 : 7+n]
			if prefixSkip > n {
				// Not from re._compiler (CPython does not validate it):
				// use the prefix to find candidates only.
				prefixSkip = 0
			}
		} else if flags&infoCharset != 0 {
			charset = 5
		}
		pc = 1 + int(code[1])
	}

	switch {
	case len(prefix) >= 1:
		return st.searchPrefix(pc, prefix, prefixSkip, flags&infoLiteral != 0)

	case charset >= 0:
		end = st.end
		st.MustAdvance = false
		for {
			for ptr < end && !st.prog.inSet(charset, uint32(s[ptr])) {
				ptr++
			}
			if ptr >= end {
				return false, nil
			}
			st.Start, st.Ptr = ptr, ptr
			ok, err := st.run(pc, false)
			if ok || err != nil {
				return ok, err
			}
			ptr++
			st.Reset()
		}
	}

	// General case: try every position; only the first may be held to
	// MustAdvance (it is the only one that can give an empty match at
	// Start).
	st.Start, st.Ptr = ptr, ptr
	if fop, farg := firstOp(code, pc); fop != opFailure {
		return st.searchFiltered(pc, ptr, end, fop, farg)
	}
	ok, err := st.run(pc, true)
	st.MustAdvance = false
	if ok || err != nil {
		return ok, err
	}
	if code[pc] == opAt && (code[pc+1] == atBeginning || code[pc+1] == atBeginningString) {
		// Anchored at the beginning: no other position can match.
		st.Start, st.Ptr = end, end
		return false, nil
	}
	for ptr < end {
		ptr++
		st.Reset()
		st.Start, st.Ptr = ptr, ptr
		ok, err = st.run(pc, false)
		if ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}

// firstOp finds the single-character test every match of the code at pc
// begins with, looking through MARKs and into a repeat that needs at
// least one item: its opcode and the position of its argument, or
// FAILURE when there is none. A position where that test fails cannot
// start a match, so the search skips it without running the matcher
// (CPython runs the matcher there and fails at once: same results).
func firstOp(code []uint32, pc int) (uint32, int) {
	for {
		switch op := code[pc]; op {
		case opMark:
			pc += 2
		case opRepeatOne, opMinRepeatOne, opPossessiveRepeatOne:
			if code[pc+2] == 0 {
				return opFailure, 0
			}
			pc += 4
		case opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore,
			opLiteralUniIgnore, opNotLiteralUniIgnore, opCategory, opAny:
			return op, pc + 1
		case opIn, opInIgnore, opInUniIgnore:
			return op, pc + 2
		default:
			return opFailure, 0
		}
	}
}

// firstMatches reports whether ch passes firstOp's test.
func firstMatches(p *Program, op uint32, arg int, ch uint32) bool {
	code := p.code
	switch op {
	case opLiteral:
		return ch == code[arg]
	case opNotLiteral:
		return ch != code[arg]
	case opLiteralIgnore:
		return LowerASCII(ch) == code[arg]
	case opNotLiteralIgnore:
		return LowerASCII(ch) != code[arg]
	case opLiteralUniIgnore:
		return LowerUnicode(ch) == code[arg]
	case opNotLiteralUniIgnore:
		return LowerUnicode(ch) != code[arg]
	case opCategory:
		return category(code[arg], ch)
	case opAny:
		return ch != '\n'
	case opIn:
		return p.inSet(arg, ch)
	case opInIgnore:
		return p.inSet(arg, LowerASCII(ch))
	case opInUniIgnore:
		return p.inSet(arg, LowerUnicode(ch))
	}
	return true
}

// searchFiltered is the general search with firstOp's test applied before
// each attempt; last is the last position worth an attempt.
func (st *State[C]) searchFiltered(pc, ptr, last int, op uint32, arg int) (bool, error) {
	code, s, end := st.code, st.s, st.end
	start := ptr
	for {
		if op == opLiteral {
			// The commonest case gets its own loop.
			c := code[arg]
			for ptr < end && uint32(s[ptr]) != c {
				ptr++
			}
		} else {
			for ptr < end && !firstMatches(st.prog, op, arg, uint32(s[ptr])) {
				ptr++
			}
		}
		if ptr >= end || ptr > last {
			st.MustAdvance = false
			return false, nil
		}
		st.Reset()
		st.Start, st.Ptr = ptr, ptr
		ok, err := st.run(pc, ptr == start)
		st.MustAdvance = false
		if ok || err != nil {
			return ok, err
		}
		ptr++
	}
}

// searchPrefix tries the matcher at every occurrence of the literal
// prefix, leftmost first (overlapping occurrences included, as CPython's
// overlap-table scan does), skipping the prefix's own code.
func (st *State[C]) searchPrefix(pc int, prefix []uint32, skip int, literal bool) (bool, error) {
	s := st.s
	ptr, end := st.Start, st.end
	n := len(prefix)
	if n > end-ptr {
		return false, nil
	}
	for _, c := range prefix {
		if uint32(C(c)) != c {
			// The prefix does not fit the subject's characters.
			return false, nil
		}
	}
	st.MustAdvance = false
	for last := end - n; ptr <= last; ptr++ {
		if ptr = indexPrefix(s[:end], ptr, prefix); ptr < 0 {
			return false, nil
		}
		st.Start, st.Ptr = ptr, ptr+skip
		if literal {
			// The whole pattern is the prefix.
			return true, nil
		}
		ok, err := st.run(pc+2*skip, false)
		if ok || err != nil {
			return ok, err
		}
		st.Reset()
	}
	return false, nil
}

// indexPrefix returns the first position at or after from where prefix
// occurs in s, or -1.
func indexPrefix[C Char](s []C, from int, prefix []uint32) int {
	if b, ok := any(s).([]byte); ok {
		// Bytes subjects use the runtime's vectorised search.
		var buf [64]byte
		p := buf[:0]
		for _, c := range prefix {
			p = append(p, byte(c))
		}
		i := bytes.Index(b[from:], p)
		if i < 0 {
			return -1
		}
		return from + i
	}
	n := len(prefix)
	first := C(prefix[0])
	for ptr, last := from, len(s)-n; ptr <= last; ptr++ {
		if s[ptr] != first {
			continue
		}
		i := 1
		for i < n && uint32(s[ptr+i]) == prefix[i] {
			i++
		}
		if i == n {
			return ptr
		}
	}
	return -1
}
