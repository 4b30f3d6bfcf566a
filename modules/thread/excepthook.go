package thread

import (
	"strconv"

	"github.com/rcvm/rcvm/core"
)

// _thread._excepthook, the default threading.excepthook, and its argument
// type _thread._ExceptHookArgs (threading.ExceptHookArgs).

var exceptHookArgsType *core.Type

func init() {
	exceptHookArgsType = core.NewStructSeqType(core.StructSeqSpec{
		Name:          "_thread._ExceptHookArgs",
		Doc:           "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.",
		Fields:        []string{"exc_type", "exc_value", "exc_traceback", "thread"},
		Constructible: true,
	})
}

// excepthook is _thread._excepthook(args): "Exception in thread NAME:" and
// the traceback on sys.stderr; SystemExit is ignored silently.
func excepthook(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !t.ArgsRange("_thread._excepthook", args, kwnames, 1, 1) {
		return nil
	}
	a := args[0]
	if a.Type() != exceptHookArgsType {
		return t.RaiseMsg(&core.TypeErrorType, "_thread.excepthook argument type must be ExceptHookArgs")
	}
	items, _ := core.AsTuple(a)
	excType, excValue, thread := items.Items[0], items.Items[1], items.Items[3]
	if tp, ok := core.AsType(excType); ok && tp.IsSubtype(&core.SystemExitType) {
		return core.None
	}
	name, named := "", false
	if thread != core.None {
		if n, ok := t.LookupAttr(thread, "name"); ok && n != nil {
			name, named = t.StrString(n)
			t.Decref(n)
		}
		t.ClearExc()
	}
	if !named {
		name = strconv.FormatUint(ident(t), 10)
	}
	text := "Exception in thread " + name + ":\n"
	if core.IsInstance(excValue, &core.BaseExceptionType) {
		text += t.FormatException(excValue)
	} else if tp, ok := core.AsType(excType); ok {
		s, _ := t.StrString(excValue)
		t.ClearExc()
		text += tp.Name + ": " + s + "\n"
	}
	if !t.WriteStderr(text) {
		return nil
	}
	return core.None
}
