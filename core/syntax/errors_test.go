package syntax

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// cpythonErrors pairs bad snippets with what CPython 3.11 prints for them
// when they are the whole of x.py (generated with python3 and checked in).
var cpythonErrors = []struct {
	src, want string
}{
	{"x = (1 +\ny = 2\n", "  File \"x.py\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n"},
	{"x = (1 +\n", "  File \"x.py\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n"},
	{"x = 'abc\n", "  File \"x.py\", line 1\n    x = 'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"},
	{"x = '''abc\n\n", "  File \"x.py\", line 1\n    x = '''abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 2)\n"},
	{"if x\n  pass\n", "  File \"x.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"},
	{" x = 1\n", "  File \"x.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n"},
	{"if x:\npass\n", "  File \"x.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"},
	{"if x:\n    a\n  b\n", "  File \"x.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n"},
	{"f(a b)\n", "  File \"x.py\", line 1\n    f(a b)\n      ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
	{"1 = x\n", "  File \"x.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n"},
	{"foo bar\n", "  File \"x.py\", line 1\n    foo bar\n        ^^^\nSyntaxError: invalid syntax\n"},
	{"x = = 1\n", "  File \"x.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"},
	{"if x = 1:\n  pass\n", "  File \"x.py\", line 1\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"},
	{"print 'a'\n", "  File \"x.py\", line 1\n    print 'a'\n    ^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"},
	{"x = $\n", "  File \"x.py\", line 1\n    x = $\n        ^\nSyntaxError: invalid syntax\n"},
	{"x = 1\u20ac\n", "  File \"x.py\", line 1\n    x = 1\u20ac\n         ^\nSyntaxError: invalid character '\u20ac' (U+20AC)\n"},
	{"f(a=1, b)\n", "  File \"x.py\", line 1\n    f(a=1, b)\n            ^\nSyntaxError: positional argument follows keyword argument\n"},
	{"def f(a=1, b): pass\n", "  File \"x.py\", line 1\n    def f(a=1, b): pass\n               ^\nSyntaxError: non-default argument follows default argument\n"},
	{"def f(a, a): pass\n", "  File \"x.py\", line 1\n    def f(a, a): pass\n             ^\nSyntaxError: duplicate argument 'a' in function definition\n"},
	{"f() = 1\n", "  File \"x.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"},
	{"del f()\n", "  File \"x.py\", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function call\n"},
	{"(a, b) += 1\n", "  File \"x.py\", line 1\n    (a, b) += 1\n    ^^^^^^\nSyntaxError: 'tuple' is an illegal expression for augmented assignment\n"},
	{"*a = 1\n", "  File \"x.py\", line 1\n    *a = 1\n    ^^\nSyntaxError: starred assignment target must be in a list or tuple\n"},
	{"a, *b, *c = 1\n", "  File \"x.py\", line 1\n    a, *b, *c = 1\n    ^^^^^^^^^\nSyntaxError: multiple starred expressions in assignment\n"},
	{"x = 0777\n", "  File \"x.py\", line 1\n    x = 0777\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"},
	{"x = [1, 2\ny = 3\n", "  File \"x.py\", line 1\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed\n"},
	{"x = (1, 2]\n", "  File \"x.py\", line 1\n    x = (1, 2]\n             ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n"},
	{"x = )\n", "  File \"x.py\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n"},
	{"f'{'\n", "  File \"x.py\", line 1\n    f'{'\n        ^\nSyntaxError: f-string: expecting '}'\n"},
	{"f'}'\n", "  File \"x.py\", line 1\n    f'}'\n        ^\nSyntaxError: f-string: single '}' is not allowed\n"},
	{"f'{}'\n", "  File \"x.py\", line 1\n    f'{}'\n         ^\nSyntaxError: f-string: empty expression not allowed\n"},
	{"f'{x!z}'\n", "  File \"x.py\", line 1\n    f'{x!z}'\n            ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n"},
	{"try:\n  pass\nx = 1\n", "  File \"x.py\", line 3\n    x = 1\n    ^\nSyntaxError: expected 'except' or 'finally' block\n"},
	{"x = 1 +\n", "  File \"x.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"},
	{"def f(:\n  pass\n", "  File \"x.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n"},
	{"x = [1, 2 3]\n", "  File \"x.py\", line 1\n    x = [1, 2 3]\n            ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
	{"f(**a, *b)\n", "  File \"x.py\", line 1\n    f(**a, *b)\n           ^\nSyntaxError: iterable argument unpacking follows keyword argument unpacking\n"},
	{"f(a.b=1)\n", "  File \"x.py\", line 1\n    f(a.b=1)\n      ^^^^\nSyntaxError: expression cannot contain assignment, perhaps you meant \"==\"?\n"},
	{"if x:\n\ta\n        b\n", "  File \"x.py\", line 3\n    b\nTabError: inconsistent use of tabs and spaces in indentation\n"},
	{"x = 1\n  y = 2\n", "  File \"x.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"},
	{"f(\n  a\n  b)\n", "  File \"x.py\", line 2\n    a\n    ^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
	{"x = 1 if y\n", "  File \"x.py\", line 1\n    x = 1 if y\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n"},
	{"for x in 1, 2:\n  pass\nelse\n", "  File \"x.py\", line 3\n    else\n        ^\nSyntaxError: expected ':'\n"},
	{"x = {1: 2, 3}\n", "  File \"x.py\", line 1\n    x = {1: 2, 3}\n               ^\nSyntaxError: ':' expected after dictionary key\n"},
	{"def f(*): pass\n", "  File \"x.py\", line 1\n    def f(*): pass\n          ^\nSyntaxError: named arguments must follow bare *\n"},
	{"def f(**k, a): pass\n", "  File \"x.py\", line 1\n    def f(**k, a): pass\n               ^\nSyntaxError: arguments cannot follow var-keyword argument\n"},
	{"f(x for x in y, 1)\n", "  File \"x.py\", line 1\n    f(x for x in y, 1)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"},
	{"x = \\ 1\n", "  File \"x.py\", line 1\n    x = \\ 1\n         ^\nSyntaxError: unexpected character after line continuation character\n"},
	{"x = 1 \\\n", "  File \"x.py\", line 1\n    x = 1 \\\n           ^\nSyntaxError: unexpected EOF while parsing\n"},
	{"@\ndef f(): pass\n", "  File \"x.py\", line 1\n    @\n     ^\nSyntaxError: invalid syntax\n"},
	{"x = 0b102\n", "  File \"x.py\", line 1\n    x = 0b102\n            ^\nSyntaxError: invalid digit '2' in binary literal\n"},
	{"x = 1__0\n", "  File \"x.py\", line 1\n    x = 1__0\n         ^\nSyntaxError: invalid decimal literal\n"},
	{"x = 1 = 2\n", "  File \"x.py\", line 1\n    x = 1 = 2\n        ^\nSyntaxError: cannot assign to literal\n"},
	{"for 1 in x: pass\n", "  File \"x.py\", line 1\n    for 1 in x: pass\n        ^\nSyntaxError: cannot assign to literal\n"},
	{"[a, f()] = x\n", "  File \"x.py\", line 1\n    [a, f()] = x\n        ^^^\nSyntaxError: cannot assign to function call\n"},
	{"a, 1 = x\n", "  File \"x.py\", line 1\n    a, 1 = x\n       ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n"},
	{"True = 1\n", "  File \"x.py\", line 1\n    True = 1\n    ^^^^\nSyntaxError: cannot assign to True\n"},
	{"x + 1 += 1\n", "  File \"x.py\", line 1\n    x + 1 += 1\n    ^^^^^\nSyntaxError: 'expression' is an illegal expression for augmented assignment\n"},
	{"with a as 1: pass\n", "  File \"x.py\", line 1\n    with a as 1: pass\n              ^\nSyntaxError: cannot assign to literal\n"},
	{"del (a, 1)\n", "  File \"x.py\", line 1\n    del (a, 1)\n            ^\nSyntaxError: cannot delete literal\n"},
	{"a, b: int\n", "  File \"x.py\", line 1\n    a, b: int\n    ^\nSyntaxError: only single target (not tuple) can be annotated\n"},
	{"f(): int = 3\n", "  File \"x.py\", line 1\n    f(): int = 3\n    ^^^\nSyntaxError: illegal target for annotation\n"},
	{"x = *a\n", "  File \"x.py\", line 1\n    x = *a\n        ^^\nSyntaxError: can't use starred expression here\n"},
	{"f(x=1, x=2)\n", "  File \"x.py\", line 1\n    f(x=1, x=2)\n           ^^^\nSyntaxError: keyword argument repeated: x\n"},
	{"-x = 1\n", "  File \"x.py\", line 1\n    -x = 1\n    ^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"},
	{"not x = 1\n", "  File \"x.py\", line 1\n    not x = 1\n    ^^^^^\nSyntaxError: cannot assign to expression\n"},
	{"a < b = 1\n", "  File \"x.py\", line 1\n    a < b = 1\n    ^^^^^\nSyntaxError: cannot assign to comparison\n"},
	{"[x for x in y] = 1\n", "  File \"x.py\", line 1\n    [x for x in y] = 1\n    ^^^^^^^^^^^^^^\nSyntaxError: cannot assign to list comprehension here. Maybe you meant '==' instead of '='?\n"},
	{"x = 1;; y = 2\n", "  File \"x.py\", line 1\n    x = 1;; y = 2\n          ^\nSyntaxError: invalid syntax\n"},
	{"def f():\nx\n", "  File \"x.py\", line 2\n    x\n    ^\nIndentationError: expected an indented block after function definition on line 1\n"},
	{"if x:\n", "  File \"x.py\", line 1\n    if x:\nIndentationError: expected an indented block after 'if' statement on line 1\n"},
	{"try x\n", "  File \"x.py\", line 1\n    try x\n        ^\nSyntaxError: expected ':'\n"},
	{"def f() x:\n", "  File \"x.py\", line 1\n    def f() x:\n            ^\nSyntaxError: expected ':'\n"},
	{"def f:\n", "  File \"x.py\", line 1\n    def f:\n         ^\nSyntaxError: expected '('\n"},
	{"[a, b for a in c]\n", "  File \"x.py\", line 1\n    [a, b for a in c]\n     ^^^^\nSyntaxError: did you forget parentheses around the comprehension target?\n"},
	{"try:\n  pass\nexcept ValueError as e\n  pass\n", "  File \"x.py\", line 3\n    except ValueError as e\n                          ^\nSyntaxError: expected ':'\n"},
	{"x = (\n  1,\n  2\n", "  File \"x.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n"},
	{"def f():\n    x = 1\n        y = 2\n", "  File \"x.py\", line 3\n    y = 2\nIndentationError: unexpected indent\n"},
	{"x = '\\x4'\n", "  File \"x.py\", line 1\n    x = '\\x4'\n             ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape\n"},
	{"if x:\n  pass\n  else: pass\n", "  File \"x.py\", line 3\n    else: pass\n    ^^^^\nSyntaxError: invalid syntax\n"},
	{"class C:\n  def f(self):\n    return (1,\n  x = 2\n", "  File \"x.py\", line 3\n    return (1,\n           ^\nSyntaxError: '(' was never closed\n"},
	{"def f(x):\nreturn x\n", "  File \"x.py\", line 2\n    return x\n    ^\nIndentationError: expected an indented block after function definition on line 1\n"},
	{"print(\"hello)\n", "  File \"x.py\", line 1\n    print(\"hello)\n          ^\nSyntaxError: unterminated string literal (detected at line 1)\n"},
	{"for i in range(10) print(i)\n", "  File \"x.py\", line 1\n    for i in range(10) print(i)\n                       ^^^^^\nSyntaxError: invalid syntax\n"},
	{"def f(x y):\n  pass\n", "  File \"x.py\", line 1\n    def f(x y):\n            ^\nSyntaxError: invalid syntax\n"},
	{"class A(object:\n  pass\n", "  File \"x.py\", line 1\n    class A(object:\n                  ^\nSyntaxError: invalid syntax\n"},
	{"f(x=1 y=2)\n", "  File \"x.py\", line 1\n    f(x=1 y=2)\n        ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
	{"import\n", "  File \"x.py\", line 1\n    import\n          ^\nSyntaxError: invalid syntax\n"},
	{"x +=\n", "  File \"x.py\", line 1\n    x +=\n        ^\nSyntaxError: invalid syntax\n"},
	{"while True print(1)\n", "  File \"x.py\", line 1\n    while True print(1)\n               ^^^^^\nSyntaxError: invalid syntax\n"},
	{"x = {'a': 1 'b': 2}\n", "  File \"x.py\", line 1\n    x = {'a': 1 'b': 2}\n              ^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
	{"x = (1, 2))\n", "  File \"x.py\", line 1\n    x = (1, 2))\n              ^\nSyntaxError: unmatched ')'\n"},
	{"def f():\n    pass\n  return 1\n", "  File \"x.py\", line 3\n    return 1\n            ^\nIndentationError: unindent does not match any outer indentation level\n"},
	{"try:\n    x\nexcept ValueError, e:\n    pass\n", "  File \"x.py\", line 3\n    except ValueError, e:\n           ^^^^^^^^^^^^^\nSyntaxError: multiple exception types must be parenthesized\n"},
	{"exec \"x\"\n", "  File \"x.py\", line 1\n    exec \"x\"\n    ^^^^^^^^\nSyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)?\n"},
	{"x = 08\n", "  File \"x.py\", line 1\n    x = 08\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"},
	{"x = 1.2.3\n", "  File \"x.py\", line 1\n    x = 1.2.3\n           ^^\nSyntaxError: invalid syntax\n"},
	{"x = 1 if 2 else\n", "  File \"x.py\", line 1\n    x = 1 if 2 else\n                   ^\nSyntaxError: invalid syntax\n"},
	{"f(**)\n", "  File \"x.py\", line 1\n    f(**)\n        ^\nSyntaxError: invalid syntax\n"},
	{"x = [1, 2,, 3]\n", "  File \"x.py\", line 1\n    x = [1, 2,, 3]\n              ^\nSyntaxError: invalid syntax\n"},
	{"def f(a, *, b, *, c): pass\n", "  File \"x.py\", line 1\n    def f(a, *, b, *, c): pass\n                   ^\nSyntaxError: * argument may appear only once\n"},
	{"def = 3\n", "  File \"x.py\", line 1\n    def = 3\n        ^\nSyntaxError: invalid syntax\n"},
	{"class = 3\n", "  File \"x.py\", line 1\n    class = 3\n          ^\nSyntaxError: invalid syntax\n"},
	{"x.1 = 2\n", "  File \"x.py\", line 1\n    x.1 = 2\n     ^^\nSyntaxError: invalid syntax\n"},
	{"if x:\npass\nelse:\n  pass\n", "  File \"x.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"},
	{"x = 'a' 'b\n", "  File \"x.py\", line 1\n    x = 'a' 'b\n            ^\nSyntaxError: unterminated string literal (detected at line 1)\n"},
	{"d = {1: }\n", "  File \"x.py\", line 1\n    d = {1: }\n          ^\nSyntaxError: expression expected after dictionary key and ':'\n"},
	{"x = not\n", "  File \"x.py\", line 1\n    x = not\n           ^\nSyntaxError: invalid syntax\n"},
	{"x = a[1:2:3:4]\n", "  File \"x.py\", line 1\n    x = a[1:2:3:4]\n               ^\nSyntaxError: invalid syntax\n"},
	{"for x in :\n  pass\n", "  File \"x.py\", line 1\n    for x in :\n             ^\nSyntaxError: invalid syntax\n"},
	{"with open('f') as:\n  pass\n", "  File \"x.py\", line 1\n    with open('f') as:\n                     ^\nSyntaxError: invalid syntax\n"},
	{"lambda: x = 1\n", "  File \"x.py\", line 1\n    lambda: x = 1\n    ^^^^^^^^^\nSyntaxError: cannot assign to lambda\n"},
	{"f(a for a in b for)\n", "  File \"x.py\", line 1\n    f(a for a in b for)\n                      ^\nSyntaxError: invalid syntax\n"},
	{"[1, 2][\n", "  File \"x.py\", line 1\n    [1, 2][\n          ^\nSyntaxError: '[' was never closed\n"},
	{"a = b = \n", "  File \"x.py\", line 1\n    a = b = \n            ^\nSyntaxError: invalid syntax\n"},
	{"del\n", "  File \"x.py\", line 1\n    del\n       ^\nSyntaxError: invalid syntax\n"},
	{"assert\n", "  File \"x.py\", line 1\n    assert\n          ^\nSyntaxError: invalid syntax\n"},
	{"raise from e\n", "  File \"x.py\", line 1\n    raise from e\n          ^^^^\nSyntaxError: invalid syntax\n"},
	{"from m import\n", "  File \"x.py\", line 1\n    from m import\n                 ^\nSyntaxError: invalid syntax\n"},
	{"from m import (a, b\nx = 1\n", "  File \"x.py\", line 1\n    from m import (a, b\n                  ^\nSyntaxError: '(' was never closed\n"},
	{"@foo bar\ndef f(): pass\n", "  File \"x.py\", line 1\n    @foo bar\n         ^^^\nSyntaxError: invalid syntax\n"},
	{"if x:\n    pass\n   else:\n    pass\n", "  File \"x.py\", line 3\n    else:\n         ^\nIndentationError: unindent does not match any outer indentation level\n"},
	{"x = 5\nif x > 3:\n    print('a')\n  print('b')\n", "  File \"x.py\", line 4\n    print('b')\n              ^\nIndentationError: unindent does not match any outer indentation level\n"},
	{"x = [i for i in range(3)\nprint(x)\n", "  File \"x.py\", line 1\n    x = [i for i in range(3)\n        ^\nSyntaxError: '[' was never closed\n"},
	{"print('a' + )\n", "  File \"x.py\", line 1\n    print('a' + )\n                ^\nSyntaxError: invalid syntax\n"},
	{"\"\"\"docstring\nnever closed\n", "  File \"x.py\", line 1\n    \"\"\"docstring\n    ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 2)\n"},
	{"x = 1\n\n\ndef f(:\n  pass\n", "  File \"x.py\", line 4\n    def f(:\n          ^\nSyntaxError: invalid syntax\n"},
}

func TestErrorsMatchCPython(t *testing.T) {
	for _, tt := range cpythonErrors {
		t.Run(tt.src, func(t *testing.T) {
			_, err := Parse("x.py", []byte(tt.src))
			require.Error(t, err)
			e, ok := err.(*Error)
			require.True(t, ok, "error type %T", err)
			require.Equal(t, tt.want, e.Format())
		})
	}
}

func TestErrorFields(t *testing.T) {
	tests := []struct {
		src       string
		kind, msg string
		line, col int
	}{
		{"x = (1 +\ny = 2\n", KindSyntax, "'(' was never closed", 1, 5},
		{"if x:\n    a\n  b\n", KindIndentation, "unindent does not match any outer indentation level", 3, 4},
		{"if x:\n\ta\n        b\n", KindTab, "inconsistent use of tabs and spaces in indentation", 3, 1},
		{"  x\n", KindIndentation, "unexpected indent", 1, 2},
		{"if x:\npass\n", KindIndentation, "expected an indented block after 'if' statement on line 1", 2, 1},
		{"while x:\n  pass\nelse:\npass\n", KindIndentation, "expected an indented block after 'else' statement on line 3", 4, 1},
		{"def f(\n", KindSyntax, "'(' was never closed", 1, 6},
		{"s = '''\n\n", KindSyntax, "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
		{"x = [1,\n2 3]\n", KindSyntax, "invalid syntax. Perhaps you forgot a comma?", 2, 1},
		{"(" + repeat("(", 250) + "\n", KindSyntax, "too many nested parentheses", 1, 201},
		{"x = " + repeat("-", 5000) + "1\n", KindSyntax, "too many nested expressions", 1, 1004},
		{"\xff\n", KindSyntax, "Non-UTF-8 code starting with '\\xff' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.msg, func(t *testing.T) {
			_, err := Parse("x.py", []byte(tt.src))
			require.Error(t, err)
			e := err.(*Error)
			require.Equal(t, tt.kind, e.Kind)
			require.Equal(t, tt.msg, e.Msg)
			require.Equal(t, tt.line, e.Line)
			require.Equal(t, tt.col, e.Col)
			require.Equal(t, "x.py", e.Filename)
		})
	}
}

// TestRefused checks that features outside rcvm's subset are refused with
// a message that names them.
func TestRefused(t *testing.T) {
	tests := []struct{ src, msg string }{
		{"(a.b := 3)\n", "cannot use assignment expressions with attribute"},
		{"a[*b]\n", "star-expressions in subscripts are not supported by rcvm"},
		{"x = b'abc' 'd'\n", "cannot mix bytes and nonbytes literals"},
		{"x = 'd' b'abc'\n", "cannot mix bytes and nonbytes literals"},
		{"x = f'd' b'abc'\n", "cannot mix bytes and nonbytes literals"},
		{"x = 1j\n", "complex literals are not supported by rcvm"},
		{"def f(a, /, /): pass\n", "/ may appear only once"},
		{"try:\n  pass\nexcept* E:\n  pass\n", "'except*' is not supported by rcvm"},
		{"x = '\\N{DASH}'\n", `\N{...} escapes are not supported by rcvm`},
	}
	for _, tt := range tests {
		t.Run(tt.msg, func(t *testing.T) {
			_, err := Parse("x.py", []byte(tt.src))
			require.Error(t, err)
			require.Equal(t, tt.msg, err.(*Error).Msg)
		})
	}
}

// TestSoftKeywordsStayNames checks that `match` and `case` remain ordinary
// identifiers outside a match statement.
func TestSoftKeywordsStayNames(t *testing.T) {
	for _, src := range []string{"match = 1\n", "match(x)\n", "match.y = 2\n", "case = match\n", "match[1]: int = 2\n"} {
		_, err := Parse("x.py", []byte(src))
		require.NoError(t, err, src)
	}
}

func repeat(s string, n int) string {
	b := make([]byte, 0, len(s)*n)
	for i := 0; i < n; i++ {
		b = append(b, s...)
	}
	return string(b)
}

func TestFStringErrors(t *testing.T) {
	tests := []struct{ src, msg string }{
		{"f'{'\n", "f-string: expecting '}'"},
		{"f'{x!r'\n", "f-string: expecting '}'"},
		{"f'}'\n", "f-string: single '}' is not allowed"},
		{"f'{ }'\n", "f-string: empty expression not allowed"},
		{"f'{x!z}'\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
		{"f'{a\\\\b}'\n", "f-string expression part cannot include a backslash"},
		{"f'{#}'\n", "f-string expression part cannot include '#'"},
		{"f'{x:{y:{z}}}'\n", "f-string: expressions nested too deeply"},
		{"f'{a b}'\n", "f-string: invalid syntax. Perhaps you forgot a comma?"},
		{"f'{a +}'\n", "f-string: invalid syntax"},
		{"f'{lambda x:1}'\n", "f-string: invalid syntax"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			_, err := Parse("x.py", []byte(tt.src))
			require.Error(t, err)
			require.Equal(t, tt.msg, err.(*Error).Msg)
		})
	}
}
