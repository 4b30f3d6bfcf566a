package engine

import "errors"

// ErrInvalidCode is returned for code that re._compiler could not have
// produced (CPython raises RuntimeError "invalid SRE code").
var ErrInvalidCode = errors.New("invalid SRE code")

// Program is validated SRE code with its number of capturing groups.
type Program struct {
	code   []uint32
	groups int
	// latin holds, at the start of each set in the code, the set's
	// membership table for the first 256 characters.
	latin []*[8]uint32
}

// Compile validates code for a pattern with groups capturing groups, as
// CPython's _sre.compile does before it builds a pattern object, so that
// the matcher can trust every skip and argument it reads.
func Compile(code []uint32, groups int) (*Program, error) {
	if groups < 0 || groups > MaxGroups || len(code) == 0 || code[len(code)-1] != opSuccess {
		return nil, ErrInvalidCode
	}
	v := validator{code: code, groups: uint32(groups)}
	if v.block(0, len(code)-1) != 0 {
		return nil, ErrInvalidCode
	}
	p := &Program{code: code, groups: groups, latin: make([]*[8]uint32, len(code))}
	for _, pc := range v.sets {
		p.latin[pc] = latinTable(code, pc)
	}
	return p, nil
}

// Code returns the program's code words (not to be modified).
func (p *Program) Code() []uint32 { return p.code }

// Groups returns the number of capturing groups.
func (p *Program) Groups() int { return p.groups }

// validator checks code the way CPython's _validate_inner does: every
// opcode known, every argument in range, every skip inside its block, and
// each compound opcode closed by the opcode re._compiler puts there.
type validator struct {
	code   []uint32
	groups uint32
	sets   []int // where the valid sets start
}

// Results of block: valid, invalid, or valid and ending with a JUMP (the
// "then" part of a GROUPREF_EXISTS with an "else").
const (
	vOK      = 0
	vBad     = -1
	vEndJump = 1
)

