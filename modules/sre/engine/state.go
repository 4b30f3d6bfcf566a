package engine

import (
	"errors"
	"unsafe"
)

// Char is the element type of a subject string: bytes for bytes-like
// objects (and for str objects that are pure ASCII, whose bytes are their
// code points), code points otherwise. Each element type gets its own
// instantiation of the matcher, so a step indexes the subject directly, as
// CPython's UCS1/UCS2/UCS4 copies of sre_lib.h do.
type Char interface {
	~uint8 | ~uint16 | ~int32 | ~uint32
}

// Errors a match can end with besides success and failure.
var (
	// ErrMemory: the backtracking stacks outgrew State.MemLimit.
	ErrMemory = errors.New("regular expression engine out of memory")
	// ErrInternal: the code asked for something impossible (an opcode
	// where none may be, an UNTIL without its REPEAT). CPython reports it
	// as RuntimeError "internal error in regular expression engine".
	ErrInternal = errors.New("internal error in regular expression engine")
	// ErrWrongSpan: a group ended before it started (CPython raises
	// SystemError "The span of capturing group is wrong, please report a
	// bug for the re module.").
	ErrWrongSpan = errors.New("the span of capturing group is wrong")
)

// DefaultMemLimit bounds the backtracking stacks of one match, in bytes,
// when State.MemLimit is zero.
const DefaultMemLimit = 1 << 30

// checkInterval is how many opcodes run between two calls of State.Check
// (CPython checks for signals every 4096 opcodes too).
const checkInterval = 4096

// State is one matching session of a Program over one subject, like
// CPython's SRE_STATE: the window [Start, end), the capture marks and the
// backtracking stacks, kept and reused across the searches of a findall,
// split, sub or scanner.
type State[C Char] struct {
	prog *Program
	code []uint32
	s    []C
	end  int

	// Pos and EndPos are the clamped pos and endpos arguments.
	Pos, EndPos int
	// Start is where the next match or search starts; after a success it
	// is where the match starts, and Ptr where it ends.
	Start, Ptr int
	// MatchAll makes a match succeed only if it reaches EndPos (fullmatch).
	MatchAll bool
	// MustAdvance forbids an empty match at Start (set by the iterating
	// callers after an empty match, CPython's must_advance).
	MustAdvance bool
	// Check, when set, is called every few thousand steps; a non-nil
	// error stops the match and is returned (KeyboardInterrupt, timeouts).
	Check func() error
	// MemLimit bounds the backtracking stacks in bytes (0: DefaultMemLimit).
	MemLimit int

	marks     []int // 2 per group; -1 is "not set"
	lastmark  int
	lastindex int
	repeat    int // index in repeats of the innermost REPEAT, or -1

	frames  []frame // frames[:top] are running
	top     int
	oom     bool // the data stack outgrew MemLimit
	data    []int
	repeats []repeatCtx
	steps   int
	depth   int
}

// frame is one context of the iterative matcher: the code it runs, the
// position it runs at, what it saved, and which step of its opcode it is
// waiting in while a child context runs.
type frame struct {
	pc        int // the opcode's arguments while a child runs
	ptr       int
	count     int
	lastmark  int
	lastindex int
	rep       int    // the REPEAT context of an UNTIL
	chr       uint32 // REPEAT_ONE's literal tail
	toplevel  bool   // SUCCESS here ends the whole match
	pushed    bool   // marks were saved on the data stack
	resume    uint8  // the step to continue at when the child returns
}

// repeatCtx is a REPEAT's context (CPython's SRE_REPEAT).
type repeatCtx struct {
	count   int
	pc      int // the REPEAT's arguments: skip, min, max, item
	prev    int
	lastPtr int // zero-width-match protection; -1 is "none"
}

// NewState prepares a session of p over s between pos and endpos, clamped
// to the subject as CPython's state_init clamps them.
func NewState[C Char](p *Program, s []C, pos, endpos int) *State[C] {
	st := &State[C]{}
	st.Init(p, s, pos, endpos)
	return st
}

// Init (re)initialises st for p over s, keeping its buffers.
func (st *State[C]) Init(p *Program, s []C, pos, endpos int) {
	n := len(s)
	pos = min(max(pos, 0), n)
	endpos = min(max(endpos, 0), n)
	st.prog, st.code, st.s = p, p.code, s
	st.Pos, st.EndPos = pos, endpos
	st.Start, st.Ptr, st.end = pos, pos, endpos
	st.MatchAll, st.MustAdvance = false, false
	if need := 2*p.groups + 2; cap(st.marks) < need {
		st.marks = make([]int, need)
	} else {
		st.marks = st.marks[:need]
	}
	st.Reset()
}

