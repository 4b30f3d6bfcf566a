package core_test

import (
	"testing"

	"github.com/rcvm/rcvm/internal/difftest"
)

// TestSysModule compares sys's description of the interpreter with
// CPython's, under every strategy in checked mode.
func TestSysModule(t *testing.T) {
	difftest.Run(t, []difftest.Case{
		{Name: "sys attributes", Src: `import sys
print(sys.version_info, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.hexversion, sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform, sys.api_version)
print(type(sys.flags).__name__, len(sys.flags), sys.flags.optimize, sys.flags.dev_mode, sys.flags.int_max_str_digits)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag)
print(type(sys.implementation).__name__, sys.implementation.cache_tag is None or True)
print(sys.intern('ab' + 'c') is sys.intern('abc'))
for bad in [lambda: sys.intern(1), lambda: sys.intern(), lambda: sys.getsizeof()]:
    try: bad()
    except TypeError as e: print(e)
class C:
    def __sizeof__(self): return 'x'
class D:
    def __sizeof__(self): return -1
class E:
    def __sizeof__(self): return 77
for o in [C(), D(), E()]:
    try: print(sys.getsizeof(o))
    except Exception as e: print(type(e).__name__, e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.is_finalizing())
print(sys.warnoptions, sys._xoptions, sys.float_repr_style, sys.platlibdir)
print(sys.copyright.splitlines()[0])
print('json' in sys.stdlib_module_names, 'sys' in sys.builtin_module_names, type(sys.stdlib_module_names).__name__)
print(repr(type(sys.flags).debug), type(sys.flags).n_fields, type(sys.flags).n_sequence_fields)
try: type(sys.flags)()
except TypeError as e: print(e)
try: sys.flags.debug = 1
except AttributeError as e: print("AttributeError")
events = []
sys.addaudithook(lambda ev, args: events.append((ev, args)))
sys.audit("my.event", 1, "a")
print(events)
print(sys.gettrace(), sys.settrace(None), sys.call_tracing(max, (1, 5)))
print(sys.exec_prefix == sys.prefix == sys.base_prefix, sys.version_info[:3] == (3, 11, 7))
`},
		difftest.Exprs("struct sequences",
			"!import sys",
			"sys.version_info[0:2]", "tuple(sys.version_info)[3:]", "sys.float_info.radix", "sys.int_info[:2]",
			"list(sys.thread_info)[:0]", "type(sys.float_info).__name__", "type(sys.float_info).__module__",
			"type(sys.version_info).n_unnamed_fields", "sys.version_info == (3, 11, 7, 'final', 0)",
			"sys.version_info.__reduce__()[1][0]", "hash(sys.version_info) == hash(tuple(sys.version_info))",
			"type(sys.flags).__mro__[1]", "sys.flags[0]", "sys.flags.no_user_site",
		),
		difftest.Exprs("namespace",
			"!import sys",
			"!ns = type(sys.implementation)",
			"ns(a=1, b='x')", "ns(b=1, a=2) == ns(a=2, b=1)", "ns()", "ns(1)", "ns(a=1).a", "repr(ns(x=[1, ns()]))",
			"ns.__name__", "ns.__module__", "sys.implementation.name in ('cpython', 'rcvm')", "hash(ns())",
		),
	})
}
