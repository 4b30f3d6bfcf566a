package core

// object.__reduce_ex__, __reduce__ and __getstate__, the default of the
// pickle and copy protocols, as CPython's Objects/typeobject.c
// (object___reduce_ex___impl, reduce_newobj, object_getstate): protocol 2
// and above rebuild the object with copyreg.__newobj__(cls, *args) and
// its state; protocols 0 and 1 go through copyreg._reduce_ex.

var (
	dunderReduce       = Intern("__reduce__")
	dunderGetstate     = Intern("__getstate__")
	dunderGetnewargs   = Intern("__getnewargs__")
	dunderGetnewargsEx = Intern("__getnewargs_ex__")
)

var objectReduceBuiltin *Object

// objectReduceEx is object.__reduce_ex__(protocol): the class's own
// __reduce__ when it overrides object's, else the common reduction.
func objectReduceEx(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__reduce_ex__", args[1:], kwnames, 1, 1) {
		return nil
	}
	self := args[0]
	proto, ok := t.AsInt64(args[1])
	if !ok {
		return nil
	}
	if m := t.lookupType(self.typ, dunderReduce); m != nil && m != objectReduceBuiltin {
		r := t.GetAttr(self, dunderReduce)
		if r == nil {
			return nil
		}
		defer t.Decref(r)
		return t.Call(r, nil, nil)
	}
	return t.commonReduce(self, proto)
}

// objectReduce is object.__reduce__(): the reduction of protocol 0.
func objectReduce(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__reduce__", args[1:], kwnames, 0, 0) {
		return nil
	}
	return t.commonReduce(args[0], 0)
}

func (t *Thread) commonReduce(self *Object, proto int64) *Object {
	if proto >= 2 {
		return t.reduceNewobj(self)
	}
	copyreg := t.ImportModule("copyreg")
	if copyreg == nil {
		return nil
	}
	defer t.Decref(copyreg)
	f := t.GetAttr(copyreg, Intern("_reduce_ex"))
	if f == nil {
		return nil
	}
	defer t.Decref(f)
	p := t.NewInt(proto)
	defer t.Decref(p)
	return t.Call(f, []*Object{self, p}, nil)
}