// block validates code[pc:end].
func (v *validator) block(pc, end int) int {
	code := v.code
	if pc > end || end > len(code) {
		return vBad
	}
	// arg reads the word at pc, or fails when the block has no more.
	for pc < end {
		op := code[pc]
		pc++
		switch op {
		case opMark:
			if pc >= end || code[pc] > 2*v.groups+1 {
				return vBad
			}
			pc++
		case opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore,
			opLiteralUniIgnore, opNotLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralLocIgnore:
			if pc >= end {
				return vBad
			}
			pc++
		case opSuccess, opFailure, opAny, opAnyAll:
		case opAt:
			if pc >= end || code[pc] > atUniNonBoundary {
				return vBad
			}
			pc++
		case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
			skip, ok := v.skip(pc, end, 0)
			if !ok || skip < 2 {
				return vBad
			}
			if !v.charset(pc+1, pc+skip-1) || code[pc+skip-1] != opFailure {
				return vBad
			}
			v.sets = append(v.sets, pc+1)
			pc += skip
		case opInfo:
			skip, ok := v.skip(pc, end, 0)
			if !ok || skip < 4 {
				return vBad
			}
			next := pc + skip
			flags := code[pc+1]
			pc += 4
			if flags&^(infoPrefix|infoLiteral|infoCharset) != 0 ||
				flags&infoPrefix != 0 && flags&infoCharset != 0 ||
				flags&infoLiteral != 0 && flags&infoPrefix == 0 {
				return vBad
			}
			if flags&infoPrefix != 0 {
				if pc+2 > next {
					return vBad
				}
				n := int(code[pc])
				pc += 2
				if n > next-pc {
					return vBad
				}
				pc += n
				if n > next-pc {
					return vBad
				}
				for i := 0; i < n; i++ {
					if int(code[pc+i]) >= n {
						return vBad
					}
				}
				pc += n
			}
			if flags&infoCharset != 0 {
				if next-1 < pc || !v.charset(pc, next-1) || code[next-1] != opFailure {
					return vBad
				}
				v.sets = append(v.sets, pc)
				pc = next
			} else if pc != next {
				return vBad
			}
		case opBranch:
			target := -1
			for {
				skip, ok := v.skip(pc, end, 0)
				if !ok {
					return vBad
				}
				if skip == 0 {
					pc++
					break
				}
				if skip < 3 || v.block(pc+1, pc+skip-2) != vOK {
					return vBad
				}
				pc += skip - 2
				if code[pc] != opJump {
					return vBad
				}
				pc++
				jskip, ok := v.skip(pc, end, 0)
				if !ok {
					return vBad
				}
				if t := pc + jskip; target < 0 {
					target = t
				} else if t != target {
					return vBad
				}
				pc++
			}
			if pc != target {
				return vBad
			}
		case opRepeatOne, opMinRepeatOne, opPossessiveRepeatOne:
			skip, ok := v.skip(pc, end, 0)
			if !ok || skip < 4 || code[pc+1] > code[pc+2] {
				return vBad
			}
			if v.block(pc+3, pc+skip-1) != vOK || code[pc+skip-1] != opSuccess {
				return vBad
			}
			pc += skip
		case opRepeat, opPossessiveRepeat:
			skip, ok := v.skip(pc, end, 0)
			if !ok || skip < 3 || code[pc+1] > code[pc+2] || pc+skip >= end {
				return vBad
			}
			if v.block(pc+3, pc+skip) != vOK {
				return vBad
			}
			closing := code[pc+skip]
			if op == opPossessiveRepeat && closing != opSuccess ||
				op == opRepeat && closing != opMaxUntil && closing != opMinUntil {
				return vBad
			}
			pc += skip + 1
		case opAtomicGroup:
			skip, ok := v.skip(pc, end, 0)
			if !ok || skip < 2 {
				return vBad
			}
			if v.block(pc+1, pc+skip-1) != vOK || code[pc+skip-1] != opSuccess {
				return vBad
			}
			pc += skip
		case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
			if pc >= end || code[pc] >= v.groups {
				return vBad
			}
			pc++
		case opGrouprefExists:
			// <GROUPREF_EXISTS> <group> <skip> then [<JUMP> <skip> else];
			// the skip counts from the group argument.
			if pc >= end || code[pc] >= v.groups {
				return vBad
			}
			skip, ok := v.skip(pc+1, end, 1)
			if !ok || skip < 2 {
				return vBad
			}
			rc := v.block(pc+2, pc+skip)
			if rc == vEndJump {
				// pc+skip-1 holds the JUMP's skip; the else part follows.
				jpc := pc + skip - 1
				jskip, ok := v.skip(jpc, end, 0)
				if !ok || jskip < 1 {
					return vBad
				}
				rc = v.block(jpc+1, jpc+jskip)
				pc = jpc + jskip
			} else {
				pc += skip
			}
			if rc != vOK {
				return vBad
			}
		case opAssert, opAssertNot:
			skip, ok := v.skip(pc, end, 0)
			if !ok || skip < 3 || pc+1 >= end {
				return vBad
			}
			if v.block(pc+2, pc+skip-1) != vOK || code[pc+skip-1] != opSuccess {
				return vBad
			}
			pc += skip
		case opJump:
			if pc+1 != end {
				return vBad
			}
			return vEndJump
		default:
			return vBad
		}
	}
	return vOK
}

// skip reads the skip at pc and checks that code[pc+skip-adj] stays inside
// the block ending at end.
func (v *validator) skip(pc, end, adj int) (int, bool) {
	if pc >= end {
		return 0, false
	}
	skip := int(v.code[pc])
	if skip-adj > end-pc {
		return 0, false
	}
	return skip, true
}

// charset validates a set's items in code[pc:end] (the closing FAILURE is
// checked by the caller).
func (v *validator) charset(pc, end int) bool {
	code := v.code
	for pc < end {
		op := code[pc]
		pc++
		switch op {
		case opNegate:
		case opLiteral:
			if pc >= end {
				return false
			}
			pc++
		case opRange, opRangeUniIgnore:
			if pc+2 > end {
				return false
			}
			pc += 2
		case opCharset:
			if 8 > end-pc {
				return false
			}
			pc += 8
		case opBigCharset:
			if pc >= end {
				return false
			}
			n := code[pc]
			pc++
			if 64 > end-pc {
				return false
			}
			for i := 0; i < 256; i++ {
				if uint32(blockIndex(code[pc:pc+64], i)) >= n {
					return false
				}
			}
			pc += 64
			if uint64(n)*8 > uint64(end-pc) {
				return false
			}
			pc += int(n) * 8
		case opCategory:
			if pc >= end || code[pc] >= numCategories {
				return false
			}
			pc++
		default:
			return false
		}
	}
	return true
}
