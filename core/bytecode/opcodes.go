// Package bytecode defines rcvm's instruction set and the Code object that the
// compiler (core/compile) produces and the eval loop (core) executes.
//
// The machine is a stack machine modelled on CPython 3.10/3.11's, so that the
// number of reference-count operations per instruction stays close to
// CPython's: a LOAD pushes a new reference, a POP drops one, a STORE moves the
// reference off the stack into its slot (dropping the slot's old value).
//
// Every opcode is documented here, in one place, with its stack effect written
// as "before -> after", the top of the stack on the right. "NULL" is an empty
// stack slot (a Go nil), used by calls to mark the absence of a self argument.
//
// Jump arguments are absolute instruction indexes into Code.Instrs.
package bytecode

// Op is one opcode.
type Op uint8

// The instruction set.
const (
	// NOP does nothing.
	NOP Op = iota

	// ---- stack manipulation ----

	// POP_TOP: x -> .  Drops the reference.
	POP_TOP
	// COPY n: a_n ... a_1 -> a_n ... a_1 a_n.  Pushes a new reference to the
	// n-th item from the top (n = 1 is the top).
	COPY
	// SWAP n: swaps the top with the n-th item from the top (n >= 2).
	SWAP
	// PUSH_NULL: . -> NULL
	PUSH_NULL
	// LOAD_CONST i: . -> Consts[i]
	LOAD_CONST

	// ---- names ----

	// LOAD_FAST i: . -> local i.  UnboundLocalError if the slot is empty:
	// "cannot access local variable 'x' where it is not associated with a value".
	LOAD_FAST
	// STORE_FAST i: x -> .  Local i = x (the old value, if any, is released).
	STORE_FAST
	// DELETE_FAST i: empties local i (UnboundLocalError if already empty).
	DELETE_FAST
	// LOAD_DEREF i: . -> contents of cell i.  Cells are numbered CellVars
	// first, then FreeVars. NameError "cannot access free variable 'x' where
	// it is not associated with a value in enclosing scope" for an empty free
	// cell, UnboundLocalError as LOAD_FAST for an empty own cell.
	LOAD_DEREF
	// STORE_DEREF i: x -> .  Cell i's contents = x.
	STORE_DEREF
	// DELETE_DEREF i: empties cell i.
	DELETE_DEREF
	// LOAD_CLOSURE i: . -> cell i itself (for building a closure tuple).
	LOAD_CLOSURE
	// LOAD_GLOBAL i: . -> globals[Names[i]], else builtins[Names[i]], else
	// NameError "name 'x' is not defined".
	LOAD_GLOBAL
	// STORE_GLOBAL i: x -> .  globals[Names[i]] = x.
	STORE_GLOBAL
	// DELETE_GLOBAL i: del globals[Names[i]] (NameError if absent).
	DELETE_GLOBAL
	// LOAD_NAME i: . -> frame locals dict, then globals, then builtins.
	// Used only in class bodies (module code uses the *_GLOBAL forms).
	LOAD_NAME
	// STORE_NAME i: x -> .  frame locals dict[Names[i]] = x.
	STORE_NAME
	// DELETE_NAME i: del frame locals dict[Names[i]].
	DELETE_NAME

	// ---- attributes and subscripts ----

	// LOAD_ATTR i: obj -> obj.Names[i]
	LOAD_ATTR
	// STORE_ATTR i: value obj -> .  obj.Names[i] = value
	STORE_ATTR
	// DELETE_ATTR i: obj -> .  del obj.Names[i]
	DELETE_ATTR
	// LOAD_METHOD i: obj -> meth obj   when Names[i] is a plain function found
	// on obj's type (no bound method is created), otherwise
	// obj -> attr NULL.  Followed, after the arguments, by CALL.
	LOAD_METHOD
	// BINARY_SUBSCR: container key -> container[key]
	BINARY_SUBSCR
	// STORE_SUBSCR: value container key -> .  container[key] = value
	STORE_SUBSCR
	// DELETE_SUBSCR: container key -> .  del container[key]
	DELETE_SUBSCR
	// BUILD_SLICE n: start stop -> slice (n = 2), start stop step -> slice (n = 3).
	// Missing parts are None.
	BUILD_SLICE

	// ---- operators ----

	// BINARY_OP op: a b -> a <op> b.  The argument is a BinaryOp; the
	// in-place forms (InplaceAdd ...) are used by augmented assignment and
	// mutate lists in place (list += iterable) as CPython does.
	BINARY_OP
	// UNARY_NEGATIVE: x -> -x
	UNARY_NEGATIVE
	// UNARY_POSITIVE: x -> +x
	UNARY_POSITIVE
	// UNARY_NOT: x -> not x
	UNARY_NOT
	// UNARY_INVERT: x -> ~x
	UNARY_INVERT
	// COMPARE_OP op: a b -> a <op> b.  The argument is a CompareOp.
	COMPARE_OP
	// IS_OP inv: a b -> (a is b) when inv = 0, (a is not b) when inv = 1.
	IS_OP
	// CONTAINS_OP inv: a b -> (a in b) when inv = 0, (a not in b) when inv = 1.
	CONTAINS_OP

	// ---- control flow ----

	// JUMP t: jumps forward to t.
	JUMP
	// JUMP_BACKWARD t: jumps back to t (t <= current index). A safepoint:
	// the eval loop checks for a pending GIL drop request, BRC merge, etc.
	JUMP_BACKWARD
	// POP_JUMP_IF_FALSE t: x -> .  Jumps to t if x is false.
	POP_JUMP_IF_FALSE
	// POP_JUMP_IF_TRUE t: x -> .  Jumps to t if x is true.
	POP_JUMP_IF_TRUE
	// JUMP_IF_FALSE_OR_POP t: if x is false, jumps to t leaving x on the
	// stack; otherwise pops x.  (and)
	JUMP_IF_FALSE_OR_POP
	// JUMP_IF_TRUE_OR_POP t: if x is true, jumps to t leaving x; otherwise
	// pops x.  (or)
	JUMP_IF_TRUE_OR_POP
	// GET_ITER: iterable -> iter(iterable)
	GET_ITER
	// FOR_ITER t: it -> it next   if the iterator yields a value; otherwise
	// it -> . and jumps to t.
	FOR_ITER
	// RETURN_VALUE: x -> .  Returns x from the frame.
	RETURN_VALUE
	// YIELD_VALUE: x -> sent.  Suspends the frame, producing x; on
	// resumption the value sent (None for next()) is pushed. throw() and
	// close() resume it by raising an exception here instead.
	YIELD_VALUE
	// YIELD_FROM: iter v -> iter   (suspended)   or   iter v -> result.
	// Sends v into iter (the subiterator of `yield from` or `await`): a
	// generator or coroutine is resumed, otherwise None calls __next__ and
	// any other value send(). If iter produces a value the frame suspends
	// yielding it, set to run YIELD_FROM again on resumption with the next
	// value sent; when iter finishes, its return value (StopIteration's)
	// replaces it and execution goes on. A suspended frame's gi_yieldfrom
	// is iter.
	YIELD_FROM
	// GET_YIELD_FROM_ITER: x -> iter.  A generator stays itself, a
	// coroutine too in a coroutine or a types.coroutine generator
	// (TypeError "cannot 'yield from' a coroutine object in a
	// non-coroutine generator" otherwise); anything else becomes iter(x).
	GET_YIELD_FROM_ITER
	// GET_AWAITABLE where: x -> awaitable iterator.  A coroutine (not
	// already awaited) or a types.coroutine generator stays itself;
	// otherwise type(x).__await__(x), which must return an iterator.
	// where picks the TypeError's wording: 0 await, 1 __aenter__'s
	// result, 2 __aexit__'s.
	GET_AWAITABLE
	// GET_AITER: x -> type(x).__aiter__(x)  (async for).
	GET_AITER
	// GET_ANEXT: aiter -> aiter awaitable  (the awaitable of
	// aiter.__anext__(), awaited next by YIELD_FROM).
	GET_ANEXT
	// END_ASYNC_FOR: aiter exc -> .  The handler of an async for's
	// SETUP_FINALLY around GET_ANEXT: StopAsyncIteration ends the loop (the
	// ExceptHandler block is popped as POP_EXCEPT does, aiter dropped);
	// any other exception is raised again.
	END_ASYNC_FOR
	// BEFORE_ASYNC_WITH: cm -> aexit awaitable.  Looks up cm.__aexit__
	// (bound) and calls cm.__aenter__() (TypeError "'X' object does not
	// support the asynchronous context manager protocol").
	BEFORE_ASYNC_WITH
	// CALL_EXIT: exit a b c -> exit(a, b, c)  (async with's normal exit).
	CALL_EXIT

	// ---- building ----

	// BUILD_TUPLE n: a_1 ... a_n -> (a_1, ..., a_n)
	BUILD_TUPLE
	// BUILD_LIST n: a_1 ... a_n -> [a_1, ..., a_n]
	BUILD_LIST
	// BUILD_SET n: a_1 ... a_n -> {a_1, ..., a_n}
	BUILD_SET
	// BUILD_MAP n: k_1 v_1 ... k_n v_n -> {k_1: v_1, ...}
	BUILD_MAP
	// LIST_APPEND i: list at stack[-i] (counted after popping x) gets x.
	// x -> .   (comprehensions: i = 2 inside a for loop: [list, iter, x])
	LIST_APPEND
	// SET_ADD i: like LIST_APPEND for a set.
	SET_ADD
	// MAP_ADD i: k v -> .  dict at stack[-i] (after popping k, v) gets k: v.
	MAP_ADD
	// LIST_EXTEND i: iterable -> .  list at stack[-i] (after the pop) is
	// extended by the iterable (star expressions in list displays and calls).
	LIST_EXTEND
	// SET_UPDATE i: iterable -> .  like LIST_EXTEND for a set.
	SET_UPDATE
	// DICT_UPDATE i: mapping -> .  dict at stack[-i] updated ({**a}).
	DICT_UPDATE
	// DICT_MERGE i: mapping -> .  like DICT_UPDATE but a repeated key is a
	// TypeError "f() got multiple values for keyword argument 'k'" (calls
	// with **kwargs). The function is at stack[-(i+2)] for the message.
	DICT_MERGE
	// LIST_TO_TUPLE: list -> tuple(list)
	LIST_TO_TUPLE
	// BUILD_STRING n: s_1 ... s_n -> s_1 + ... + s_n   (f-strings)
	BUILD_STRING
	// FORMAT_VALUE flags: x -> format(x)   or   x spec -> format(x, spec)
	// when flags&FormatWithSpec. flags&FormatConvMask selects a conversion
	// applied first: FormatStr (!s), FormatRepr (!r), FormatASCII (!a).
	FORMAT_VALUE
	// UNPACK_SEQUENCE n: seq -> x_n ... x_1   (x_1 on top).  ValueError
	// "not enough values to unpack (expected 2, got 1)" or "too many values
	// to unpack (expected 2)".
	UNPACK_SEQUENCE
	// UNPACK_EX before|after<<8: a starred target: seq -> the items after
	// the star, a list of the middle, the items before, so that the first
	// target is on top (as CPython's UNPACK_EX).
	UNPACK_EX

	// ---- functions and calls ----

	// MAKE_FUNCTION flags: [defaults] [kwdefaults] [annotations] [closure]
	// code -> function
	// flags&MakeDefaults: a tuple of positional defaults,
	// flags&MakeKwDefaults: a dict of keyword-only defaults,
	// flags&MakeAnnotations: a tuple of parameter names and annotations,
	// alternating (the function's __annotations__, turned into a dict when
	// first read),
	// flags&MakeClosure: a tuple of cells (from LOAD_CLOSURE).
	// The function's globals are the current frame's.
	MAKE_FUNCTION
	// KW_NAMES i: Consts[i] is a tuple of strings naming the last len(names)
	// arguments of the CALL that immediately follows.
	KW_NAMES
	// CALL n: callable self_or_NULL a_1 ... a_n -> result.
	// If self_or_NULL is not NULL it is passed as the first argument (from
	// LOAD_METHOD). Plain calls compile to: <callable> PUSH_NULL <args> CALL n.
	CALL
	// CALL_FUNCTION_EX flags: callable self_or_NULL args_tuple [kwargs_dict]
	// -> result.  kwargs_dict is present when flags&1.
	CALL_FUNCTION_EX
	// LOAD_BUILD_CLASS: . -> the __build_class__ builtin.  A class
	// statement compiles to
	//   LOAD_BUILD_CLASS PUSH_NULL MAKE_FUNCTION(body) LOAD_CONST name
	//   <bases...> CALL 2+len(bases)
	// (keyword arguments such as metaclass= are not in the subset).
	// The body is a function whose code has FlagClassBody: it runs with a
	// fresh namespace dict as its locals (LOAD_NAME/STORE_NAME) and returns
	// None, or, when a method uses super() or __class__, it ends with
	//   LOAD_CLOSURE <__class__ cell> STORE_NAME "__classcell__"
	//   LOAD_CONST None RETURN_VALUE
	// and __build_class__ fills that cell with the new class.
	// The compiler turns a zero-argument super() call inside a method into
	// super(__class__, <first argument>) with __class__ a free variable.
	LOAD_BUILD_CLASS

	// ---- exceptions ----

	// SETUP_FINALLY t: pushes a handler block {t, current stack depth}.
	// When an exception is raised while the block is on the block stack, the
	// eval loop pops it, truncates the value stack to the saved depth,
	// pushes an ExceptHandler block that remembers the exception being
	// handled before, makes the new exception the one being handled
	// (sys.exc_info, bare raise), pushes the exception and jumps to t.
	// Unwinding through an ExceptHandler block restores the exception it
	// remembers.
	SETUP_FINALLY
	// POP_BLOCK: pops the SETUP_FINALLY block (the protected body ended
	// normally).
	POP_BLOCK
	// POP_EXCEPT: pops the ExceptHandler block and restores the exception
	// that was being handled before it. The value stack is not touched
	// (the handler has already popped or stored the exception).
	POP_EXCEPT
	// CHECK_EXC_MATCH: exc type -> exc bool.  type may be a class or a
	// tuple of classes (TypeError if not an exception class).
	CHECK_EXC_MATCH
	// RERAISE: exc -> .  Raises exc again, keeping its traceback.
	RERAISE
	// RAISE_VARARGS n: n = 0: re-raises the exception being handled
	// (RuntimeError "No active exception to reraise" if none);
	// n = 1: exc -> . raises exc (a class is instantiated with no
	// arguments); n = 2: exc cause -> . raise exc from cause.
	RAISE_VARARGS
	// LOAD_ASSERTION_ERROR: . -> AssertionError (the class).
	LOAD_ASSERTION_ERROR
	// BEFORE_WITH: cm -> exit enter_result.  Looks up cm.__exit__ (bound)
	// and calls cm.__enter__(). AttributeError-like TypeError if cm lacks them:
	// "'X' object does not support the context manager protocol".
	// A with statement compiles to
	//   <cm> BEFORE_WITH (STORE target | POP_TOP) SETUP_FINALLY L_exc
	//   <body> POP_BLOCK WITH_EXIT JUMP L_end
	//   L_exc: WITH_EXCEPT_START POP_JUMP_IF_TRUE L_sup RERAISE
	//   L_sup: POP_TOP POP_EXCEPT POP_TOP L_end:
	BEFORE_WITH
	// WITH_EXIT: exit -> .  Calls exit(None, None, None) and drops the result.
	WITH_EXIT
	// WITH_EXCEPT_START: exit exc -> exit exc result.  Calls
	// exit(type(exc), exc, traceback).
	WITH_EXCEPT_START

	// ---- modules ----

	// IMPORT_NAME i: level fromlist -> module  imports Names[i] as
	// __import__(name, globals, locals, fromlist, level) does: the top
	// package for `import a.b` (fromlist None), the module itself when
	// fromlist names what to take from it. ModuleNotFoundError "No module
	// named 'x'".
	IMPORT_NAME
	// IMPORT_FROM i: module -> module module.Names[i]  the attribute, else
	// the submodule sys.modules['module.name'] (ImportError "cannot import
	// name 'x' from 'm' (file)").
	IMPORT_FROM
	// IMPORT_STAR: module -> .  binds the module's public names (its
	// __all__, else the names not starting with '_') in the current
	// namespace (module level only).
	IMPORT_STAR

	// ---- interactive statements and annotations ----

	// PRINT_EXPR: x -> .  Calls sys.displayhook(x) (compile()'s "single"
	// mode compiles its top-level expression statements to this).
	// RuntimeError "lost sys.displayhook" without one.
	PRINT_EXPR
	// SETUP_ANNOTATIONS: creates the __annotations__ dict in the locals of
	// a module or class body that has annotated names, unless there is
	// one already.
	SETUP_ANNOTATIONS

	// ---- pattern matching (the match statement) ----
	//
	// A case pattern compiles to tests that consume the subject on top of
	// the stack, as CPython 3.11 compiles them (compiler_pattern_*):
	// literals to COMPARE_OP ==, None/True/False to IS_OP, sequences to
	// MATCH_SEQUENCE, GET_LEN and UNPACK_SEQUENCE/UNPACK_EX (or indexing
	// around a *_), mappings to MATCH_MAPPING, GET_LEN and MATCH_KEYS,
	// class patterns to MATCH_CLASS. Captured values are rotated down the
	// stack with SWAP and bound once the whole pattern has matched.

	// MATCH_MAPPING: subject -> subject bool.  Whether the subject's type is
	// a mapping for pattern matching (CPython's Py_TPFLAGS_MAPPING: dict,
	// mappingproxy, and classes derived from collections.abc.Mapping).
	MATCH_MAPPING
	// MATCH_SEQUENCE: subject -> subject bool.  Whether the subject's type is
	// a sequence for pattern matching (Py_TPFLAGS_SEQUENCE: list, tuple,
	// range, memoryview, collections.deque, array.array and classes derived
	// from collections.abc.Sequence; never str, bytes or bytearray).
	MATCH_SEQUENCE
	// GET_LEN: obj -> obj len(obj)
	GET_LEN
	// MATCH_KEYS: subject keys -> subject keys values.  keys is a tuple;
	// values is the tuple of subject.get(k, <marker>) for each key, or None
	// when a key is missing. ValueError "mapping pattern checks duplicate
	// key (k)" for a key repeated at run time.
	MATCH_KEYS
	// MATCH_CLASS n: subject cls names -> attrs.  isinstance(subject, cls),
	// then the n positional sub-patterns' attributes named by
	// cls.__match_args__ (or the subject itself for the self-matching
	// built-in types bool, bytearray, bytes, dict, float, frozenset, int,
	// list, set, str, tuple and their subclasses), then the attributes named
	// by the tuple names: attrs is their tuple, or None when the subject is
	// not an instance or lacks one of them. TypeErrors as CPython's:
	// "called match pattern must be a type", "C() accepts 0 positional
	// sub-patterns (1 given)", "C.__match_args__ must be a tuple (got
	// list)", "__match_args__ elements must be strings (got int)", "C() got
	// multiple sub-patterns for attribute 'a'".
	MATCH_CLASS

	// ---- superinstructions ----
	//
	// The compiler never emits these: the loader (core's Quicken step)
	// rewrites the first of two adjacent instructions into one of them, as
	// CPython 3.11's specialiser does with LOAD_FAST__LOAD_FAST and its
	// siblings. A superinstruction executes its own instruction and the one
	// after it, which stays in place unchanged, so that a jump to the second
	// still finds it. Reference counts and errors are those of the two
	// instructions executed one after the other.

	// LOAD_FAST__LOAD_FAST i: LOAD_FAST i, then the LOAD_FAST that follows.
	LOAD_FAST__LOAD_FAST
	// LOAD_FAST__LOAD_CONST i: LOAD_FAST i, then the LOAD_CONST that follows.
	LOAD_FAST__LOAD_CONST
	// LOAD_CONST__LOAD_FAST i: LOAD_CONST i, then the LOAD_FAST that follows.
	LOAD_CONST__LOAD_FAST
	// STORE_FAST__LOAD_FAST i: STORE_FAST i, then the LOAD_FAST that follows.
	STORE_FAST__LOAD_FAST
	// STORE_FAST__STORE_FAST i: STORE_FAST i, then the STORE_FAST that follows.
	STORE_FAST__STORE_FAST
	// COMPARE_OP__POP_JUMP op: COMPARE_OP op, then the POP_JUMP_IF_FALSE or
	// POP_JUMP_IF_TRUE that follows, without materialising the bool when
	// both operands are ints or floats (CPython 3.11's COMPARE_OP_INT_JUMP,
	// COMPARE_OP_FLOAT_JUMP).
	COMPARE_OP__POP_JUMP

	// NumOps is the number of opcodes.
	NumOps
)

