package core

import (
	"fmt"
	"strings"
)

// Struct sequences (CPython's PyStructSequence): tuples whose items are
// also named attributes, such as sys.flags, sys.version_info,
// time.struct_time and os.stat_result. Some have fields that are only
// attributes, not items (struct_time's tm_zone): they are kept after the
// visible items, beyond the tuple's length.

// StructSeqSpec describes a struct sequence type.
type StructSeqSpec struct {
	// Name is the tp_name, "module.name" ("sys.flags", "time.struct_time").
	Name string
	Doc  string
	// Fields are the field names, the sequence's items first. An empty
	// name is an unnamed field (PyStructSequence_UnnamedField: an item
	// without an attribute, as os.stat_result's integer times).
	Fields []string
	// Visible is how many fields are items (0: all of them).
	Visible int
	// Constructible lets Python code build instances from a sequence
	// (time.struct_time((...))); sys.flags and the like refuse.
	Constructible bool
}

// structSeqInfo is what a struct sequence type knows of its fields.
type structSeqInfo struct {
	fields  []string
	visible int
	// names are the named fields (CPython's tp_members), which repr and
	// __reduce__ index as CPython does: skipping the unnamed ones.
	names []string
}

// unnamed is the number of unnamed fields.
func (info *structSeqInfo) unnamed() int { return len(info.fields) - len(info.names) }

var structSeqs = map[*Type]*structSeqInfo{}

// NewStructSeqType creates a struct sequence type. Call it from init.
func NewStructSeqType(spec StructSeqSpec) *Type {
	name, module := spec.Name, "builtins"
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		module, name = name[:i], name[i+1:]
	}
	vis := spec.Visible
	if vis == 0 {
		vis = len(spec.Fields)
	}
	tp := &Type{Name: name, Module: module, Base: &TupleType, InstanceKind: KindTuple}
	tp.doc = spec.Doc
	info := &structSeqInfo{fields: spec.Fields, visible: vis}
	for _, f := range spec.Fields {
		if f != "" {
			info.names = append(info.names, f)
		}
	}
	structSeqs[tp] = info
	tp.Repr = structSeqRepr
	tp.Dealloc = structSeqDealloc
	if spec.Constructible {
		tp.New = structSeqNew
	} else {
		tp.New = func(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
			return t.RaiseMsg(&TypeErrorType, "cannot create '%s' instances", cls.tpName())
		}
	}
	registerType(tp)
	for i, f := range spec.Fields {
		if f == "" {
			continue
		}
		d := &attrDescr{name: f, owner: tp}
		d.rc, d.kind, d.flags, d.typ, d.tid = 1, KindOther, flagImmortal, &MemberDescriptorType, immortalTid
		d.get = func(t *Thread, o *Object) *Object {
			if v := structSeqItems(o)[i]; v != nil {
				return t.NewRef(v)
			}
			return None
		}
		pendingDescrs = append(pendingDescrs, pendingDescr{tp, d})
	}
	consts := []struct {
		name string
		n    int
	}{{"n_fields", len(spec.Fields)}, {"n_sequence_fields", vis}, {"n_unnamed_fields", info.unnamed()}}
	for _, c := range consts {
		n := &smallIntsOrStatic(c.n).Object
		pendingConsts = append(pendingConsts, constDef{tp, c.name, n})
	}
	tp.def("__reduce__", structSeqReduce)
	return tp
}

// smallIntsOrStatic returns an immortal int for a type attribute.
func smallIntsOrStatic(n int) *Int {
	if n >= smallIntMin && n <= smallIntMax {
		return &smallInts[n-smallIntMin]
	}
	v := &Int{V: int64(n)}
	v.rc, v.kind, v.flags, v.typ, v.tid = 1, KindInt, flagImmortal, &IntType, immortalTid
	return v
}

// NewStructSeq returns an instance of a struct sequence type, taking over
// the references to values (one per field, visible ones first; a nil value
// reads as None). A nil among them (a failed constructor) releases the
// others and returns nil.
func (t *Thread) NewStructSeq(tp *Type, values ...*Object) *Object {
	info := structSeqs[tp]
	if info == nil || len(values) != len(info.fields) {
		t.DecrefAll(values)
		return t.RaiseMsg(&SystemErrorType, "NewStructSeq(%s): %d values for %d fields", tp.tpName(), len(values), len(info.fieldsOrNil()))
	}
	for _, v := range values {
		if v == nil {
			t.DecrefAll(values)
			return nil
		}
	}
	return t.structSeqOf(tp, info, values)
}

