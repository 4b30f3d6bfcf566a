package core

import (
	"strings"

	bc "github.com/rcvm/rcvm/core/bytecode"
)

// run executes a frame until it returns, raises or (generator frames)
// yields. It is the eval loop: one switch over the opcodes, documented in
// core/bytecode. The hottest operations (locals, small-int arithmetic and
// comparisons, calls of Python functions, list indexing, range iteration)
// have inline fast paths; everything else goes through the abstract
// protocol (abstract.go).
func (t *Thread) run(f *Frame) *Object {
	f.back = t.frame
	t.frame = f
	t.depth++
	if t.depth > t.vm.cfg.RecursionLimit {
		t.depth--
		t.frame = f.back
		t.RaiseMsg(&RecursionErrorType, "maximum recursion depth exceeded")
		if f.code.Flags&bc.FlagGenerator == 0 {
			t.releaseFrame(f)
		}
		return nil
	}
	if t.breaker.Load() != 0 {
		t.safepoint()
	}
	code := f.code
	instrs := code.instrs
	sp := f.sp
	pc := f.pc
	counting := t.stats != nil
	reraise := false
	if f.throwing {
		// throw() or close(): the exception set on the thread is raised
		// where the generator is suspended.
		f.throwing = false
		t.addTraceback(f, pc-1)
		h, ok := t.unwindBlocks(f, &sp)
		if !ok {
			return t.leaveFailedGenerator(f, sp)
		}
		pc = h
	}

	for {
		in := instrs[pc]
		pc++
		if counting {
			t.stats.bytecodes++
		}
		switch in.Op {
		case bc.NOP:

		case bc.LOAD_FAST:
			v := f.locals[in.Arg]
			if v == nil {
				t.unboundLocal(code, in.Arg)
				goto fail
			}
			t.Incref(v)
			f.stack[sp] = v
			sp++

		case bc.STORE_FAST:
			sp--
			old := f.locals[in.Arg]
			f.locals[in.Arg] = f.stack[sp]
			f.stack[sp] = nil
			if old != nil {
				t.Decref(old)
			}

		case bc.LOAD_CONST:
			// Code constants are immortal (loadCode): no count to take.
			f.stack[sp] = code.consts[in.Arg]
			sp++

		case bc.POP_TOP:
			sp--
			v := f.stack[sp]
			f.stack[sp] = nil
			t.XDecref(v)

		case bc.PUSH_NULL:
			f.stack[sp] = nil
			sp++

		case bc.COPY:
			v := f.stack[sp-int(in.Arg)]
			t.Incref(v)
			f.stack[sp] = v
			sp++

		case bc.SWAP:
			i := sp - int(in.Arg)
			f.stack[i], f.stack[sp-1] = f.stack[sp-1], f.stack[i]

		// The superinstructions repeat their halves' bodies by hand: a
		// helper holding an inlined Incref or Decref exceeds Go's inlining
		// budget, and a call per half would cost what fusing them saves.
		case bc.LOAD_FAST__LOAD_FAST, bc.LOAD_FAST__LOAD_CONST:
			v := f.locals[in.Arg]
			if v == nil {
				t.unboundLocal(code, in.Arg)
				goto fail
			}
			t.Incref(v)
			f.stack[sp] = v
			sp++
			// The second instruction may itself be the first of another
			// pair: its kind comes from the superinstruction, not its Op.
			second := bc.LOAD_FAST
			if in.Op == bc.LOAD_FAST__LOAD_CONST {
				second = bc.LOAD_CONST
			}
			in = instrs[pc]
			pc++
			if counting {
				t.stats.bytecodes++
			}
			if second == bc.LOAD_CONST {
				f.stack[sp] = code.consts[in.Arg]
				sp++
				continue
			}
			v = f.locals[in.Arg]
			if v == nil {
				t.unboundLocal(code, in.Arg)
				goto fail
			}
			t.Incref(v)
			f.stack[sp] = v
			sp++

		case bc.LOAD_CONST__LOAD_FAST:
			f.stack[sp] = code.consts[in.Arg]
			sp++
			in = instrs[pc]
			pc++
			if counting {
				t.stats.bytecodes++
			}
			v := f.locals[in.Arg]
			if v == nil {
				t.unboundLocal(code, in.Arg)
				goto fail
			}
			t.Incref(v)
			f.stack[sp] = v
			sp++

		case bc.STORE_FAST__LOAD_FAST, bc.STORE_FAST__STORE_FAST:
			sp--
			old := f.locals[in.Arg]
			f.locals[in.Arg] = f.stack[sp]
			f.stack[sp] = nil
			if old != nil {
				t.Decref(old)
			}
			second := bc.LOAD_FAST
			if in.Op == bc.STORE_FAST__STORE_FAST {
				second = bc.STORE_FAST
			}
			in = instrs[pc]
			pc++
			if counting {
				t.stats.bytecodes++
			}
			if second == bc.STORE_FAST {
				sp--
				old = f.locals[in.Arg]
				f.locals[in.Arg] = f.stack[sp]
				f.stack[sp] = nil
				if old != nil {
					t.Decref(old)
				}
				continue
			}
			v := f.locals[in.Arg]
			if v == nil {
				t.unboundLocal(code, in.Arg)
				goto fail
			}
			t.Incref(v)
			f.stack[sp] = v
			sp++

		case bc.COMPARE_OP__POP_JUMP:
			b, a := f.stack[sp-1], f.stack[sp-2]
			var truth bool
			switch {
			case a.typ == &IntType && b.typ == &IntType && asInt(a).Big == nil && asInt(b).Big == nil:
				truth = compareInt64(asInt(a).V, asInt(b).V, bc.CompareOp(in.Arg))
			case a.typ == &FloatType && b.typ == &FloatType:
				truth = compareFloat64(asFloat(a).V, asFloat(b).V, bc.CompareOp(in.Arg))
			default:
				// The general comparison; the POP_JUMP that follows runs
				// on its own.
				f.pc = pc
				r := t.RichCompare(a, b, bc.CompareOp(in.Arg))
				if r == nil {
					goto fail
				}
				sp--
				f.stack[sp] = nil
				f.stack[sp-1] = r
				t.Decref(a)
				t.Decref(b)
				continue
			}
			sp -= 2
			f.stack[sp], f.stack[sp+1] = nil, nil
			t.Decref(a)
			t.Decref(b)
			in = instrs[pc]
			pc++
			if counting {
				t.stats.bytecodes++
			}
			if truth == (in.Op == bc.POP_JUMP_IF_TRUE) {
				pc = int(in.Arg)
			}

		case bc.BINARY_OP:
			b, a := f.stack[sp-1], f.stack[sp-2]
			var r *Object
			switch {
			case a.typ == &IntType && b.typ == &IntType:
				r = t.intBinaryFast(a, b, bc.BinaryOp(in.Arg))
			case a.typ == &FloatType && b.typ == &FloatType:
				r = t.floatBinaryFast(asFloat(a).V, asFloat(b).V, bc.BinaryOp(in.Arg))
			case a.typ == &FloatType && b.typ == &IntType && asInt(b).Big == nil:
				r = t.floatBinaryFast(asFloat(a).V, float64(asInt(b).V), bc.BinaryOp(in.Arg))
			case a.typ == &IntType && b.typ == &FloatType && asInt(a).Big == nil:
				r = t.floatBinaryFast(float64(asInt(a).V), asFloat(b).V, bc.BinaryOp(in.Arg))
			}
			if r == nil && !t.Failed() {
				f.pc = pc
				r = t.BinaryOp(a, b, bc.BinaryOp(in.Arg))
			}
			if r == nil {
				goto fail
			}
			sp--
			f.stack[sp] = nil
			f.stack[sp-1] = r
			t.Decref(a)
			t.Decref(b)

		case bc.COMPARE_OP:
			b, a := f.stack[sp-1], f.stack[sp-2]
			var r *Object
			if a.typ == &IntType && b.typ == &IntType && asInt(a).Big == nil && asInt(b).Big == nil {
				r = Bool(compareInt64(asInt(a).V, asInt(b).V, bc.CompareOp(in.Arg)))
			} else if a.typ == &FloatType && b.typ == &FloatType {
				r = Bool(compareFloat64(asFloat(a).V, asFloat(b).V, bc.CompareOp(in.Arg)))
			} else {
				f.pc = pc
				r = t.RichCompare(a, b, bc.CompareOp(in.Arg))
				if r == nil {
					goto fail
				}
			}
			sp--
			f.stack[sp] = nil
			f.stack[sp-1] = r
			t.Decref(a)
			t.Decref(b)

		case bc.POP_JUMP_IF_FALSE, bc.POP_JUMP_IF_TRUE:
			sp--
			v := f.stack[sp]
			f.stack[sp] = nil
			var truth bool
			switch v {
			case True:
				truth = true
			case False, None:
			default:
				var ok bool
				truth, ok = t.Truth(v)
				t.Decref(v)
				if !ok {
					goto fail
				}
			}
			if truth == (in.Op == bc.POP_JUMP_IF_TRUE) {
				pc = int(in.Arg)
			}

		case bc.JUMP:
			pc = int(in.Arg)

		case bc.JUMP_BACKWARD:
			pc = int(in.Arg)
			if t.breaker.Load() != 0 {
				t.safepoint()
			}

		case bc.JUMP_IF_FALSE_OR_POP, bc.JUMP_IF_TRUE_OR_POP:
			v := f.stack[sp-1]
			truth, ok := t.Truth(v)
			if !ok {
				goto fail
			}
			if truth == (in.Op == bc.JUMP_IF_TRUE_OR_POP) {
				pc = int(in.Arg)
			} else {
				sp--
				f.stack[sp] = nil
				t.Decref(v)
			}

		case bc.GET_ITER:
			v := f.stack[sp-1]
			f.pc = pc
			it := t.GetIter(v)
			if it == nil {
				goto fail
			}
			f.stack[sp-1] = it
			t.Decref(v)

		case bc.FOR_ITER:
			it := f.stack[sp-1]
			var next *Object
			switch it.typ {
			case &RangeIterType:
				next = rangeIterNext(t, it)
			case &ListIterType, &TupleIterType:
				next = seqIterNext(t, it)
			default:
				f.pc = pc
				next = t.Next(it)
			}
			if next == nil {
				if t.Failed() {
					goto fail
				}
				sp--
				f.stack[sp] = nil
				t.Decref(it)
				pc = int(in.Arg)
				continue
			}
			f.stack[sp] = next
			sp++

		case bc.LOAD_GLOBAL:
			v := t.loadGlobalCached(code, f.globals, in.Arg)
			if v == nil {
				goto fail
			}
			f.stack[sp] = v
			sp++

		case bc.STORE_GLOBAL:
			sp--
			v := f.stack[sp]
			f.stack[sp] = nil
			f.globals.SetStr(t, code.names[in.Arg], v)
			t.Decref(v)

		case bc.DELETE_GLOBAL:
			found, _ := f.globals.Delete(t, &code.names[in.Arg].Object)
			if !found {
				t.RaiseMsg(&NameErrorType, "name '%s' is not defined", code.names[in.Arg].S)
				goto fail
			}

		case bc.DELETE_FAST:
			old := f.locals[in.Arg]
			if old == nil {
				t.unboundLocal(code, in.Arg)
				goto fail
			}
			f.locals[in.Arg] = nil
			t.Decref(old)

		case bc.LOAD_DEREF:
			// PyCell_GetRef, written out so that the lock and the count inline.
			cell := asCell(f.cells[in.Arg])
			cell.lk.lock(t)
			v := cell.V
			if v != nil {
				t.Incref(v)
			}
			cell.lk.unlock(t)
			if v == nil {
				t.unboundCell(code, int(in.Arg))
				goto fail
			}
			f.stack[sp] = v
			sp++

		case bc.STORE_DEREF:
			sp--
			old := asCell(f.cells[in.Arg]).swap(t, f.stack[sp])
			f.stack[sp] = nil
			t.XDecref(old)

		case bc.DELETE_DEREF:
			old := asCell(f.cells[in.Arg]).swap(t, nil)
			if old == nil {
				t.unboundCell(code, int(in.Arg))
				goto fail
			}
			t.Decref(old)

		case bc.LOAD_CLOSURE:
			v := f.cells[in.Arg]
			t.Incref(v)
			f.stack[sp] = v
			sp++

		case bc.LOAD_NAME:
			name := code.names[in.Arg]
			var v *Object
			if f.nsDict != nil {
				v = f.nsDict.GetStr(t, name)
			} else if v = t.loadNameMapping(f, name); v == nil && t.Failed() {
				goto fail
			}
			if v == nil {
				v = t.loadGlobal(f.globals, name)
				if v == nil {
					goto fail
				}
			}
			f.stack[sp] = v
			sp++

		case bc.STORE_NAME:
			sp--
			v := f.stack[sp]
			f.stack[sp] = nil
			if f.nsDict != nil {
				f.nsDict.SetStr(t, code.names[in.Arg], v)
			} else if !t.storeNameMapping(f, code.names[in.Arg], v) {
				t.Decref(v)
				goto fail
			}
			t.Decref(v)

		case bc.DELETE_NAME:
			if !t.deleteName(f, code.names[in.Arg]) {
				goto fail
			}

		case bc.LOAD_ATTR:
			obj := f.stack[sp-1]
			var v *Object
			if obj.typ.instanceAttrs {
				v = t.loadInstanceAttr(obj, code.names[in.Arg], &code.attrHints[in.Arg])
			} else {
				f.pc = pc
				v = t.GetAttr(obj, code.names[in.Arg])
			}
			if v == nil {
				goto fail
			}
			f.stack[sp-1] = v
			t.Decref(obj)

		case bc.STORE_ATTR:
			obj, v := f.stack[sp-1], f.stack[sp-2]
			var ok bool
			if obj.typ.instanceAttrs {
				ok = t.storeInstanceAttr(obj, code.names[in.Arg], v, &code.attrHints[in.Arg])
			} else {
				f.pc = pc
				ok = t.SetAttr(obj, code.names[in.Arg], v)
			}
			if !ok {
				goto fail
			}
			sp -= 2
			f.stack[sp], f.stack[sp+1] = nil, nil
			t.Decref(obj)
			t.Decref(v)

		case bc.DELETE_ATTR:
			obj := f.stack[sp-1]
			if !t.SetAttr(obj, code.names[in.Arg], nil) {
				goto fail
			}
			sp--
			f.stack[sp] = nil
			t.Decref(obj)

		case bc.LOAD_METHOD:
			obj := f.stack[sp-1]
			meth, bound := t.loadMethod(obj, code.names[in.Arg])
			if meth == nil {
				goto fail
			}
			if bound {
				f.stack[sp-1] = meth
				f.stack[sp] = obj
			} else {
				f.stack[sp-1] = meth
				f.stack[sp] = nil
				t.Decref(obj)
			}
			sp++

		case bc.BINARY_SUBSCR:
			key, container := f.stack[sp-1], f.stack[sp-2]
			var v *Object
			if container.typ == &ListType && key.kind == KindInt && asInt(key).Big == nil {
				v = t.listIndex(asList(container), asInt(key).V)
			} else {
				f.pc = pc
				v = t.GetItem(container, key)
			}
			if v == nil {
				goto fail
			}
			sp--
			f.stack[sp] = nil
			f.stack[sp-1] = v
			t.Decref(container)
			t.Decref(key)

		case bc.STORE_SUBSCR:
			key, container, v := f.stack[sp-1], f.stack[sp-2], f.stack[sp-3]
			if container.typ == &ListType && key.kind == KindInt && asInt(key).Big == nil {
				if !t.listStoreIndex(asList(container), asInt(key).V, v) {
					goto fail
				}
			} else if !t.SetItem(container, key, v) {
				goto fail
			}
			sp -= 3
			f.stack[sp], f.stack[sp+1], f.stack[sp+2] = nil, nil, nil
			t.Decref(key)
			t.Decref(container)
			t.Decref(v)

		case bc.DELETE_SUBSCR:
			key, container := f.stack[sp-1], f.stack[sp-2]
			if !t.SetItem(container, key, nil) {
				goto fail
			}
			sp -= 2
			f.stack[sp], f.stack[sp+1] = nil, nil
			t.Decref(key)
			t.Decref(container)

		case bc.BUILD_SLICE:
			var step *Object
			if in.Arg == 3 {
				sp--
				step = f.stack[sp]
				f.stack[sp] = nil
			} else {
				step = None
			}
			stop, start := f.stack[sp-1], f.stack[sp-2]
			s := t.NewSlice(start, stop, step)
			t.Decref(start)
			t.Decref(stop)
			t.Decref(step)
			sp--
			f.stack[sp] = nil
			f.stack[sp-1] = s

		case bc.UNARY_NEGATIVE, bc.UNARY_POSITIVE, bc.UNARY_INVERT:
			v := f.stack[sp-1]
			r := t.unary(in.Op, v)
			if r == nil {
				goto fail
			}
			f.stack[sp-1] = r
			t.Decref(v)

		case bc.UNARY_NOT:
			v := f.stack[sp-1]
			truth, ok := t.Truth(v)
			if !ok {
				goto fail
			}
			f.stack[sp-1] = Bool(!truth)
			t.Decref(v)

		case bc.IS_OP:
			b, a := f.stack[sp-1], f.stack[sp-2]
			sp--
			f.stack[sp] = nil
			f.stack[sp-1] = Bool((a == b) != (in.Arg == 1))
			t.Decref(a)
			t.Decref(b)

		case bc.CONTAINS_OP:
			b, a := f.stack[sp-1], f.stack[sp-2]
			in2, ok := t.Contains(b, a)
			if !ok {
				goto fail
			}
			sp--
			f.stack[sp] = nil
			f.stack[sp-1] = Bool(in2 != (in.Arg == 1))
			t.Decref(a)
			t.Decref(b)

		case bc.RETURN_VALUE:
			f.pc = pc // a frame object that outlives the call shows this line
			sp--
			v := f.stack[sp]
			f.stack[sp] = nil
			f.sp = sp
			t.depth--
			t.frame = f.back
			if code.Flags&bc.FlagGenerator != 0 {
				f.pc = pc
				f.yielded = false
				return v
			}
			t.releaseFrame(f)
			return v

		case bc.YIELD_VALUE:
			sp--
			v := f.stack[sp]
			f.stack[sp] = nil
			f.sp, f.pc = sp, pc
			f.yielded = true
			f.agYield = in.Arg != 0
			t.depth--
			t.frame = f.back
			f.back = nil // a suspended frame has no caller
			return v

		case bc.YIELD_FROM:
			v, it := f.stack[sp-1], f.stack[sp-2]
			f.pc = pc
			r, st := t.sendTo(it, v)
			sp--
			f.stack[sp] = nil
			t.Decref(v)
			switch st {
			case sendError:
				goto fail
			case sendYield:
				// Suspended in the delegation: resuming runs YIELD_FROM
				// again with the value sent.
				f.sp, f.pc = sp, pc-1
				f.yielded = true
				f.agYield = false
				t.depth--
				t.frame = f.back
				f.back = nil
				return r
			}
			f.stack[sp-1] = r
			t.Decref(it)

		case bc.GET_AWAITABLE, bc.GET_AITER:
			v := f.stack[sp-1]
			f.pc = pc
			var it *Object
			if in.Op == bc.GET_AITER {
				it = t.getAIter(v)
			} else {
				it = t.getAwaitable(v, in.Arg)
			}
			if it == nil {
				goto fail
			}
			f.stack[sp-1] = it
			t.Decref(v)

		case bc.GET_ANEXT:
			f.pc = pc
			aw := t.getANext(f.stack[sp-1])
			if aw == nil {
				goto fail
			}
			f.stack[sp] = aw
			sp++

		case bc.END_ASYNC_FOR:
			exc := f.stack[sp-1]
			if !exc.typ.IsSubtype(&StopAsyncIterationType) {
				sp--
				f.stack[sp] = nil
				t.exc = exc
				reraise = true
				goto fail
			}
			sp -= 2
			aiter := f.stack[sp]
			f.stack[sp], f.stack[sp+1] = nil, nil
			t.Decref(exc)
			t.Decref(aiter)
			b := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			old := t.handled
			t.handled = b.saved
			t.XDecref(old)

		case bc.CALL_EXIT:
			f.pc = pc
			r := t.Call(f.stack[sp-4], f.stack[sp-3:sp], nil)
			for i := sp - 4; i < sp; i++ {
				t.Decref(f.stack[i])
				f.stack[i] = nil
			}
			sp -= 4
			if r == nil {
				goto fail
			}
			f.stack[sp] = r
			sp++

		case bc.GET_YIELD_FROM_ITER:
			v := f.stack[sp-1]
			it := t.yieldFromIter(code, v)
			if it == nil {
				goto fail
			}
			f.stack[sp-1] = it
			t.Decref(v)

		case bc.BUILD_TUPLE:
			n := int(in.Arg)
			tup := t.NewTuple(n)
			copy(tup.Items, f.stack[sp-n:sp])
			clear(f.stack[sp-n : sp])
			sp -= n
			f.stack[sp] = &tup.Object
			sp++

		case bc.BUILD_LIST:
			n := int(in.Arg)
			l := t.NewList(n)
			l.Items = append(l.Items, f.stack[sp-n:sp]...)
			clear(f.stack[sp-n : sp])
			sp -= n
			f.stack[sp] = &l.Object
			sp++

		case bc.BUILD_SET:
			n := int(in.Arg)
			s := t.NewSet()
			ok := true
			for _, v := range f.stack[sp-n : sp] {
				if ok && !s.Add(t, v) {
					ok = false
				}
			}
			for i := sp - n; i < sp; i++ {
				t.Decref(f.stack[i])
				f.stack[i] = nil
			}
			sp -= n
			if !ok {
				t.Decref(&s.Object)
				goto fail
			}
			f.stack[sp] = &s.Object
			sp++

		case bc.BUILD_MAP:
			n := int(in.Arg)
			d := t.NewDict()
			ok := true
			for i := sp - 2*n; i < sp; i += 2 {
				if ok && !d.Set(t, f.stack[i], f.stack[i+1]) {
					ok = false
				}
			}
			for i := sp - 2*n; i < sp; i++ {
				t.Decref(f.stack[i])
				f.stack[i] = nil
			}
			sp -= 2 * n
			if !ok {
				t.Decref(&d.Object)
				goto fail
			}
			f.stack[sp] = &d.Object
			sp++

		case bc.LIST_APPEND:
			sp--
			v := f.stack[sp]
			f.stack[sp] = nil
			l := asList(f.stack[sp-int(in.Arg)])
			l.lk.lock(t)
			l.Items = append(l.Items, v)
			l.lk.unlock(t)

		case bc.SET_ADD:
			sp--
			v := f.stack[sp]
			f.stack[sp] = nil
			ok := asSet(f.stack[sp-int(in.Arg)]).Add(t, v)
			t.Decref(v)
			if !ok {
				goto fail
			}

		case bc.MAP_ADD:
			k, v := f.stack[sp-2], f.stack[sp-1]
			sp -= 2
			f.stack[sp], f.stack[sp+1] = nil, nil
			ok := asDict(f.stack[sp-int(in.Arg)]).Set(t, k, v)
			t.Decref(k)
			t.Decref(v)
			if !ok {
				goto fail
			}

		case bc.LIST_EXTEND, bc.SET_UPDATE, bc.DICT_UPDATE, bc.DICT_MERGE:
			sp--
			v := f.stack[sp]
			f.stack[sp] = nil
			target := f.stack[sp-int(in.Arg)]
			ok := t.extendInto(in.Op, target, v, f.stack, sp, int(in.Arg))
			t.Decref(v)
			if !ok {
				goto fail
			}

		case bc.LIST_TO_TUPLE:
			l := f.stack[sp-1]
			items := t.seqSnapshot(l)
			tup := t.NewTuple(len(items))
			copy(tup.Items, items)
			f.stack[sp-1] = &tup.Object
			t.Decref(l)

		case bc.BUILD_STRING:
			n := int(in.Arg)
			var sb strings.Builder
			for _, v := range f.stack[sp-n : sp] {
				sb.WriteString(asStr(v).S)
			}
			for i := sp - n; i < sp; i++ {
				t.Decref(f.stack[i])
				f.stack[i] = nil
			}
			sp -= n
			f.stack[sp] = t.NewStr(sb.String())
			sp++

		case bc.FORMAT_VALUE:
			r := t.formatValue(f.stack, &sp, int(in.Arg))
			if r == nil {
				goto fail
			}
			f.stack[sp] = r
			sp++

		case bc.UNPACK_SEQUENCE:
			sp--
			seq := f.stack[sp]
			f.stack[sp] = nil
			if !t.unpack(seq, int(in.Arg), -1, f.stack[sp:sp+int(in.Arg)]) {
				t.Decref(seq)
				goto fail
			}
			t.Decref(seq)
			sp += int(in.Arg)

		case bc.UNPACK_EX:
			before, after := int(in.Arg&0xff), int(in.Arg>>8)
			sp--
			seq := f.stack[sp]
			f.stack[sp] = nil
			if !t.unpack(seq, before, after, f.stack[sp:sp+before+after+1]) {
				t.Decref(seq)
				goto fail
			}
			t.Decref(seq)
			sp += before + after + 1

		case bc.MAKE_FUNCTION:
			sp--
			c := asCode(f.stack[sp])
			f.stack[sp] = nil
			fn := t.makeFunction(c, f.globals)
			if in.Arg&bc.MakeClosure != 0 {
				sp--
				fn.Closure = t.seqSnapshot(f.stack[sp])
				t.Decref(f.stack[sp])
				f.stack[sp] = nil
			}
			if in.Arg&bc.MakeAnnotations != 0 {
				sp--
				fn.Annotations = f.stack[sp]
				f.stack[sp] = nil
			}
			if in.Arg&bc.MakeKwDefaults != 0 {
				sp--
				fn.KwDefaults = asDict(f.stack[sp])
				f.stack[sp] = nil
			}
			if in.Arg&bc.MakeDefaults != 0 {
				sp--
				fn.Defaults = t.seqSnapshot(f.stack[sp])
				t.Decref(f.stack[sp])
				f.stack[sp] = nil
			}
			f.stack[sp] = &fn.Object
			sp++

		case bc.KW_NAMES:
			f.kwnames = code.kwCache[in.Arg]

		case bc.CALL:
			n := int(in.Arg)
			base := sp - n - 2
			callable, self := f.stack[base], f.stack[base+1]
			if self == nil && callable.kind == KindMethod {
				m := asMethod(callable)
				fn, mself := m.Func, m.Self
				t.Incref(fn)
				t.Incref(mself)
				f.stack[base], f.stack[base+1] = fn, mself
				t.Decref(callable)
				callable, self = fn, mself
			}
			args := f.stack[base+2 : sp]
			if self != nil {
				args = f.stack[base+1 : sp]
			}
			kwnames := f.kwnames
			f.kwnames = nil
			// The callee may look at this frame (sys._getframe, f_lineno).
			f.pc = pc
			var r *Object
			if callable.kind == KindFunction {
				r = t.callFunction(asFunction(callable), args, kwnames)
			} else {
				r = t.Call(callable, args, kwnames)
			}
			for i := base; i < sp; i++ {
				if v := f.stack[i]; v != nil {
					f.stack[i] = nil
					t.Decref(v)
				}
			}
			sp = base
			if r == nil {
				goto fail
			}
			f.stack[sp] = r
			sp++

		case bc.CALL_FUNCTION_EX:
			var kw *Object
			if in.Arg&1 != 0 {
				sp--
				kw = f.stack[sp]
				f.stack[sp] = nil
			}
			sp--
			argt := f.stack[sp]
			f.stack[sp] = nil
			sp--
			self := f.stack[sp]
			f.stack[sp] = nil
			sp--
			callable := f.stack[sp]
			f.stack[sp] = nil
			f.pc = pc
			r := t.callEx(callable, self, argt, kw)
			t.Decref(callable)
			t.XDecref(self)
			t.Decref(argt)
			t.XDecref(kw)
			if r == nil {
				goto fail
			}
			f.stack[sp] = r
			sp++

		case bc.LOAD_BUILD_CLASS:
			f.stack[sp] = &buildClassBuiltin.Object
			sp++

		case bc.SETUP_FINALLY:
			f.blocks = append(f.blocks, block{kind: blockFinally, handler: in.Arg, level: int32(sp)})

		case bc.POP_BLOCK:
			f.blocks = f.blocks[:len(f.blocks)-1]

		case bc.POP_EXCEPT:
			b := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			old := t.handled
			t.handled = b.saved
			t.XDecref(old)

		case bc.CHECK_EXC_MATCH:
			typ := f.stack[sp-1]
			exc := f.stack[sp-2]
			match, ok := t.excMatch(exc, typ)
			if !ok {
				goto fail
			}
			f.stack[sp-1] = Bool(match)
			t.Decref(typ)

		case bc.RERAISE:
			sp--
			exc := f.stack[sp]
			f.stack[sp] = nil
			t.exc = exc
			reraise = true
			goto fail

		case bc.RAISE_VARARGS:
			if in.Arg == 0 {
				h := t.handledException()
				if h == nil {
					t.RaiseMsg(&RuntimeErrorType, "No active exception to reraise")
					goto fail
				}
				t.Incref(h)
				t.exc = h
				reraise = true
				goto fail
			}
			var cause *Object
			if in.Arg == 2 {
				sp--
				cause = f.stack[sp]
				f.stack[sp] = nil
			}
			sp--
			exc := f.stack[sp]
			f.stack[sp] = nil
			t.raiseObject(exc, cause)
			goto fail

		case bc.LOAD_ASSERTION_ERROR:
			f.stack[sp] = &AssertionErrorType.Object
			sp++

		case bc.BEFORE_WITH, bc.BEFORE_ASYNC_WITH:
			cm := f.stack[sp-1]
			f.pc = pc
			var exit, res *Object
			if in.Op == bc.BEFORE_WITH {
				exit, res = t.beforeWith(cm)
			} else {
				exit, res = t.beforeAsyncWith(cm)
			}
			if res == nil {
				goto fail
			}
			f.stack[sp-1] = exit
			f.stack[sp] = res
			sp++
			t.Decref(cm)

		case bc.WITH_EXIT:
			sp--
			exit := f.stack[sp]
			f.stack[sp] = nil
			r := t.Call(exit, []*Object{None, None, None}, nil)
			t.Decref(exit)
			if r == nil {
				goto fail
			}
			t.Decref(r)

		case bc.WITH_EXCEPT_START:
			exit, exc := f.stack[sp-2], f.stack[sp-1]
			r := t.Call(exit, []*Object{&exc.typ.Object, exc, None}, nil)
			if r == nil {
				goto fail
			}
			f.stack[sp] = r
			sp++

		case bc.IMPORT_NAME:
			sp -= 2
			level, fromlist := f.stack[sp], f.stack[sp+1]
			f.stack[sp], f.stack[sp+1] = nil, nil
			m := t.importNameOp(f, code.names[in.Arg], fromlist, level)
			t.Decref(level)
			t.Decref(fromlist)
			if m == nil {
				goto fail
			}
			f.stack[sp] = m
			sp++

		case bc.PRINT_EXPR:
			sp--
			v := f.stack[sp]
			f.stack[sp] = nil
			f.pc = pc
			ok := t.printExpr(v)
			t.Decref(v)
			if !ok {
				goto fail
			}

		case bc.IMPORT_STAR:
			sp--
			m := f.stack[sp]
			f.stack[sp] = nil
			ns := f.globals
			if f.nsDict != nil {
				ns = f.nsDict
			}
			ok := t.importStar(m, ns)
			t.Decref(m)
			if !ok {
				goto fail
			}

		case bc.SETUP_ANNOTATIONS:
			if !t.setupAnnotations(f) {
				goto fail
			}

		case bc.IMPORT_FROM:
			m := f.stack[sp-1]
			v := t.importFrom(m, code.names[in.Arg])
			if v == nil {
				goto fail
			}
			f.stack[sp] = v
			sp++

		case bc.MATCH_MAPPING, bc.MATCH_SEQUENCE:
			want := collSequence
			if in.Op == bc.MATCH_MAPPING {
				want = collMapping
			}
			f.stack[sp] = Bool(collectionKind(t, f.stack[sp-1].typ) == want)
			sp++

		case bc.GET_LEN:
			n, ok := t.Len(f.stack[sp-1])
			if !ok {
				goto fail
			}
			f.stack[sp] = t.NewInt(int64(n))
			sp++

		case bc.MATCH_KEYS:
			r := t.matchKeys(f.stack[sp-2], f.stack[sp-1])
			if r == nil {
				goto fail
			}
			f.stack[sp] = r
			sp++

		case bc.MATCH_CLASS:
			sp -= 3
			subj, cls, names := f.stack[sp], f.stack[sp+1], f.stack[sp+2]
			f.stack[sp], f.stack[sp+1], f.stack[sp+2] = nil, nil, nil
			r := t.matchClass(subj, cls, names, int(in.Arg))
			t.Decref(subj)
			t.Decref(cls)
			t.Decref(names)
			if r == nil {
				goto fail
			}
			f.stack[sp] = r
			sp++

		default:
			t.RaiseMsg(&SystemErrorType, "unknown opcode %s", in.Op)
			goto fail
		}
		continue

	fail:
		// An exception is being raised in this frame: record where, then
		// unwind the block stack to the innermost handler.
		f.pc = pc
		if !reraise {
			t.addTraceback(f, pc-1)
		}
		reraise = false
		f.kwnames = nil
		if h, ok := t.unwindBlocks(f, &sp); ok {
			pc = h
			continue
		}
		// No handler: the exception leaves the frame.
		if code.Flags&bc.FlagGenerator != 0 {
			return t.leaveFailedGenerator(f, sp)
		}
		f.sp = sp
		t.depth--
		t.frame = f.back
		t.releaseFrame(f)
		return nil
	}
}