// Quicken returns instrs with adjacent pairs rewritten into
// superinstructions (see the list above). It leaves instrs unchanged.
func Quicken(instrs []Instr) []Instr {
	out := make([]Instr, len(instrs))
	copy(out, instrs)
	for i := 0; i+1 < len(out); i++ {
		if fused, ok := superinstruction(out[i].Op, instrs[i+1].Op); ok {
			out[i].Op = fused
		}
	}
	return out
}

func superinstruction(first, second Op) (Op, bool) {
	switch {
	case first == LOAD_FAST && second == LOAD_FAST:
		return LOAD_FAST__LOAD_FAST, true
	case first == LOAD_FAST && second == LOAD_CONST:
		return LOAD_FAST__LOAD_CONST, true
	case first == LOAD_CONST && second == LOAD_FAST:
		return LOAD_CONST__LOAD_FAST, true
	case first == STORE_FAST && second == LOAD_FAST:
		return STORE_FAST__LOAD_FAST, true
	case first == STORE_FAST && second == STORE_FAST:
		return STORE_FAST__STORE_FAST, true
	case first == COMPARE_OP && (second == POP_JUMP_IF_FALSE || second == POP_JUMP_IF_TRUE):
		return COMPARE_OP__POP_JUMP, true
	}
	return 0, false
}

