package pynum

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStrRepr(t *testing.T) {
	// repr(s) and ascii(s) in CPython 3.11.
	tests := []struct{ s, repr, ascii string }{
		{"", "''", "''"},
		{"abc", "'abc'", "'abc'"},
		{"'", `"'"`, `"'"`},
		{`"`, `'"'`, `'"'`},
		{`'"`, `'\'"'`, `'\'"'`},
		{`a\b`, `'a\\b'`, `'a\\b'`},
		{"\t\n\r\x00\x1f\x7f", `'\t\n\r\x00\x1f\x7f'`, `'\t\n\r\x00\x1f\x7f'`},
		{"é\n\u0080\u2028\U0001f600\u00a0\u00ad\x7f", `'é\n\x80\u2028😀\xa0\xad\x7f'`, `'\xe9\n\x80\u2028\U0001f600\xa0\xad\x7f'`},
		{"\u00a0\u3000 ", `'\xa0\u3000 '`, `'\xa0\u3000 '`},
		{"\U000e0001\U0010ffff", `'\U000e0001\U0010ffff'`, `'\U000e0001\U0010ffff'`},
		{"日本", "'日本'", `'\u65e5\u672c'`},
		{"\xed\xa0\x80", `'\ud800'`, `'\ud800'`},
		{"a\xffb", `'a\udcffb'`, `'a\udcffb'`},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.repr, StrRepr(tc.s), "repr(%q)", tc.s)
		assert.Equal(t, tc.ascii, ASCIIRepr(tc.s), "ascii(%q)", tc.s)
		assert.Equal(t, tc.ascii, EscapeNonASCII(StrRepr(tc.s)), "ascii(%q) via repr", tc.s)
	}
	assert.Equal(t, `['\xe9']`, EscapeNonASCII("['é']"))
}

func TestRuneCount(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0}, {"abc", 3}, {"é€x", 3}, {"😀", 1}, {"\xed\xa0\x80", 1}, {"a\xff\xfeb", 4},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, RuneCount(tc.s), "len(%q)", tc.s)
	}
	c, n := DecodeRune("\xed\xb0\x80rest")
	assert.Equal(t, rune(0xdc00), c)
	assert.Equal(t, 3, n)
}
