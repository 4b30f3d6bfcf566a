package core

import (
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMethodDescriptorsCheckSelf calls every built-in method of every
// built-in type unbound, with no argument and with a receiver of the wrong
// type, and requires CPython's TypeError each time: no method may reach its
// Go body with a receiver of another layout (issue 8, item 2).
func TestMethodDescriptorsCheckSelf(t *testing.T) {
	vm := newTestVM(t, "test-plain", false)
	th := startTestThread(vm, "test")
	defer endTestThread(vm, th)
	vm.buildBuiltins(th)
	// Receivers of unrelated layouts: each method gets the first one that
	// is not an instance of its type.
	wrong := []*Object{None, th.NewInt(7), th.NewStr("s"), th.NewFloat(1.5), &th.NewTuple(0).Object}
	defer th.releaseAll(wrong)
	n := 0
	for _, tp := range builtinTypes {
		keys, values := tp.Dict.Items(th)
		type entry struct {
			name string
			b    *Builtin
		}
		var methods []entry
		for i, k := range keys {
			if v := values[i]; v.kind == KindBuiltin && asBuiltin(v).owner != nil {
				methods = append(methods, entry{asStr(k).S, asBuiltin(v)})
			}
		}
		th.releaseAll(keys)
		th.releaseAll(values)
		sort.Slice(methods, func(i, j int) bool { return methods[i].name < methods[j].name })
		for _, m := range methods {
			var self *Object
			for _, w := range wrong {
				if !w.typ.IsSubtype(tp) {
					self = w
					break
				}
			}
			n++
			t.Run(tp.Name+"."+m.name, func(t *testing.T) {
				noArg, badSelf := descrCheckMessages(tp, m.name, m.b.mkind, self)
				cases := [][]*Object{nil}
				if self != nil { // object's methods apply to every object
					cases = append(cases, []*Object{self}, []*Object{self, None, None})
				}
				for _, args := range cases {
					want := badSelf
					if args == nil {
						want = noArg
					}
					r := th.Call(&m.b.Object, args, nil)
					require.Nil(t, r, "the call succeeded")
					exc := th.TakeExc()
					require.NotNil(t, exc)
					assert.Equal(t, &TypeErrorType, exc.typ)
					msg, _ := th.StrString(exc)
					assert.Equal(t, want, msg)
					th.Decref(exc)
				}
			})
		}
	}
	assert.Greater(t, n, 100, "too few built-in methods found: the test would check nothing")
}

// descrCheckMessages returns CPython's messages for a method descriptor
// called with no argument and with a receiver self of the wrong type.
func descrCheckMessages(tp *Type, name string, kind methodKind, self *Object) (noArg, badSelf string) {
	if kind == slotWrapper {
		noArg = fmt.Sprintf("descriptor '%s' of '%s' object needs an argument", name, tp.tpName())
		if self != nil {
			badSelf = fmt.Sprintf("descriptor '%s' requires a '%s' object but received a '%s'", name, tp.tpName(), self.typ.Name)
		}
		return noArg, badSelf
	}
	if kind == classMethod {
		noArg = fmt.Sprintf("descriptor '%s' of '%s' object needs an argument", name, tp.tpName())
		if self != nil {
			badSelf = fmt.Sprintf("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", name, tp.tpName(), self.typ.Name)
		}
		return noArg, badSelf
	}
	noArg = fmt.Sprintf("unbound method %s.%s() needs an argument", tp.Name, name)
	if self != nil {
		badSelf = fmt.Sprintf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, tp.tpName(), self.typ.Name)
	}
	return noArg, badSelf
}
