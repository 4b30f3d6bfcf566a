package engine

import "encoding/binary"

// littleEndian reports the host's byte order: re._compiler packs
// BIGCHARSET's 256 block indices into code words with memoryview.cast,
// that is in native order, so the engine unpacks them the same way.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// blockIndex returns byte i of a BIGCHARSET's block-index table.
func blockIndex(table []uint32, i int) uint8 {
	w := table[i>>2]
	shift := uint(i&3) * 8
	if !littleEndian {
		shift = 24 - shift
	}
	return uint8(w >> shift)
}

// inSet reports whether ch is in the set whose items start at code[pc]
// and end with FAILURE (CPython's SRE(charset)), through the set's
// precomputed table for the first 256 characters.
func (p *Program) inSet(pc int, ch uint32) bool {
	if ch < 256 {
		if t := p.latin[pc]; t != nil {
			return t[ch>>5]&(1<<(ch&31)) != 0
		}
	}
	return inSetCode(p.code, pc, ch)
}

// latinTable computes a set's membership for the first 256 characters.
func latinTable(code []uint32, pc int) *[8]uint32 {
	var t [8]uint32
	for ch := uint32(0); ch < 256; ch++ {
		if inSetCode(code, pc, ch) {
			t[ch>>5] |= 1 << (ch & 31)
		}
	}
	return &t
}

// inSetCode is inSet read from the code itself.
func inSetCode(code []uint32, pc int, ch uint32) bool {
	ok := true
	for {
		op := code[pc]
		pc++
		switch op {
		case opFailure:
			return !ok
		case opLiteral:
			if ch == code[pc] {
				return ok
			}
			pc++
		case opCategory:
			if category(code[pc], ch) {
				return ok
			}
			pc++
		case opCharset:
			if ch < 256 && code[pc+int(ch>>5)]&(1<<(ch&31)) != 0 {
				return ok
			}
			pc += 8
		case opRange:
			if code[pc] <= ch && ch <= code[pc+1] {
				return ok
			}
			pc += 2
		case opRangeUniIgnore:
			// ch is already lower-cased; its upper case may be in range.
			if code[pc] <= ch && ch <= code[pc+1] {
				return ok
			}
			if u := UpperUnicode(ch); code[pc] <= u && u <= code[pc+1] {
				return ok
			}
			pc += 2
		case opNegate:
			ok = !ok
		case opBigCharset:
			n := int(code[pc])
			pc++
			if ch < 0x10000 {
				block := int(blockIndex(code[pc:pc+64], int(ch>>8)))
				w := code[pc+64+block*8+int(ch&255)>>5]
				if w&(1<<(ch&31)) != 0 {
					return ok
				}
			}
			pc += 64 + n*8
		default:
			// Validated code cannot get here.
			return false
		}
	}
}

// inSetLocIgnore is IN_LOC_IGNORE's test: ch's lower or upper case (in the
// locale) is in the set.
func (p *Program) inSetLocIgnore(pc int, ch uint32) bool {
	lo := lowerLocale(ch)
	if p.inSet(pc, lo) {
		return true
	}
	up := upperLocale(ch)
	return up != lo && p.inSet(pc, up)
}

// at reports whether position ptr satisfies the AT code (CPython's SRE(at)).
func (st *State[C]) at(ptr int, code uint32) bool {
	s, end := st.s, st.end
	switch code {
	case atBeginning, atBeginningString:
		return ptr == 0
	case atBeginningLine:
		return ptr == 0 || s[ptr-1] == '\n'
	case atEnd:
		return ptr == end || (end-ptr == 1 && s[ptr] == '\n')
	case atEndLine:
		return ptr == end || s[ptr] == '\n'
	case atEndString:
		return ptr == end
	}
	// Word boundaries: never at the empty string's only position.
	if end == 0 {
		return false
	}
	var word func(uint32) bool
	switch code {
	case atBoundary, atNonBoundary:
		word = func(c uint32) bool { return asciiIs(c, clWord) }
	case atLocBoundary, atLocNonBoundary:
		word = isLocWord
	case atUniBoundary, atUniNonBoundary:
		word = isUniWord
	default:
		return false
	}
	before := ptr > 0 && word(uint32(s[ptr-1]))
	after := ptr < end && word(uint32(s[ptr]))
	switch code {
	case atBoundary, atLocBoundary, atUniBoundary:
		return before != after
	}
	return before == after
}
