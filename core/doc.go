// Package core is rcvm's runtime: the object model, the heap, threads, the
// eval loop, the built-in types, functions and modules, and the Strategy
// contract through which every reference-count operation, container access,
// blocking call and safepoint goes.
//
// The object model is CPython's. Every value is a heap object that starts
// with a Header-like Object struct (the count fields and the type pointer);
// concrete types (Int, Str, List, ...) embed Object as their first field, and
// a *Object is converted to the concrete type after checking its Kind, as
// CPython casts PyObject* to PyListObject*. Functions follow CPython's
// calling conventions:
//   - a function that returns *Object returns a new reference, or nil when it
//     has raised an exception (recorded on the Thread, see Thread.Raise);
//   - arguments are borrowed: the callee takes its own reference if it keeps one;
//   - a function that returns (x, bool) reports an exception with false.
//
// Reference counts are kept where CPython keeps them, so that the number of
// incref/decref operations per bytecode is close to CPython's: that is what
// makes the strategies' measured overheads meaningful.
//
// # Writing a native module
//
// What CPython writes in C (_collections, itertools, _io, posix, ...) rcvm
// writes in Go, one package per module under modules/ (the directory named
// without the leading underscore: modules/collections is _collections),
// built only on this package's exported API and imported by modules/all.
// modules/math is the example to copy. A module registers a builder from
// init; each VM builds the module on its first import:
//
//	func init() { core.RegisterModule("math", buildMath) }
//
//	func buildMath(t *core.Thread, m *core.Module) bool {
//		m.SetFunc(t, "sqrt", mathSqrt)           // a built-in function
//		return m.SetOwned(t, "pi", t.NewFloat(math.Pi)) // takes over the new reference
//	}
//
// A function is a BuiltinFunc. Its arguments are borrowed, its result is a
// new reference or nil with an exception set:
//
//	func mathSqrt(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
//		if !t.ArgsRange("math.sqrt", args, kwnames, 1, 1) { // CPython's messages
//			return nil
//		}
//		x, ok := t.AsFloat(args[0]) // "must be real number, not str"
//		if !ok {
//			return nil
//		}
//		if x < 0 {
//			return t.RaiseMsg(&core.ValueErrorType, "math domain error")
//		}
//		return t.NewFloat(math.Sqrt(x))
//	}
//
// The parts of the API, each in a file of its own:
//   - arguments (args.go, api_args.go): ArgsRange for positional-only
//     functions; Signature for keywords, in Argument Clinic's style
//     (NewSignature("isclose", "a", "b", "*", "rel_tol=", "abs_tol=")) or
//     PyArg_ParseTupleAndKeywords' (NewTupleSignature), with CPython's
//     messages for each; Signature.BadArgument and Signature.Str for
//     "f() argument 'x' must be str, not int";
//   - conversions (api_objects.go): Index, AsInt64 (ssize_t), AsCLong,
//     AsCInt, AsBigInt, AsFloat, Truth (bool), each raising CPython's
//     TypeError or OverflowError;
//   - objects: constructors (NewInt, NewBigInt, NewUint64, NewFloat, NewStr,
//     NewTuple, TupleOf, TupleOwned, NewList, ListOf, ListOwned, NewDict,
//     NewSet, NewFrozenSet, Bool, None), type tests (IsInt, IsStr, IsTuple,
//     IsInstance, IsCallable, ...) and accessors (IntValue, BigValue,
//     FloatValue, StrValue, AsTuple, AsList, AsDict, AsSet, AsType,
//     SeqItems, Dict.Items, Set.SetItems);
//   - the abstract operations on Thread: Call, CallMethod, CallSpecial,
//     GetAttr, GetAttrString, LookupAttr, HasAttr, SetAttr, GetItem,
//     SetItem, Len, Contains, Hash, Repr, StrOf, RichCompare, BinaryOp,
//     Truth, GetIter, Next, Iterate, Collect;
//   - raising: RaiseMsg, RaiseWith, Raise, RaiseErrno, RaiseError (a pynum
//     error), NewExceptionType for a module's own exception classes;
//     ExcMatches, TakeExc and ClearExc to handle one;
//   - references: Incref, Decref, XIncref, XDecref, NewRef, XNewRef, Replace
//     (Py_XSETREF), DecrefAll;
//   - types (api_type.go, api_descr.go): NewType[T](TypeSpec) defines a
//     type whose instances have the Go layout T (a struct whose first field
//     is core.Object, or its base's layout), with its Slots (Repr, Hash,
//     Compare, Iter, Next, Call, GetAttr, ...), Init, Clear (the references
//     its fields hold; core frees the memory), Methods (instance, class or
//     static), Members (fields) and GetSets. Alloc[T](t, cls) allocates an
//     instance in New; Cast[T] checks and converts one. Slots appear in the
//     type's dict as dunder methods, instance methods check their self, and
//     a Subclassable type can be derived from by a class statement
//     (class MyDeque(deque)): the subclass's instances are the native layout
//     followed by an instance dict, allocated by the same Alloc call;
//   - state and lifetime (api_module.go): StateKey[T] for per-VM module
//     state, VM.AtShutdown for work when the VM ends (release what the state
//     holds), ContainerLock for a native container's contents under the
//     free-threaded strategies, Thread.Blocking around a call that blocks
//     (it detaches from the strategy, releasing the GIL).
//
// A module's tests are a table of Python snippets run by internal/difftest
// on rcvm under every strategy in checked mode and on python3.
package core