// unwindBlocks unwinds f's block stack for the exception being raised, as
// far as the innermost handler: the value stack is cut to the handler's
// level, the exception becomes the one being handled (remembering the one
// before it in an ExceptHandler block) and is pushed, and the handler's
// index is returned. Without a handler it returns false with the stack
// cut to the frame's base.
func (t *Thread) unwindBlocks(f *Frame, psp *int) (int, bool) {
	sp := *psp
	defer func() { *psp = sp }()
	for len(f.blocks) > 0 {
		b := f.blocks[len(f.blocks)-1]
		f.blocks = f.blocks[:len(f.blocks)-1]
		for sp > int(b.level) {
			sp--
			t.XDecref(f.stack[sp])
			f.stack[sp] = nil
		}
		if b.kind == blockExceptHandler {
			old := t.handled
			t.handled = b.saved
			t.XDecref(old)
			continue
		}
		exc := t.TakeExc()
		f.blocks = append(f.blocks, block{kind: blockExceptHandler, level: int32(sp), saved: t.handled})
		t.Incref(exc)
		t.handled = exc
		f.stack[sp] = exc
		sp++
		return int(b.handler), true
	}
	return 0, false
}

// leaveFailedGenerator ends a generator frame that an exception leaves:
// the frame stays with its generator, which releases it.
func (t *Thread) leaveFailedGenerator(f *Frame, sp int) *Object {
	f.sp = sp
	t.depth--
	t.frame = f.back
	f.pc = len(f.code.instrs)
	f.yielded = false
	t.clearFrameStack(f)
	return nil
}

