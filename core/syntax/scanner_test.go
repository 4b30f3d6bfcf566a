package syntax

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// scanAll renders the tokens of src, or the first lexical error.
func scanAll(src string) string {
	text, err := prepare("t.py", []byte(src))
	if err != nil {
		return "error: " + err.(*Error).Msg
	}
	s := newScanner(text)
	var parts []string
	for i := 0; i < 1000; i++ {
		t := s.next()
		if t.err != nil {
			return strings.Join(parts, " ") + " error: " + t.err.Msg
		}
		switch t.kind {
		case NAME:
			parts = append(parts, t.raw)
		case INT, FLOAT:
			parts = append(parts, fmt.Sprintf("%s(%v)", t.kind, t.value))
		case STRING:
			if b, ok := t.value.(BytesValue); ok {
				parts = append(parts, fmt.Sprintf("b%q", string(b)))
			} else {
				parts = append(parts, fmt.Sprintf("%q", t.value))
			}
		case FSTRING:
			parts = append(parts, fmt.Sprintf("f%q", t.value.(*FStringLit).Body))
		default:
			parts = append(parts, t.kind.String())
		}
		if t.kind == EOF {
			break
		}
	}
	return strings.Join(parts, " ")
}

func TestScanner(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"simple", "x = 1\n", "x = INT(1) NEWLINE EOF"},
		{"no final newline", "x", "x NEWLINE EOF"},
		{"empty", "", "EOF"},
		{"comments and blank lines", "# c\n\nx  # tail\n   \n# more\n", "x NEWLINE EOF"},
		{"indent dedent", "if a:\n    b\n    c\nd\n",
			"if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT d NEWLINE EOF"},
		{"nested dedents at eof", "if a:\n  if b:\n    c",
			"if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT EOF"},
		{"tabs to multiple of 8", "if a:\n\tb\n        c\n",
			"if a : NEWLINE INDENT b NEWLINE error: inconsistent use of tabs and spaces in indentation"},
		{"implicit joining", "f(a,\n  b)\n", "f ( a , b ) NEWLINE EOF"},
		{"joining keeps indentation", "if x:\n  y = [\n1]\n  z\n",
			"if x : NEWLINE INDENT y = [ INT(1) ] NEWLINE z NEWLINE DEDENT EOF"},
		{"backslash continuation", "x = 1 + \\\n    2\n", "x = INT(1) + INT(2) NEWLINE EOF"},
		{"crlf", "x\r\ny\r\n", "x NEWLINE y NEWLINE EOF"},
		{"keywords", "not in is None True", "not in is None True NEWLINE EOF"},
		{"operators", "a //= b ** -c -> d ... e != f <<= g", "a //= b ** - c -> d ... e != f <<= g NEWLINE EOF"},
		{"walrus and bang", "(x := 1) !", "( x := INT(1) ) ! NEWLINE EOF"},
		{"ints", "0 0x_FF 0o17 0b101 1_000", "INT(0) INT(255) INT(15) INT(5) INT(1000) NEWLINE EOF"},
		{"big int", "123456789012345678901234567890", "INT(123456789012345678901234567890) NEWLINE EOF"},
		{"floats", "1.5 .5 1. 1e10 1_0.2_5 1E-3", "FLOAT(1.5) FLOAT(0.5) FLOAT(1) FLOAT(1e+10) FLOAT(10.25) FLOAT(0.001) NEWLINE EOF"},
		{"number then keyword", "1if x else 2", "INT(1) if x else INT(2) NEWLINE EOF"},
		{"strings", `'a' "b" '''c''' """d"""`, `"a" "b" "c" "d" NEWLINE EOF`},
		{"escapes", `'\n\t\\\'\x41\u00e9\101\0'`, `"\n\t\\'Aé` + "A\\x00" + `" NEWLINE EOF`},
		{"unknown escape kept", `'\d'`, `"\\d" NEWLINE EOF`},
		{"raw string", `r'\n\''`, `"\\n\\'" NEWLINE EOF`},
		{"string continuation", "'ab\\\ncd'", `"abcd" NEWLINE EOF`},
		{"triple quoted newline", "'''a\nb'''", `"a\nb" NEWLINE EOF`},
		{"u prefix", "u'x'", `"x" NEWLINE EOF`},
		{"fstring", `f'a{b!r:>{w}}c' rf"\d{x}"`, `f"a{b!r:>{w}}c" f"\\d{x}" NEWLINE EOF`},
		{"unicode identifier", "été = 1", "été = INT(1) NEWLINE EOF"},
		{"illegal char", "x = $", "x = ILLEGAL NEWLINE EOF"},
		{"unterminated", "'abc\n", " error: unterminated string literal (detected at line 1)"},
		{"bytes", `b'x\x00\n\u1234' B"\'" rb'\n' Br'\x' bR"""a
b"""`, `b"x\x00\n\\u1234" b"'" b"\\n" b"\\x" b"a\nb" NEWLINE EOF`},
		{"bytes octal", `b'\101\7\777'`, `b"A\a\xff" NEWLINE EOF`},
		{"bytes non-ASCII char", "b'é'", " error: bytes can only contain ASCII literal characters"},
		{"bytes bad hex escape", `b'ab\x4'`, ` error: (value error) invalid \x escape at position 2`},
		{"complex refused", "1j", " error: complex literals are not supported by rcvm"},
		{"unclosed at eof", "(1,\n2", "( INT(1) , INT(2) error: '(' was never closed"},
		{"mismatched", "(1]", "( INT(1) error: closing parenthesis ']' does not match opening parenthesis '('"},
		{"leading zeros", "0777", " error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
		{"bad underscore", "1__0", " error: invalid decimal literal"},
		{"bad binary digit", "0b12", " error: invalid digit '2' in binary literal"},
		{"invalid character", "a€", " error: invalid character '€' (U+20AC)"},
		{"bad continuation", "x = \\ 1", "x = error: unexpected character after line continuation character"},
		{"null byte", "x\x00", "error: source code cannot contain null bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, scanAll(tt.src))
		})
	}
}

func TestScannerPositions(t *testing.T) {
	s := newScanner([]byte("ab = 'é'\n  \nif x:\n    y"))
	var got []string
	for {
		tk := s.next()
		got = append(got, fmt.Sprintf("%s@%s-%s", tk.kind, tk.pos, tk.end))
		if tk.kind == EOF {
			break
		}
	}
	require.Equal(t, []string{
		"NAME@1:1-1:3", "=@1:4-1:5", "STRING@1:6-1:9", "NEWLINE@1:9-1:9",
		"if@3:1-3:3", "NAME@3:4-3:5", ":@3:5-3:6", "NEWLINE@3:6-3:6",
		"INDENT@4:4-4:4", "NAME@4:5-4:6", "NEWLINE@4:6-4:6", "DEDENT@4:6-4:6", "EOF@4:6-4:6",
	}, got)
}
