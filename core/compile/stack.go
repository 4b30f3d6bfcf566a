package compile

import "github.com/rcvm/rcvm/core/bytecode"

// stackEffect is the change in stack depth made by an instruction, when it
// jumps (jump set) or falls through. The values follow the "before ->
// after" comments in core/bytecode/opcodes.go.
func stackEffect(op bytecode.Op, arg int32, jump bool) int {
	switch op {
	case bytecode.NOP, bytecode.SWAP, bytecode.DELETE_FAST, bytecode.DELETE_DEREF,
		bytecode.DELETE_GLOBAL, bytecode.DELETE_NAME, bytecode.LOAD_ATTR,
		bytecode.UNARY_NEGATIVE, bytecode.UNARY_POSITIVE, bytecode.UNARY_NOT,
		bytecode.UNARY_INVERT, bytecode.JUMP, bytecode.JUMP_BACKWARD, bytecode.GET_ITER,
		bytecode.YIELD_VALUE, bytecode.LIST_TO_TUPLE, bytecode.KW_NAMES,
		bytecode.POP_BLOCK, bytecode.POP_EXCEPT, bytecode.CHECK_EXC_MATCH,
		bytecode.SETUP_ANNOTATIONS, bytecode.GET_YIELD_FROM_ITER, bytecode.GET_AWAITABLE,
		bytecode.GET_AITER:
		return 0
	case bytecode.GET_ANEXT, bytecode.BEFORE_ASYNC_WITH:
		return 1
	case bytecode.END_ASYNC_FOR:
		return -2
	case bytecode.CALL_EXIT:
		return -3
	case bytecode.COPY, bytecode.PUSH_NULL, bytecode.LOAD_CONST, bytecode.LOAD_FAST,
		bytecode.LOAD_DEREF, bytecode.LOAD_CLOSURE, bytecode.LOAD_GLOBAL, bytecode.LOAD_NAME,
		bytecode.LOAD_METHOD, bytecode.LOAD_BUILD_CLASS, bytecode.LOAD_ASSERTION_ERROR,
		bytecode.BEFORE_WITH, bytecode.WITH_EXCEPT_START, bytecode.IMPORT_FROM,
		bytecode.MATCH_MAPPING, bytecode.MATCH_SEQUENCE, bytecode.GET_LEN, bytecode.MATCH_KEYS:
		return 1
	case bytecode.POP_TOP, bytecode.STORE_FAST, bytecode.STORE_DEREF, bytecode.STORE_GLOBAL,
		bytecode.STORE_NAME, bytecode.DELETE_ATTR, bytecode.BINARY_SUBSCR, bytecode.BINARY_OP,
		bytecode.COMPARE_OP, bytecode.IS_OP, bytecode.CONTAINS_OP, bytecode.POP_JUMP_IF_FALSE,
		bytecode.POP_JUMP_IF_TRUE, bytecode.RETURN_VALUE, bytecode.LIST_APPEND,
		bytecode.SET_ADD, bytecode.LIST_EXTEND, bytecode.SET_UPDATE, bytecode.DICT_UPDATE,
		bytecode.DICT_MERGE, bytecode.RERAISE, bytecode.WITH_EXIT, bytecode.IMPORT_NAME,
		bytecode.IMPORT_STAR, bytecode.PRINT_EXPR, bytecode.YIELD_FROM:
		return -1
	case bytecode.STORE_ATTR, bytecode.DELETE_SUBSCR, bytecode.MAP_ADD, bytecode.MATCH_CLASS:
		return -2
	case bytecode.STORE_SUBSCR:
		return -3
	case bytecode.BUILD_SLICE, bytecode.BUILD_TUPLE, bytecode.BUILD_LIST, bytecode.BUILD_SET,
		bytecode.BUILD_STRING:
		return 1 - int(arg)
	case bytecode.BUILD_MAP:
		return 1 - 2*int(arg)
	case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case bytecode.FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case bytecode.SETUP_FINALLY:
		if jump {
			return 1 // the handler starts with the exception pushed
		}
		return 0
	case bytecode.FORMAT_VALUE:
		if arg&bytecode.FormatWithSpec != 0 {
			return -1
		}
		return 0
	case bytecode.UNPACK_SEQUENCE:
		return int(arg) - 1
	case bytecode.UNPACK_EX:
		return int(arg&0xff) + int(arg>>8)
	case bytecode.MAKE_FUNCTION:
		n := 0
		for _, f := range []int32{bytecode.MakeDefaults, bytecode.MakeKwDefaults, bytecode.MakeAnnotations, bytecode.MakeClosure} {
			if arg&f != 0 {
				n--
			}
		}
		return n
	case bytecode.CALL:
		return -int(arg) - 1
	case bytecode.CALL_FUNCTION_EX:
		return -2 - int(arg&1)
	case bytecode.RAISE_VARARGS:
		return -int(arg)
	}
	panic("stackEffect: unknown opcode " + op.String())
}

// ends reports whether control never falls through op to the next
// instruction.
func ends(op bytecode.Op) bool {
	switch op {
	case bytecode.JUMP, bytecode.JUMP_BACKWARD, bytecode.RETURN_VALUE, bytecode.RERAISE,
		bytecode.RAISE_VARARGS:
		return true
	}
	return false
}

// isJump reports whether op's argument is an instruction index.
func isJump(op bytecode.Op) bool {
	switch op {
	case bytecode.JUMP, bytecode.JUMP_BACKWARD, bytecode.POP_JUMP_IF_FALSE,
		bytecode.POP_JUMP_IF_TRUE, bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP,
		bytecode.FOR_ITER, bytecode.SETUP_FINALLY:
		return true
	}
	return false
}

// stackDepth computes the maximum stack depth of code by following every
// path from the entry, and checks that the depth at each instruction is the
// same along all paths and never negative. It returns a description of the
// first inconsistency, if any.
func stackDepth(instrs []bytecode.Instr) (int, string) {
	depth := make([]int, len(instrs))
	for i := range depth {
		depth[i] = -1
	}
	max := 0
	work := []int{0}
	if len(instrs) > 0 {
		depth[0] = 0
	}
	visit := func(target, d int) string {
		if target < 0 || target >= len(instrs) {
			return "jump out of range"
		}
		if d < 0 {
			return "negative stack depth"
		}
		if d > max {
			max = d
		}
		switch {
		case depth[target] < 0:
			depth[target] = d
			work = append(work, target)
		case depth[target] != d:
			return "inconsistent stack depth at " + itoa(target)
		}
		return ""
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		in := instrs[i]
		d := depth[i]
		if isJump(in.Op) {
			if msg := visit(int(in.Arg), d+stackEffect(in.Op, in.Arg, true)); msg != "" {
				return 0, msg
			}
		}
		if !ends(in.Op) {
			if msg := visit(i+1, d+stackEffect(in.Op, in.Arg, false)); msg != "" {
				return 0, msg
			}
		} else if e := d + stackEffect(in.Op, in.Arg, false); e < 0 {
			return 0, "negative stack depth"
		}
	}
	return max, ""
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}