// BinaryOp is the argument of BINARY_OP.
type BinaryOp int32

// Binary operators, and their in-place forms (augmented assignment).
const (
	Add BinaryOp = iota
	Sub
	Mul
	TrueDiv
	FloorDiv
	Mod
	Pow
	LShift
	RShift
	And
	Or
	Xor
	MatMul
	InplaceAdd // InplaceAdd + k is the in-place form of operator k.
	InplaceSub
	InplaceMul
	InplaceTrueDiv
	InplaceFloorDiv
	InplaceMod
	InplacePow
	InplaceLShift
	InplaceRShift
	InplaceAnd
	InplaceOr
	InplaceXor
	InplaceMatMul
)

// NumBinaryOps is the number of non-in-place binary operators.
const NumBinaryOps = InplaceAdd

// CompareOp is the argument of COMPARE_OP.
type CompareOp int32

// Comparison operators.
const (
	Lt CompareOp = iota
	Le
	Eq
	Ne
	Gt
	Ge
)

// FORMAT_VALUE flags.
const (
	FormatConvMask = 0x3
	FormatNone     = 0x0
	FormatStr      = 0x1
	FormatRepr     = 0x2
	FormatASCII    = 0x3
	FormatWithSpec = 0x4
)

// MAKE_FUNCTION flags.
const (
	MakeDefaults    = 0x01
	MakeKwDefaults  = 0x02
	MakeAnnotations = 0x04
	MakeClosure     = 0x08
)