func (info *structSeqInfo) fieldsOrNil() []string {
	if info == nil {
		return nil
	}
	return info.fields
}

func (t *Thread) structSeqOf(tp *Type, info *structSeqInfo, values []*Object) *Object {
	all := make([]*Object, len(info.fields))
	copy(all, values)
	tu := &Tuple{Items: all[:info.visible]}
	t.initObject(&tu.Object, KindTuple, tp)
	return &tu.Object
}

// structSeqItems returns every field of a struct sequence, the hidden ones
// included.
func structSeqItems(o *Object) []*Object {
	items := asTuple(o).Items
	return items[:cap(items)]
}

func structSeqDealloc(t *Thread, o *Object) {
	tu := asTuple(o)
	all := tu.Items[:cap(tu.Items)]
	for i, v := range all {
		all[i] = nil
		t.XDecref(v)
	}
	tu.Items = nil
	t.recycle(o)
}

// structSeqFields returns the field names of o's struct sequence type
// (inherited by a subclass).
func structSeqFields(tp *Type) *structSeqInfo {
	for _, b := range tp.MRO {
		if info := structSeqs[b]; info != nil {
			return info
		}
	}
	return nil
}

func structSeqRepr(t *Thread, o *Object) *Object {
	info := structSeqFields(o.typ)
	var b strings.Builder
	b.WriteString(o.typ.tpName() + "(")
	for i, v := range asTuple(o).Items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, ok := t.ReprString(v)
		if !ok {
			return nil
		}
		b.WriteString(info.names[i] + "=" + r)
	}
	b.WriteString(")")
	return t.NewStr(b.String())
}

var structSeqNewSig = NewSignature("structseq", "sequence", "dict=")

// structSeqNew is the constructor of a constructible struct sequence:
// type(sequence, dict=None), the hidden fields taken from dict.
func structSeqNew(t *Thread, cls *Type, args []*Object, kwnames []*Str) *Object {
	var seq, dict *Object
	if !structSeqNewSig.Parse(t, args, kwnames, &seq, &dict) {
		return nil
	}
	info := structSeqFields(cls)
	items, ok := t.Collect(seq)
	if !ok {
		t.ClearExc()
		return t.RaiseMsg(&TypeErrorType, "constructor requires a sequence")
	}
	n, min, max := len(items), info.visible, len(info.fields)
	var msg string
	switch {
	case n < min && min == max:
		msg = fmt.Sprintf("%s() takes a %d-sequence (%d-sequence given)", cls.tpName(), min, n)
	case n < min:
		msg = fmt.Sprintf("%s() takes an at least %d-sequence (%d-sequence given)", cls.tpName(), min, n)
	case n > max && min == max:
		msg = fmt.Sprintf("%s() takes a %d-sequence (%d-sequence given)", cls.tpName(), max, n)
	case n > max:
		msg = fmt.Sprintf("%s() takes an at most %d-sequence (%d-sequence given)", cls.tpName(), max, n)
	}
	if msg != "" {
		t.DecrefAll(items)
		return t.RaiseMsg(&TypeErrorType, "%s", msg)
	}
	values := make([]*Object, max)
	copy(values, items)
	if dict != nil && dict != None {
		d, isDict := AsDict(dict)
		if !isDict {
			t.DecrefAll(items)
			return t.RaiseMsg(&TypeErrorType, "%s() takes a dict as second arg, if any", cls.tpName())
		}
		for i := n; i < max; i++ {
			values[i] = d.GetStr(t, Intern(info.names[i-info.unnamed()]))
		}
	}
	for i := range values {
		if values[i] == nil {
			values[i] = None
		}
	}
	return t.structSeqOf(cls, info, values)
}

// structSeqReduce is __reduce__: (type, (items, {hidden fields})).
func structSeqReduce(t *Thread, args []*Object, kwnames []*Str) *Object {
	if !t.ArgsRange("__reduce__", args[1:], kwnames, 0, 0) {
		return nil
	}
	o := args[0]
	info := structSeqFields(o.typ)
	all := structSeqItems(o)
	d := t.NewDict()
	for i := info.visible; i < len(info.fields); i++ {
		v := all[i]
		if v == nil {
			v = None
		}
		d.SetStr(t, Intern(info.names[i-info.unnamed()]), v)
	}
	return t.TupleOwned(t.NewRef(&o.typ.Object), t.TupleOwned(t.TupleOf(asTuple(o).Items...), &d.Object))
}
