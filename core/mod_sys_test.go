package core

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

var sysCases = []numbersCase{
	{"sys module", `import sys
print(sys.maxsize, sys.getrecursionlimit(), type(sys.argv), sys.version[:6], sys.version_info >= (3, 8), sys.version_info.major)
print(sys.version_info[:2], sys.platform, sys.byteorder, sys.maxunicode, sys.get_int_max_str_digits())
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
print(sys.getrefcount(object()) >= 1, sys.getrefcount(None) > 0)
n = sys.stdout.write('direct\n')
print(n, repr(sys.stdout) == "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>")
for f in [lambda: sys.setswitchinterval(0), lambda: sys.setswitchinterval(-1), lambda: sys.setrecursionlimit(0),
          lambda: sys.setrecursionlimit(1.5), lambda: sys.stdout.write(1), lambda: sys.set_int_max_str_digits(5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)`, "9223372036854775807 1000 <class 'list'> 3.11.7 True 3\n(3, 11) linux little 1114111 4300\n0.005\n0.001\n500\nTrue True\ndirect\n7 True\nValueError switch interval must be strictly positive\nValueError switch interval must be strictly positive\nValueError recursion limit must be greater or equal than 1\nTypeError 'float' object cannot be interpreted as an integer\nTypeError write() argument must be str, not int\nValueError maxdigits must be 0 or larger than 640\n"},
	{"sys.exit caught", `import sys
for code in [(), (0,), (3,), ('bye',), (None,)]:
    try:
        sys.exit(*code)
    except SystemExit as e:
        print(repr(e.args), e.code if hasattr(e, 'code') else None)`, "() None\n(0,) 0\n(3,) 3\n('bye',) bye\n() None\n"},
}

func TestSysModule(t *testing.T) { runNumbersCases(t, sysCases) }

func TestSysExitStatus(t *testing.T) {
	cases := []struct {
		src       string
		code      int
		out, errs string
	}{
		{"import sys\nprint('a')\nsys.exit(3)\nprint('b')\n", 3, "a\n", ""},
		{"import sys\nsys.exit()\n", 0, "", ""},
		{"import sys\nsys.exit(None)\n", 0, "", ""},
		{"import sys\nsys.exit('bye')\n", 1, "", "bye\n"},
		{"import sys\nsys.stderr.write('e\\n')\nprint('x', file=sys.stderr)\n", 0, "", "e\nx\n"},
	}
	for _, c := range cases {
		out, errs, res := runNumbersScript(t, c.src)
		assert.Equal(t, c.code, res.ExitCode, c.src)
		assert.Equal(t, c.out, out, c.src)
		assert.Equal(t, c.errs, errs, c.src)
	}
}
