package engine

// The matcher: CPython's backtracking semantics (Modules/_sre/sre_lib.h)
// run by an explicit stack of frames rather than Go recursion, so that no
// pattern can overflow the Go stack. A frame that needs a sub-match (an
// alternative, a repeat's item or tail, an assertion) records the step it
// waits in (resume), pushes a child frame and jumps to enter; when a frame
// returns, exit pops it and continues its parent at the recorded step.

// The steps a frame can wait in while its child runs.
const (
	resNone uint8 = iota
	resBranch
	resBranchTry
	resRepeatOne
	resRepeatOneTry
	resRepeatOneLit
	resRepeatOneLitTry
	resMinRepeatOne
	resMinRepeatOneTry
	resRepeat
	resMaxUntil1
	resMaxUntil2
	resMaxUntil3
	resMinUntil1
	resMinUntil2
	resMinUntil3
	resPossRepeat1
	resPossRepeat1Try
	resPossRepeat2
	resPossRepeat2Try
	resAtomicGroup
	resAssert
	resAssertNot
)

// catchPanics turns a panic of the matcher into ErrInternal; the fuzz test
// turns it off to see them.
var catchPanics = true

// maxNesting bounds the Go recursion of count's general case (a repeated
// single-character item that is itself compound); re._compiler never
// nests it, crafted code could.
const maxNesting = 100

// runTop runs the code at pc from Ptr, as a top-level match when toplevel
// is set, and turns an engine panic (which validated code cannot cause)
// into ErrInternal rather than a crash.
func (st *State[C]) runTop(pc int, toplevel bool) (ok bool, err error) {
	if catchPanics {
		defer func() {
			if r := recover(); r != nil {
				ok, err = false, ErrInternal
			}
		}()
	}
	st.depth = 0
	return st.run(pc, toplevel)
}

