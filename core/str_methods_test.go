package core

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected values were produced by CPython 3.11.7.

func TestStr(t *testing.T) {
	checkExprs(t, "s = 'Hello, World'\nu = 'héllo wörld ☃ 𝄞'\n", []exprCase{
		{"s[0]", "'H'"},
		{"s[-1]", "'d'"},
		{"s[100]", "IndexError: string index out of range"},
		{"s['a']", "TypeError: string indices must be integers, not 'str'"},
		{"s[1:5]", "'ello'"},
		{"s[::-1]", "'dlroW ,olleH'"},
		{"s[::3]", "'Hl r'"},
		{"s[-3:]", "'rld'"},
		{"s[10:2:-2]", "'lo o'"},
		{"s[::-4]", "'dWl'"},
		{"s[5:1]", "''"},
		{"s[-100:100]", "'Hello, World'"},
		{"s[::0]", "ValueError: slice step cannot be zero"},
		{"s[True]", "'e'"},
		{"u[1]", "'é'"},
		{"u[-1]", "'𝄞'"},
		{"u[2:8]", "'llo wö'"},
		{"u[::-1]", "'𝄞 ☃ dlröw olléh'"},
		{"u[::2]", "'hlowrd☃𝄞'"},
		{"len(u)", "15"},
		{"u[-3:]", "'☃ 𝄞'"},
		{"list(u[6:9])", "['w', 'ö', 'r']"},
		{"'a' + 1", "TypeError: can only concatenate str (not \"int\") to str"},
		{"'a' * 3", "'aaa'"},
		{"3 * 'ab'", "'ababab'"},
		{"'a' * -1", "''"},
		{"'a' * 'b'", "TypeError: can't multiply sequence by non-int of type 'str'"},
		{"'a' * 1.5", "TypeError: can't multiply sequence by non-int of type 'float'"},
		{"'ab' * True", "'ab'"},
		{"'ab' * (2**63)", "OverflowError: cannot fit 'int' into an index-sized integer"},
		{"'abc' < 'abd'", "True"},
		{"'abc' < 'ab'", "False"},
		{"'é' > 'z'", "True"},
		{"'a' < 1", "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{"'a' == 1", "False"},
		{"'b' in 'abc'", "True"},
		{"'' in 'abc'", "True"},
		{"1 in 'abc'", "TypeError: 'in <string>' requires string as left operand, not int"},
		{"'  a  b  '.split()", "['a', 'b']"},
		{"'  a  b  '.split(None, 1)", "['a', 'b  ']"},
		{"'  a  b  '.rsplit(None, 1)", "['  a', 'b']"},
		{"'a,b,,c'.split(',')", "['a', 'b', '', 'c']"},
		{"'a,b,,c'.rsplit(',', 2)", "['a,b', '', 'c']"},
		{"'a,b,,c'.split(',', 1)", "['a', 'b,,c']"},
		{"'a,b,,c'.split(',', 0)", "['a,b,,c']"},
		{"'a\\nb\\r\\nc\\rd\\x0be\\x1cf\\u2028g'.splitlines()", "['a', 'b', 'c', 'd', 'e', 'f', 'g']"},
		{"'a\\nb\\r\\n'.splitlines(True)", "['a\\n', 'b\\r\\n']"},
		{"''.split()", "[]"},
		{"''.split(',')", "['']"},
		{"'a'.split('')", "ValueError: empty separator"},
		{"'1 2 3'.split(maxsplit=1)", "['1', '2 3']"},
		{"'1 2 3'.rsplit(maxsplit=1)", "['1 2', '3']"},
		{"'x'.split(x=1)", "TypeError: 'x' is an invalid keyword argument for split()"},
		{"'a'.split(1)", "TypeError: must be str or None, not int"},
		{"'\\u3000a\\x1cb\\x85'.split()", "['a', 'b']"},
		{"'aXbXc'.rsplit('X')", "['a', 'b', 'c']"},
		{"'aXXb'.split('XX')", "['a', 'b']"},
		{"'-42'.zfill(6)", "'-00042'"},
		{"'+a'.zfill(4)", "'+00a'"},
		{"'abc'.zfill(2)", "'abc'"},
		{"'abc'.center(6, '*')", "'*abc**'"},
		{"'abc'.center(7, '*')", "'**abc**'"},
		{"'ab'.center(5)", "'  ab '"},
		{"'a'.center(4)", "' a  '"},
		{"'x'.ljust(3, '-')", "'x--'"},
		{"'x'.rjust(3, '-')", "'--x'"},
		{"'a'.center(5, 'ab')", "TypeError: The fill character must be exactly one character long"},
		{"'a'.center(3, 1)", "TypeError: The fill character must be a unicode character, not int"},
		{"'é'.center(4, '☃')", "'☃é☃☃'"},
		{"'abcabc'.find('b')", "1"},
		{"'abcabc'.find('b', 2)", "4"},
		{"'abcabc'.find('b', -2)", "4"},
		{"'abcabc'.rfind('b', 0, 4)", "1"},
		{"'abc'.find('', 4)", "-1"},
		{"'abc'.find('', 3)", "3"},
		{"'abc'.count('')", "4"},
		{"'abc'.count('', 4)", "0"},
		{"'a'.index('b')", "ValueError: substring not found"},
		{"'a'.find(1)", "TypeError: must be str, not int"},
		{"'a'.find()", "TypeError: find() takes at least 1 argument (0 given)"},
		{"'aaaa'.count('aa')", "2"},
		{"u.find('ö')", "7"},
		{"u.rfind('l')", "9"},
		{"u.index('☃')", "12"},
		{"u.count('l', 3)", "2"},
		{"'abc'.startswith(('x', 'a'))", "True"},
		{"'abc'.endswith('bc', 0, 2)", "False"},
		{"'abc'.startswith('', 4)", "False"},
		{"'abc'.startswith('', 3)", "True"},
		{"'a'.startswith(1)", "TypeError: startswith first arg must be str or a tuple of str, not int"},
		{"'a'.startswith(('a', 1))", "True"},
		{"'a'.endswith(('b', 1))", "TypeError: tuple for endswith must only contain str, not int"},
		{"'aaa'.replace('a', 'b', 2)", "'bba'"},
		{"'aaa'.replace('', '-')", "'-a-a-a-'"},
		{"'aaa'.replace('', '-', 2)", "'-a-aa'"},
		{"'abc'.replace('x', 'y')", "'abc'"},
		{"'a'.replace(1, 'b')", "TypeError: replace() argument 1 must be str, not int"},
		{"'a'.replace('a')", "TypeError: replace expected at least 2 arguments, got 1"},
		{"'abc'.strip('ac')", "'b'"},
		{"'  x \\t\\n'.strip()", "'x'"},
		{"'xxaxx'.lstrip('x')", "'axx'"},
		{"'xxaxx'.rstrip('x')", "'xxa'"},
		{"'a'.strip(1)", "TypeError: strip arg must be None or str"},
		{"'a'.strip('a', 'b')", "TypeError: strip expected at most 1 argument, got 2"},
		{"','.join(['a', 'b'])", "'a,b'"},
		{"','.join('abc')", "'a,b,c'"},
		{"','.join([1])", "TypeError: sequence item 0: expected str instance, int found"},
		{"','.join(1)", "TypeError: can only join an iterable"},
		{"''.join([])", "''"},
		{"'-'.join(('x',))", "'x'"},
		{"'ab'.partition('b')", "('a', 'b', '')"},
		{"'ab'.rpartition('x')", "('', '', 'ab')"},
		{"'ab'.partition('x')", "('ab', '', '')"},
		{"'a'.partition('')", "ValueError: empty separator"},
		{"'a.b.c'.rpartition('.')", "('a.b', '.', 'c')"},
		{"'hello world'.title()", "'Hello World'"},
		{"\"they're bill's\".title()", "\"They'Re Bill'S\""},
		{"'hELLO'.capitalize()", "'Hello'"},
		{"'Hello'.swapcase()", "'hELLO'"},
		{"'ß'.upper()", "'SS'"},
		{"'ǆa'.capitalize()", "'ǅa'"},
		{"u.upper()", "'HÉLLO WÖRLD ☃ 𝄞'"},
		{"'ΑΣ'.lower()", "'ας'"},
		{"'AbC'.casefold()", "'abc'"},
		{"('123'.isdigit(), '²'.isdigit(), '²'.isdecimal(), '½'.isnumeric(), '一'.isnumeric(), 'a1'.isalnum(), 'ab'.isalpha(), ' \\t'.isspace(), ''.isspace())", "(True, True, False, True, True, True, True, True, False)"},
		{"('ABC'.isupper(), 'AbC'.isupper(), 'A1'.isupper(), 'abc'.islower(), 'Hello World'.istitle(), 'hello World'.istitle(), '_a1'.isidentifier(), '1a'.isidentifier(), ''.isidentifier())", "(True, False, True, True, True, False, True, False, False)"},
		{"str(1)", "'1'"},
		{"str()", "''"},
		{"str([1, 'a'])", "\"[1, 'a']\""},
		{"str(object='x')", "'x'"},
		{"str(x=1)", "TypeError: 'x' is an invalid keyword argument for str()"},
		{"repr(\"it's\")", "'\"it\\'s\"'"},
		{"repr('say \"hi\"')", "'\\'say \"hi\"\\''"},
		{"repr('both \\' and \"')", "'\\'both \\\\\\' and \"\\''"},
		{"repr('tab\\there\\n\\x00\\x7f\\x80é\\u200b\\U0001F600')", "\"'tab\\\\there\\\\n\\\\x00\\\\x7f\\\\x80é\\\\u200b😀'\""},
		{"'a\\tb\\tc'.expandtabs()", "'a       b       c'"},
		{"'ab\\tc'.expandtabs(4)", "'ab  c'"},
		{"'abc'.upper(1)", "TypeError: str.upper() takes no arguments (1 given)"},
		{"'a'.join()", "TypeError: str.join() takes exactly one argument (0 given)"},
		{"sorted(['b', 'a', 'é', 'Z'])", "['Z', 'a', 'b', 'é']"},
		{"list(iter('ab'))", "['a', 'b']"},
		{"type(iter('abc')).__name__", "'str_ascii_iterator'"},
		{"type(iter('é')).__name__", "'str_iterator'"},
	})
}

// TestStrIterCachesChars checks that iterating and indexing a str hand
// out the immortal one-character strs instead of allocating.
func TestStrIterCachesChars(t *testing.T) {
	cases := []struct {
		s    string
		want []string
	}{
		{"abc", []string{"a", "b", "c"}},
		{"é☃", []string{"é", "☃"}},
		{"", nil},
	}
	for _, c := range cases {
		th := containersTestThread(t)
		s := th.NewStr(c.s)
		it := th.GetIter(s)
		var got []string
		for v := th.Next(it); v != nil; v = th.Next(it) {
			got = append(got, asStr(v).S)
			if r := []rune(asStr(v).S)[0]; r < 256 {
				assert.Same(t, &charStrs[r].Object, v)
			}
			th.Decref(v)
		}
		require.False(t, th.Failed())
		assert.Equal(t, c.want, got)
		th.Decref(it)
		th.Decref(s)
		assert.Zero(t, live(th))
	}
}