// newArgs returns the arguments __getnewargs_ex__ or __getnewargs__ give
// for rebuilding self (args a tuple, kwargs a dict or nil), as
// _PyObject_GetNewArguments.
func (t *Thread) newArgs(self *Object) (args, kwargs *Object, ok bool) {
	if m := t.lookupType(self.typ, dunderGetnewargsEx); m != nil {
		r := t.CallMethod(self, "__getnewargs_ex__")
		if r == nil {
			return nil, nil, false
		}
		defer t.Decref(r)
		if r.kind != KindTuple {
			t.RaiseMsg(&TypeErrorType, "__getnewargs_ex__ should return a tuple, not '%s'", r.typ.Name)
			return nil, nil, false
		}
		items := asTuple(r).Items
		if len(items) != 2 {
			t.RaiseMsg(&ValueErrorType, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(items))
			return nil, nil, false
		}
		if items[0].kind != KindTuple {
			t.RaiseMsg(&TypeErrorType, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", items[0].typ.Name)
			return nil, nil, false
		}
		if items[1].kind != KindDict {
			t.RaiseMsg(&TypeErrorType, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", items[1].typ.Name)
			return nil, nil, false
		}
		return t.NewRef(items[0]), t.NewRef(items[1]), true
	}
	if m := t.lookupType(self.typ, dunderGetnewargs); m != nil {
		r := t.CallMethod(self, "__getnewargs__")
		if r == nil {
			return nil, nil, false
		}
		if r.kind != KindTuple {
			t.RaiseMsg(&TypeErrorType, "__getnewargs__ should return a tuple, not '%s'", r.typ.Name)
			t.Decref(r)
			return nil, nil, false
		}
		return r, nil, true
	}
	return nil, nil, true
}

// reduceNewobj is the reduction of protocol 2 and above: (copyreg.__newobj__,
// (cls, *args), state, listitems, dictitems).
func (t *Thread) reduceNewobj(self *Object) *Object {
	cls := self.typ
	if cls.New == nil && !cls.Heap {
		return t.RaiseMsg(&TypeErrorType, "cannot pickle '%s' object", cls.tpName())
	}
	args, kwargs, ok := t.newArgs(self)
	if !ok {
		return nil
	}
	hasArgs := args != nil
	copyreg := t.ImportModule("copyreg")
	if copyreg == nil {
		t.XDecref(args)
		t.XDecref(kwargs)
		return nil
	}
	defer t.Decref(copyreg)
	var newobj, newargs *Object
	if kwargs == nil || asDict(kwargs).Len() == 0 {
		t.XDecref(kwargs)
		newobj = t.GetAttr(copyreg, Intern("__newobj__"))
		items := []*Object{&cls.Object}
		if args != nil {
			items = append(items, asTuple(args).Items...)
		}
		newargs = t.TupleOf(items...)
		t.XDecref(args)
	} else {
		newobj = t.GetAttr(copyreg, Intern("__newobj_ex__"))
		if args == nil {
			args = t.TupleOf()
		}
		newargs = t.TupleOwned(t.NewRef(&cls.Object), args, kwargs)
	}
	if newobj == nil {
		t.Decref(newargs)
		return nil
	}
	isList, isDict := cls.IsSubtype(&ListType), cls.IsSubtype(&DictType)
	state := t.getState(self, !hasArgs && !isList && !isDict)
	if state == nil {
		t.Decref(newobj)
		t.Decref(newargs)
		return nil
	}
	listitems, dictitems := t.NewRef(None), t.NewRef(None)
	if isList {
		t.Decref(listitems)
		if listitems = t.GetIter(self); listitems == nil {
			t.releaseAll([]*Object{newobj, newargs, state, dictitems})
			return nil
		}
	}
	if isDict {
		t.Decref(dictitems)
		items := t.CallMethod(self, "items")
		if items == nil {
			t.releaseAll([]*Object{newobj, newargs, state, listitems})
			return nil
		}
		dictitems = t.GetIter(items)
		t.Decref(items)
		if dictitems == nil {
			t.releaseAll([]*Object{newobj, newargs, state, listitems})
			return nil
		}
	}
	return t.TupleOwned(newobj, newargs, state, listitems, dictitems)
}

// getState is self.__getstate__() (object_getstate); required says the
// object cannot be rebuilt from its arguments, so that an object whose
// layout holds more than a dict and slots cannot be pickled.
func (t *Thread) getState(self *Object, required bool) *Object {
	m := t.lookupType(self.typ, dunderGetstate)
	if m != nil && m != objectGetstateBuiltin {
		return t.CallMethod(self, "__getstate__")
	}
	return t.defaultState(self, required)
}

var objectGetstateBuiltin *Object

// defaultState is object.__getstate__: a copy of the instance dict (None
// when empty), paired with a dict of the slots' values when the class has
// slots.
func (t *Thread) defaultState(self *Object, required bool) *Object {
	if required && self.kind != KindInstance && !(self.typ.Heap && self.typ.dictOffset != 0) {
		return t.RaiseMsg(&TypeErrorType, "cannot pickle '%s' object", self.typ.tpName())
	}
	state := t.NewRef(None)
	if d := instanceDict(self); d != nil && d.Len() > 0 {
		t.Decref(state)
		state = t.Call(&DictType.Object, []*Object{&d.Object}, nil)
		if state == nil {
			return nil
		}
	}
	if self.typ.nslots == 0 {
		return state
	}
	copyreg := t.ImportModule("copyreg")
	if copyreg == nil {
		t.Decref(state)
		return nil
	}
	names := t.CallMethod(copyreg, "_slotnames", &self.typ.Object)
	t.Decref(copyreg)
	if names == nil {
		t.Decref(state)
		return nil
	}
	defer t.Decref(names)
	items, ok := t.Collect(names)
	if !ok {
		t.Decref(state)
		return nil
	}
	defer t.releaseAll(items)
	slots := t.NewDict()
	for _, n := range items {
		if n.kind != KindStr {
			continue
		}
		v := t.GetAttr(self, asStr(n))
		if v == nil {
			if !t.ExcMatches(&AttributeErrorType) {
				t.Decref(state)
				t.Decref(&slots.Object)
				return nil
			}
			t.ClearExc()
			continue
		}
		slots.SetStr(t, asStr(n), v)
		t.Decref(v)
	}
	if slots.Len() == 0 {
		t.Decref(&slots.Object)
		return state
	}
	return t.TupleOwned(state, &slots.Object)
}

// objectGetstate is object.__getstate__().
func objectGetstate(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__getstate__", args[1:], kwnames, 0, 0) {
		return nil
	}
	return t.defaultState(args[0], false)
}

func init() {
	ObjectType.def("__reduce_ex__", objectReduceEx)
	ObjectType.def("__reduce__", objectReduce)
	ObjectType.def("__getstate__", objectGetstate)
	afterReadyTypes(func() {
		bt := bootThread()
		objectReduceBuiltin = ObjectType.Dict.GetStr(bt, dunderReduce)
		objectGetstateBuiltin = ObjectType.Dict.GetStr(bt, dunderGetstate)
	})
}