// clearFrameStack drops the value stack of a finished generator frame.
func (t *Thread) clearFrameStack(f *Frame) {
	for i := 0; i < f.sp; i++ {
		t.XDecref(f.stack[i])
		f.stack[i] = nil
	}
	f.sp = 0
}

// loadGlobal looks a name up in the globals, then the builtins.
func (t *Thread) loadGlobal(globals *Dict, name *Str) *Object {
	if v := globals.GetStr(t, name); v != nil {
		return v
	}
	return t.loadBuiltin(globals, name)
}

func (t *Thread) unboundLocal(c *Code, i int32) {
	t.RaiseMsg(&UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", c.VarNames[i])
}

func (t *Thread) unboundCell(c *Code, i int) {
	if i < len(c.CellVars) {
		t.RaiseMsg(&UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", c.CellVars[i])
		return
	}
	t.RaiseMsg(&NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", c.FreeVars[i-len(c.CellVars)])
}

// compareInt64 evaluates a comparison of two machine ints.
func compareInt64(a, b int64, op bc.CompareOp) bool {
	switch op {
	case bc.Lt:
		return a < b
	case bc.Le:
		return a <= b
	case bc.Eq:
		return a == b
	case bc.Ne:
		return a != b
	case bc.Gt:
		return a > b
	}
	return a >= b
}

// compareFloat64 evaluates a comparison of two floats (IEEE semantics, as
// Python's: NaN compares unequal to everything).
func compareFloat64(a, b float64, op bc.CompareOp) bool {
	switch op {
	case bc.Lt:
		return a < b
	case bc.Le:
		return a <= b
	case bc.Eq:
		return a == b
	case bc.Ne:
		return a != b
	case bc.Gt:
		return a > b
	}
	return a >= b
}
