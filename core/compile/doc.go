// Package compile turns the syntax tree of core/syntax into rcvm bytecode
// (core/bytecode): one Code object per module, function, lambda,
// comprehension, generator expression and class body.
//
// It follows CPython 3.11's compiler (Python/compile.c and
// Python/symtable.c) closely, so that the number of instructions, and with
// them the reference-count operations the VM performs, stay close to
// CPython's:
//
//   - symtable.go records how each block uses each name, and resolve.go
//     classifies every name as local, cell, free or global with CPython's
//     algorithm (analyze_block and friends);
//   - the code generator keeps a stack of frame blocks (CPython's fblocks)
//     so that break, continue and return unwind loops, try/finally, with
//     and except handlers correctly;
//   - comprehensions and generator expressions are nested functions whose
//     outermost iterable is evaluated by the caller;
//   - assemble.go threads jumps, drops unreachable code, turns backward
//     jumps into JUMP_BACKWARD (the VM's safepoint) and computes the stack
//     depth from the table in stack.go.
//
// Simplifications against CPython, and why: annotations are not evaluated
// (the subset has no use for __annotations__); constant folding is limited
// to what CPython's AST optimizer does for literals (unary minus on a
// number, tuples of constants); there is no LOAD_CLASSDEREF, so a class
// body reads a variable of an enclosing function with LOAD_DEREF (it cannot
// be shadowed by a class attribute of the same name, which only matters for
// code that assigns it in the class body first); exception handling uses
// the block-stack instructions of rcvm's instruction set rather than
// CPython 3.11's exception table.
package compile
