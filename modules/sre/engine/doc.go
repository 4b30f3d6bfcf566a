// Package engine executes the code of CPython 3.11's regular-expression
// compiler (Lib/re/_compiler.py): the SRE opcodes that CPython's C engine,
// Modules/_sre/sre_lib.h, interprets. It has CPython's backtracking
// semantics to the letter — which alternative wins, what each kind of
// repeat gives back, how the marks of a group are kept and restored when a
// branch fails, lastindex, the empty-match rules of must_advance — because
// re programs depend on them; Go's regexp (leftmost-first without
// backreferences, lookbehind or possessive repeats) cannot stand in.
//
// A Program is validated code (Compile checks it as CPython's _validate
// does, so that the matcher can trust every skip and argument). A State
// runs it over a subject of bytes or code points (State[byte], State[rune])
// with Match (match and fullmatch) and Search (with the INFO block's
// literal prefix or first-character set, and a skip over positions whose
// first character cannot start a match).
//
// The matcher is iterative: where CPython's C code recurses through its
// own stack of contexts, this one pushes frames on a Go slice and resumes
// them in a loop, so no pattern can overflow the Go stack. The stacks are
// bounded by State.MemLimit (ErrMemory), and State.Check lets the caller
// stop a long match (KeyboardInterrupt, a timeout).
//
// The Unicode classes (\w, \d, \s, line breaks, simple case mappings) come
// from python3's own Unicode database through go generate
// (internal/gentables), so that they are 3.11's (Unicode 14.0) rather than
// those of Go's unicode package.
package engine