// run matches the code at pc against the subject from st.Ptr; on success
// st.Ptr is where the match ends.
func (st *State[C]) run(pc int, toplevel bool) (bool, error) {
	code, s, end := st.code, st.s, st.end
	base := st.top
	if st.top == len(st.frames) && !st.growFrames() {
		return false, ErrMemory
	}
	st.frames[st.top] = frame{pc: pc, toplevel: toplevel}
	st.top++

	var (
		f        *frame
		ptr      int
		ret      bool
		childPC  int
		childTop bool
		res      uint8
		err      error
		n        int
	)
	f = &st.frames[base]

enter:
	// A new frame starts at f.pc from st.Ptr.
	pc = f.pc
	ptr = st.Ptr
	if code[pc] == opInfo {
		// <INFO> <skip> <flags> <min> ...: too short a rest cannot match.
		if m := int(code[pc+3]); m != 0 && end-ptr < m {
			ret = false
			goto exit
		}
		pc += int(code[pc+1]) + 1
	}

dispatch:
	st.steps++
	if st.steps&(checkInterval-1) == 0 && st.Check != nil {
		if err = st.Check(); err != nil {
			goto fail
		}
	}
	pc++
	switch code[pc-1] {
	case opMark:
		i := int(code[pc])
		if i&1 != 0 {
			st.lastindex = i/2 + 1
		}
		if i > st.lastmark {
			// Marks between the old and the new highest are unset.
			for j := st.lastmark + 1; j < i; j++ {
				st.marks[j] = -1
			}
			st.lastmark = i
		}
		st.marks[i] = ptr
		pc++
		goto dispatch

	case opLiteral:
		if ptr >= end || uint32(s[ptr]) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNotLiteral:
		if ptr >= end || uint32(s[ptr]) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opLiteralIgnore:
		if ptr >= end || LowerASCII(uint32(s[ptr])) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNotLiteralIgnore:
		if ptr >= end || LowerASCII(uint32(s[ptr])) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opLiteralUniIgnore:
		if ptr >= end || LowerUnicode(uint32(s[ptr])) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNotLiteralUniIgnore:
		if ptr >= end || LowerUnicode(uint32(s[ptr])) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opLiteralLocIgnore:
		if ptr >= end || !charLocIgnore(code[pc], uint32(s[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNotLiteralLocIgnore:
		if ptr >= end || charLocIgnore(code[pc], uint32(s[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opSuccess:
		if f.toplevel && ((st.MatchAll && ptr != end) || (st.MustAdvance && ptr == st.Start)) {
			goto failure
		}
		st.Ptr = ptr
		ret = true
		goto exit

	case opAt:
		if !st.at(ptr, code[pc]) {
			goto failure
		}
		pc++
		goto dispatch

	case opCategory:
		if ptr >= end || !category(code[pc], uint32(s[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opAny:
		if ptr >= end || s[ptr] == '\n' {
			goto failure
		}
		ptr++
		goto dispatch

	case opAnyAll:
		if ptr >= end {
			goto failure
		}
		ptr++
		goto dispatch

	case opIn:
		if ptr >= end || !st.prog.inSet(pc+1, uint32(s[ptr])) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opInIgnore:
		if ptr >= end || !st.prog.inSet(pc+1, LowerASCII(uint32(s[ptr]))) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opInUniIgnore:
		if ptr >= end || !st.prog.inSet(pc+1, LowerUnicode(uint32(s[ptr]))) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opInLocIgnore:
		if ptr >= end || !st.prog.inSetLocIgnore(pc+1, uint32(s[ptr])) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opJump, opInfo:
		pc += int(code[pc])
		goto dispatch

	case opBranch:
		// <BRANCH> <skip> alternative <JUMP> ... <0>
		f.lastmark, f.lastindex = st.lastmark, st.lastindex
		f.pushed = st.repeat >= 0
		if f.pushed {
			st.pushMarks(f.lastmark)
		}
		f.resume = resBranchTry
		goto resume

	case opRepeatOne:
		// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: take as
		// many single-character items as possible, then give them back
		// one by one until the tail matches.
		if int(code[pc+1]) > end-ptr {
			goto failure
		}
		st.Ptr = ptr
		n, err = st.count(pc+3, code[pc+2])
		if err != nil {
			goto fail
		}
		f = &st.frames[st.top-1]
		f.count = n
		ptr += n
		if n < int(code[pc+1]) {
			goto failure
		}
		tail := pc + int(code[pc])
		if code[tail] == opSuccess && ptr == end && !(f.toplevel && st.MustAdvance && ptr == st.Start) {
			st.Ptr = ptr
			ret = true
			goto exit
		}
		f.lastmark, f.lastindex = st.lastmark, st.lastindex
		f.pushed = st.repeat >= 0
		if f.pushed {
			st.pushMarks(f.lastmark)
		}
		if code[tail] == opLiteral {
			// The tail starts with a literal: skip the positions where
			// it cannot match.
			f.chr = code[tail+1]
			f.resume = resRepeatOneLitTry
		} else {
			f.resume = resRepeatOneTry
		}
		goto resume

	case opMinRepeatOne:
		// <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: take
		// the minimum, then one more item each time the tail fails.
		if int(code[pc+1]) > end-ptr {
			goto failure
		}
		st.Ptr = ptr
		if code[pc+1] == 0 {
			f.count = 0
		} else {
			n, err = st.count(pc+3, code[pc+1])
			if err != nil {
				goto fail
			}
			f = &st.frames[st.top-1]
			if n < int(code[pc+1]) {
				goto failure
			}
			f.count = n
			ptr += n
		}
		if code[pc+int(code[pc])] == opSuccess &&
			!(f.toplevel && ((st.MatchAll && ptr != end) || (st.MustAdvance && ptr == st.Start))) {
			st.Ptr = ptr
			ret = true
			goto exit
		}
		f.lastmark, f.lastindex = st.lastmark, st.lastindex
		f.pushed = st.repeat >= 0
		if f.pushed {
			st.pushMarks(f.lastmark)
		}
		f.resume = resMinRepeatOneTry
		goto resume

	case opPossessiveRepeatOne:
		// <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail:
		// as many items as possible, never given back.
		if int(code[pc+1]) > end-ptr {
			goto failure
		}
		st.Ptr = ptr
		n, err = st.count(pc+3, code[pc+2])
		if err != nil {
			goto fail
		}
		f = &st.frames[st.top-1]
		f.count = n
		ptr += n
		if n < int(code[pc+1]) {
			goto failure
		}
		pc += int(code[pc])
		if code[pc] == opSuccess && ptr == end && !(f.toplevel && st.MustAdvance && ptr == st.Start) {
			st.Ptr = ptr
			ret = true
			goto exit
		}
		goto dispatch

	case opRepeat:
		// <REPEAT> <skip> <min> <max> item <UNTIL> tail: install a repeat
		// context; the UNTIL does the work.
		if len(st.repeats) == cap(st.repeats) && st.memory() > st.memLimit() {
			err = ErrMemory
			goto fail
		}
		st.repeats = append(st.repeats, repeatCtx{count: -1, pc: pc, prev: st.repeat, lastPtr: -1})
		f.rep = len(st.repeats) - 1
		st.repeat = f.rep
		st.Ptr = ptr
		childPC, childTop, res = pc+int(code[pc]), f.toplevel, resRepeat
		goto call

	case opMaxUntil:
		// Greedy: another item if possible, else the tail.
		if st.repeat < 0 {
			err = ErrInternal
			goto fail
		}
		f.rep = st.repeat
		st.Ptr = ptr
		{
			rep := &st.repeats[f.rep]
			f.count = rep.count + 1
			if f.count < int(code[rep.pc+1]) {
				// Not enough items yet.
				rep.count = f.count
				childPC, childTop, res = rep.pc+3, f.toplevel, resMaxUntil1
				goto call
			}
		}
		goto maxUntilMore

	case opMinUntil:
		// Lazy: the tail if possible, else another item.
		if st.repeat < 0 {
			err = ErrInternal
			goto fail
		}
		f.rep = st.repeat
		st.Ptr = ptr
		{
			rep := &st.repeats[f.rep]
			f.count = rep.count + 1
			if f.count < int(code[rep.pc+1]) {
				rep.count = f.count
				childPC, childTop, res = rep.pc+3, f.toplevel, resMinUntil1
				goto call
			}
			st.repeat = rep.prev
		}
		f.lastmark, f.lastindex = st.lastmark, st.lastindex
		f.pushed = st.repeat >= 0
		if f.pushed {
			st.pushMarks(f.lastmark)
		}
		childPC, childTop, res = pc, f.toplevel, resMinUntil2
		goto call

	case opPossessiveRepeat:
		// <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
		st.Ptr = ptr
		f.count = 0
		f.resume = resPossRepeat1Try
		goto resume

	case opAtomicGroup:
		// <ATOMIC_GROUP> <skip> body <SUCCESS> tail
		st.Ptr = ptr
		childPC, childTop, res = pc+1, false, resAtomicGroup
		goto call

	case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
		{
			g := int(code[pc]) * 2
			if g >= st.lastmark {
				goto failure
			}
			p, e := st.marks[g], st.marks[g+1]
			if p < 0 || e < 0 || e < p {
				goto failure
			}
			if e-p > end-ptr {
				goto failure
			}
			op := code[pc-1]
			for ; p < e; p++ {
				a, b := uint32(s[ptr]), uint32(s[p])
				switch op {
				case opGrouprefIgnore:
					a, b = LowerASCII(a), LowerASCII(b)
				case opGrouprefUniIgnore:
					a, b = LowerUnicode(a), LowerUnicode(b)
				case opGrouprefLocIgnore:
					a, b = lowerLocale(a), lowerLocale(b)
				}
				if a != b {
					goto failure
				}
				ptr++
			}
		}
		pc++
		goto dispatch

	case opGrouprefExists:
		// <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]
		{
			g := int(code[pc]) * 2
			if g >= st.lastmark {
				pc += int(code[pc+1])
				goto dispatch
			}
			p, e := st.marks[g], st.marks[g+1]
			if p < 0 || e < 0 || e < p {
				pc += int(code[pc+1])
				goto dispatch
			}
		}
		pc += 2
		goto dispatch

	case opAssert:
		// <ASSERT> <skip> <back> pattern: the pattern must match at
		// ptr-back (lookbehind) or ptr (back = 0, lookahead).
		if ptr < int(code[pc+1]) {
			goto failure
		}
		st.Ptr = ptr - int(code[pc+1])
		childPC, childTop, res = pc+2, false, resAssert
		goto call

	case opAssertNot:
		if ptr >= int(code[pc+1]) {
			st.Ptr = ptr - int(code[pc+1])
			f.lastmark, f.lastindex = st.lastmark, st.lastindex
			f.pushed = st.repeat >= 0
			if f.pushed {
				st.pushMarks(f.lastmark)
			}
			childPC, childTop, res = pc+2, false, resAssertNot
			goto call
		}
		pc += int(code[pc])
		goto dispatch

	case opFailure:
		goto failure

	default:
		err = ErrInternal
		goto fail
	}

maxUntilMore:
	// MAX_UNTIL with enough items: try one more unless at the maximum or
	// the last item matched the empty string.
	{
		rep := &st.repeats[f.rep]
		max := code[rep.pc+2]
		if (f.count < int(max) || max == MaxRepeat) && st.Ptr != rep.lastPtr {
			rep.count = f.count
			f.lastmark, f.lastindex = st.lastmark, st.lastindex
			st.pushMarks(f.lastmark)
			st.data = append(st.data, rep.lastPtr)
			rep.lastPtr = st.Ptr
			childPC, childTop, res = rep.pc+3, f.toplevel, resMaxUntil2
			goto call
		}
	}
maxUntilTail:
	// No more items here: the tail must match, outside this repeat.
	st.repeat = st.repeats[f.rep].prev
	childPC, childTop, res = pc, f.toplevel, resMaxUntil3
	goto call

call:
	// Run the code at childPC from st.Ptr in a new frame; this frame
	// continues at step res when it returns.
	f.pc, f.ptr, f.resume = pc, ptr, res
	if st.oom || st.top == len(st.frames) && !st.growFrames() {
		err = ErrMemory
		goto fail
	}
	f = &st.frames[st.top]
	*f = frame{pc: childPC, toplevel: childTop}
	st.top++
	goto enter

failure:
	ret = false

exit:
	// This frame is done with result ret: continue its parent.
	st.top--
	if st.top == base {
		return ret, nil
	}
	f = &st.frames[st.top-1]
	pc, ptr = f.pc, f.ptr

resume:
	switch f.resume {
	case resBranch:
		if ret {
			if f.pushed {
				st.dropMarks(f.lastmark)
			}
			ret = true
			goto exit
		}
		if f.pushed {
			st.popMarks(f.lastmark, false)
		}
		st.lastmark, st.lastindex = f.lastmark, f.lastindex
		pc += int(code[pc])
		fallthrough
	case resBranchTry:
		// pc is at the next alternative's skip; 0 ends the list.
		for ; code[pc] != 0; pc += int(code[pc]) {
			if ptr >= end {
				if code[pc+1] == opLiteral || code[pc+1] == opIn {
					continue
				}
			} else if code[pc+1] == opLiteral && uint32(s[ptr]) != code[pc+2] ||
				code[pc+1] == opIn && !st.prog.inSet(pc+3, uint32(s[ptr])) {
				continue
			}
			st.Ptr = ptr
			childPC, childTop, res = pc+1, f.toplevel, resBranch
			goto call
		}
		if f.pushed {
			st.dropMarks(f.lastmark)
		}
		goto failure

	case resRepeatOne:
		if ret {
			if f.pushed {
				st.dropMarks(f.lastmark)
			}
			goto exit
		}
		if f.pushed {
			st.popMarks(f.lastmark, false)
		}
		st.lastmark, st.lastindex = f.lastmark, f.lastindex
		ptr--
		f.count--
		fallthrough
	case resRepeatOneTry:
		if f.count >= int(code[pc+1]) {
			st.Ptr = ptr
			childPC, childTop, res = pc+int(code[pc]), f.toplevel, resRepeatOne
			goto call
		}
		if f.pushed {
			st.dropMarks(f.lastmark)
		}
		goto failure

	case resRepeatOneLit:
		if ret {
			if f.pushed {
				st.dropMarks(f.lastmark)
			}
			goto exit
		}
		if f.pushed {
			st.popMarks(f.lastmark, false)
		}
		st.lastmark, st.lastindex = f.lastmark, f.lastindex
		ptr--
		f.count--
		fallthrough
	case resRepeatOneLitTry:
		{
			min := int(code[pc+1])
			for f.count >= min && (ptr >= end || uint32(s[ptr]) != f.chr) {
				ptr--
				f.count--
			}
			if f.count >= min {
				st.Ptr = ptr
				childPC, childTop, res = pc+int(code[pc]), f.toplevel, resRepeatOneLit
				goto call
			}
		}
		if f.pushed {
			st.dropMarks(f.lastmark)
		}
		goto failure

	case resMinRepeatOne:
		if ret {
			if f.pushed {
				st.dropMarks(f.lastmark)
			}
			goto exit
		}
		if f.pushed {
			st.popMarks(f.lastmark, false)
		}
		st.lastmark, st.lastindex = f.lastmark, f.lastindex
		st.Ptr = ptr
		n, err = st.count(pc+3, 1)
		if err != nil {
			goto fail
		}
		f = &st.frames[st.top-1]
		if n == 0 {
			if f.pushed {
				st.dropMarks(f.lastmark)
			}
			goto failure
		}
		ptr++
		f.count++
		fallthrough
	case resMinRepeatOneTry:
		if max := code[pc+2]; max == MaxRepeat || f.count <= int(max) {
			st.Ptr = ptr
			childPC, childTop, res = pc+int(code[pc]), f.toplevel, resMinRepeatOne
			goto call
		}
		if f.pushed {
			st.dropMarks(f.lastmark)
		}
		goto failure

	case resRepeat:
		st.repeat = st.repeats[f.rep].prev
		st.repeats = st.repeats[:f.rep]
		goto exit

	case resMaxUntil1:
		if ret {
			goto exit
		}
		st.repeats[f.rep].count = f.count - 1
		st.Ptr = ptr
		goto failure

	case resMaxUntil2:
		{
			rep := &st.repeats[f.rep]
			rep.lastPtr = st.data[len(st.data)-1]
			st.data = st.data[:len(st.data)-1]
			if ret {
				st.dropMarks(f.lastmark)
				goto exit
			}
			st.popMarks(f.lastmark, true)
			st.lastmark, st.lastindex = f.lastmark, f.lastindex
			rep.count = f.count - 1
			st.Ptr = ptr
		}
		goto maxUntilTail

	case resMaxUntil3:
		st.repeat = f.rep
		if ret {
			goto exit
		}
		st.Ptr = ptr
		goto failure

	case resMinUntil1:
		if ret {
			goto exit
		}
		st.repeats[f.rep].count = f.count - 1
		st.Ptr = ptr
		goto failure

	case resMinUntil2:
		st.repeat = f.rep
		if ret {
			if f.pushed {
				st.dropMarks(f.lastmark)
			}
			goto exit
		}
		if f.pushed {
			st.popMarks(f.lastmark, true)
		}
		st.lastmark, st.lastindex = f.lastmark, f.lastindex
		st.Ptr = ptr
		{
			rep := &st.repeats[f.rep]
			max := code[rep.pc+2]
			if (f.count >= int(max) && max != MaxRepeat) || st.Ptr == rep.lastPtr {
				goto failure
			}
			rep.count = f.count
			st.data = append(st.data, rep.lastPtr)
			rep.lastPtr = st.Ptr
			childPC, childTop, res = rep.pc+3, f.toplevel, resMinUntil3
		}
		goto call

	case resMinUntil3:
		{
			rep := &st.repeats[f.rep]
			rep.lastPtr = st.data[len(st.data)-1]
			st.data = st.data[:len(st.data)-1]
			if ret {
				goto exit
			}
			rep.count = f.count - 1
		}
		st.Ptr = ptr
		goto failure

	case resPossRepeat1:
		if !ret {
			st.Ptr = ptr
			goto failure
		}
		f.count++
		fallthrough
	case resPossRepeat1Try:
		// The minimum first, each item in its own non-top-level frame.
		if f.count < int(code[pc+1]) {
			childPC, childTop, res = pc+3, false, resPossRepeat1
			goto call
		}
		// ptr -1: the loop below always tries once.
		ptr = -1
		goto possRepeat2Try

	case resPossRepeat2:
		if ret {
			st.dropMarks(f.lastmark)
			f.count++
			goto possRepeat2Try
		}
		st.popMarks(f.lastmark, true)
		st.lastmark, st.lastindex = f.lastmark, f.lastindex
		st.Ptr = ptr
		goto possRepeatTail

	case resAtomicGroup:
		if !ret {
			st.Ptr = ptr
			goto failure
		}
		pc += int(code[pc])
		ptr = st.Ptr
		goto dispatch

	case resAssert:
		if !ret {
			goto failure
		}
		pc += int(code[pc])
		goto dispatch

	case resAssertNot:
		if ret {
			if f.pushed {
				st.dropMarks(f.lastmark)
			}
			goto failure
		}
		if f.pushed {
			st.popMarks(f.lastmark, true)
		}
		st.lastmark, st.lastindex = f.lastmark, f.lastindex
		pc += int(code[pc])
		goto dispatch
	}
	err = ErrInternal
	goto fail

possRepeat2Try:
	// More items while below the maximum and the last one was not empty.
	if max := code[pc+2]; (f.count < int(max) || max == MaxRepeat) && st.Ptr != ptr {
		f.lastmark, f.lastindex = st.lastmark, st.lastindex
		st.pushMarks(f.lastmark)
		ptr = st.Ptr
		childPC, childTop, res = pc+3, false, resPossRepeat2
		goto call
	}
possRepeatTail:
	pc += int(code[pc]) + 1
	ptr = st.Ptr
	goto dispatch

fail:
	// An error ends the whole match.
	st.top = base
	return false, err
}
