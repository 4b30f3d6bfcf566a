package compile

import (
	"github.com/rcvm/rcvm/core/bytecode"
	"github.com/rcvm/rcvm/core/syntax"
)

// internalError reports a bug in the compiler as a SyntaxError rather than
// a crash.
func internalError(u *unit, msg string) *syntax.Error {
	return &syntax.Error{Kind: syntax.KindSyntax, Msg: "internal compiler error: " + msg,
		Line: u.code.FirstLine}
}

// assemble finishes the current unit: it resolves labels, threads jumps,
// removes unreachable code and jumps to the next instruction, picks JUMP or
// JUMP_BACKWARD by direction, and computes the stack size.
func assemble(u *unit) {
	ins := u.instrs
	for i := range ins {
		if isJump(ins[i].op) {
			t := u.labels[ins[i].arg]
			if t < 0 || t >= len(ins) {
				panic(compileError{internalError(u, "unbound label")})
			}
			ins[i].arg = int32(t)
		}
	}
	threadJumps(ins)
	ins = removeDead(ins)
	code := u.code
	code.Instrs = make([]bytecode.Instr, len(ins))
	code.Lines = make([]int32, len(ins))
	code.Cols = make([]int32, len(ins))
	for i, in := range ins {
		op := in.op
		if isJump(op) && int(in.arg) <= i {
			if op != bytecode.JUMP {
				panic(compileError{internalError(u, "backward conditional jump")})
			}
			op = bytecode.JUMP_BACKWARD
		}
		code.Instrs[i] = bytecode.Instr{Op: op, Arg: in.arg}
		code.Lines[i] = in.line
		code.Cols[i] = in.col
	}
	size, msg := stackDepth(code.Instrs)
	if msg != "" {
		panic(compileError{internalError(u, msg)})
	}
	code.StackSize = size
}

// threadJumps retargets jumps whose target is an unconditional jump. A
// conditional jump is only retargeted forward: the instruction set has no
// backward conditional jumps (backward jumps are safepoints).
func threadJumps(ins []instr) {
	final := func(t int32) int32 {
		for n := 0; n < 100 && ins[t].op == bytecode.JUMP; n++ {
			t = ins[t].arg
		}
		return t
	}
	for i := range ins {
		in := &ins[i]
		switch in.op {
		case bytecode.JUMP:
			in.arg = final(in.arg)
		case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE, bytecode.FOR_ITER:
			if t := final(in.arg); int(t) > i {
				in.arg = t
			}
		case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
			// The value stays on the stack when jumping, so a jump to a
			// jump of the same kind will jump again.
			t := in.arg
			for n := 0; n < 100; n++ {
				next := final(t)
				if ins[next].op == in.op {
					next = ins[next].arg
				}
				if next == t {
					break
				}
				t = next
			}
			if int(t) > i {
				in.arg = t
			}
		}
	}
}

// removeDead drops instructions that cannot be reached and jumps to the
// instruction that follows anyway, remapping jump targets.
func removeDead(ins []instr) []instr {
	keep := make([]bool, len(ins))
	work := []int{0}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		if i >= len(ins) || keep[i] {
			continue
		}
		keep[i] = true
		if isJump(ins[i].op) {
			work = append(work, int(ins[i].arg))
		}
		if !ends(ins[i].op) {
			work = append(work, i+1)
		}
	}
	nextKept := len(ins)
	for i := len(ins) - 1; i >= 0; i-- {
		if !keep[i] {
			continue
		}
		if ins[i].op == bytecode.JUMP && int(ins[i].arg) == nextKept {
			keep[i] = false
			continue
		}
		nextKept = i
	}
	newIdx := make([]int32, len(ins))
	n := int32(0)
	for i := range ins {
		newIdx[i] = n
		if keep[i] {
			n++
		}
	}
	// (A removed instruction thus maps to the next kept one.)
	out := make([]instr, 0, n)
	for i, in := range ins {
		if !keep[i] {
			continue
		}
		if isJump(in.op) {
			in.arg = newIdx[in.arg]
		}
		out = append(out, in)
	}
	return out
}