// Reset forgets the captures of the previous attempt (CPython's
// state_reset); Start, MustAdvance and MatchAll are kept.
func (st *State[C]) Reset() {
	st.lastmark, st.lastindex, st.repeat = -1, -1, -1
	st.top, st.oom = 0, false
	st.data = st.data[:0]
	st.repeats = st.repeats[:0]
}

// Match tries the program at Start (match, fullmatch, Scanner.match).
func (st *State[C]) Match() (bool, error) {
	st.Ptr = st.Start
	return st.runTop(0, true)
}

// LastIndex is the number of the last group closed, or -1.
func (st *State[C]) LastIndex() int { return st.lastindex }

// Group returns group g's span (g >= 1) after a success, with ok false when
// the group did not take part (CPython's state_getslice). A span that ends
// before it starts is ErrWrongSpan.
func (st *State[C]) Group(g int) (start, end int, ok bool, err error) {
	i := 2 * (g - 1)
	if i >= st.lastmark || st.marks[i] < 0 || st.marks[i+1] < 0 {
		return -1, -1, false, nil
	}
	if st.marks[i] > st.marks[i+1] {
		return -1, -1, false, ErrWrongSpan
	}
	return st.marks[i], st.marks[i+1], true, nil
}

// Spans fills dst with the spans of group 0 and of every group after a
// success, -1 for groups that did not take part, as CPython's
// pattern_new_match builds a match object.
func (st *State[C]) Spans(dst []int) ([]int, error) {
	dst = append(dst[:0], st.Start, st.Ptr)
	for j := 0; j < 2*st.prog.groups; j += 2 {
		if j+1 <= st.lastmark && st.marks[j] >= 0 && st.marks[j+1] >= 0 {
			if st.marks[j] > st.marks[j+1] {
				return dst, ErrWrongSpan
			}
			dst = append(dst, st.marks[j], st.marks[j+1])
		} else {
			dst = append(dst, -1, -1)
		}
	}
	return dst, nil
}

// memory is what the backtracking stacks hold, in bytes.
func (st *State[C]) memory() int {
	const (
		frameSize  = int(unsafe.Sizeof(frame{}))
		wordSize   = int(unsafe.Sizeof(0))
		repeatSize = int(unsafe.Sizeof(repeatCtx{}))
	)
	return cap(st.frames)*frameSize + cap(st.data)*wordSize + cap(st.repeats)*repeatSize
}

func (st *State[C]) memLimit() int {
	if st.MemLimit > 0 {
		return st.MemLimit
	}
	return DefaultMemLimit
}

// growFrames makes room for more frames, unless the stacks would outgrow
// MemLimit.
func (st *State[C]) growFrames() bool {
	if st.memory() > st.memLimit() {
		return false
	}
	st.frames = append(st.frames, make([]frame, max(64, len(st.frames)))...)
	return true
}

// pushMarks saves marks[0..lastmark] (CPython's MARK_PUSH). Outgrowing
// MemLimit sets oom, which stops the match at its next step.
func (st *State[C]) pushMarks(lastmark int) {
	if lastmark >= 0 {
		if len(st.data)+lastmark+1 > cap(st.data) && st.memory() > st.memLimit() {
			st.oom = true
		}
		st.data = append(st.data, st.marks[:lastmark+1]...)
	}
}

// popMarks restores marks[0..lastmark], discarding the copy when discard is
// set (MARK_POP) or keeping it for another attempt (MARK_POP_KEEP).
func (st *State[C]) popMarks(lastmark int, discard bool) {
	if lastmark >= 0 {
		n := len(st.data) - (lastmark + 1)
		copy(st.marks, st.data[n:])
		if discard {
			st.data = st.data[:n]
		}
	}
}

// dropMarks discards the saved copy (MARK_POP_DISCARD).
func (st *State[C]) dropMarks(lastmark int) {
	if lastmark >= 0 {
		st.data = st.data[:len(st.data)-(lastmark+1)]
	}
}

// maxPooledFrames bounds the stacks a released State keeps for reuse.
const maxPooledFrames = 1024

// Release forgets the subject, the program and the check function, so
// that a pool of States holds on to none of them, and reports whether the
// State is small enough to be worth reusing.
func (st *State[C]) Release() bool {
	st.prog, st.code, st.s, st.Check = nil, nil, nil, nil
	st.Reset()
	return len(st.frames) <= maxPooledFrames && cap(st.data) <= 16*maxPooledFrames
}
