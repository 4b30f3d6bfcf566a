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
//
// # Writing a strategy
//
// A strategy is a package that registers a Strategy (Register, from init)
// whose NewPlan returns a Plan: the configuration of the policies below,
// for one interpreter. Core has no code for any particular strategy outside
// its counting primitives; every other decision is one of these fields,
// and core calls each at one place:
//
//	policy                     Plan field (default)            where core calls it
//	-------------------------  ------------------------------  ---------------------------------------------
//	counting primitive         Counting (CountPlain)           Thread.Incref and Decref (refcount.go), at
//	                                                           every reference taken or dropped; the inlined
//	                                                           fast path, else one out-of-line call
//	the object header          — (rc 1, shared 0, tid: the     Thread.initObject (heap.go), in every
//	                           creating thread's id under      allocator
//	                           biased and custom counting)
//	own counting               Counter (none; required with    increfSlow and decrefSlow (refcount.go): every
//	                           CountCustom)                    operation on a mortal object; never for an
//	                                                           immortal one, nor a freed one in checked mode
//	owner's path inlined       InlineOwner (false)             the same inlined fast path as biased counting:
//	                                                           the owner's plain updates are core's; the
//	                                                           Counter gets the others and LocalZero
//	biased hand-over           BiasedQueue (none; required     decrefShared (refcount.go): a non-owner's
//	                           with CountBiased)               decrement would take the shared count below
//	                                                           zero; the strategy later calls BiasedMerge
//	container protection       LockContainers (false)          containerLock.lock (containers.go): lists,
//	                                                           dicts, sets, instance dicts, native
//	                                                           containers (ContainerLock); also whether
//	                                                           namespace values are reclaimed by QSBR
//	                                                           (deferDecref, qsbr.go)
//	what a thread holds to     Scheduler.Attach and Detach     Thread.Attach and Detach (thread.go): when a
//	run bytecode               (nil: nothing, threads run      thread starts and ends, around every blocking
//	                           in parallel)                    call (Thread.Blocking)
//	the scheduler's safepoint  Scheduler.Safepoint             the eval loop at a call and a backward jump
//	                                                           (eval.go) when BreakScheduler is set; the
//	                                                           scheduler clears the bit
//	the strategy's safepoint   Safepoint (nil)                 the same places, when BreakStrategy is set
//	                                                           (Thread.SetBreaker, from any goroutine); core
//	                                                           clears the bit just before the call
//	thread start               OnThreadStart (nil)             newThread (vm.go): when a thread is made,
//	                                                           before it runs or allocates
//	per-thread state           Thread.State (nil; the          never read by core (Thread.Sched is the
//	                           strategy sets it)               scheduler's)
//	thread exit                OnThreadExit (nil)              exitThread (vm.go): after the thread's last
//	                                                           bytecode, once it has detached
//	options                    StrategyInfo.Options (none)     NewVM parses -strategy-opt NAME=VALUE into
//	                                                           the Options NewPlan reads (Options.String,
//	                                                           Int, Bool, Float, Duration); `rcvm strategies
//	                                                           -v` lists them
//	counters                   Counters (none)                 VM.Stats (run.go), for -stats; Stats.OwnerOps
//	                                                           and SharedOps split the operations of the
//	                                                           primitives with an owner's path
//
// A strategy that only picks a primitive is a few lines (strategies/atomic);
// strategies/gil is a Scheduler with an option; strategies/brc is the
// biased primitive plus its hand-over on the thread hooks; and
// examples/customstrategy is a strategy in a module of its own, with its
// own Counter, built into an rcvm binary of its own (package command).
package core
