// Package table is the regular-expression test table that the engine's and
// the _sre module's differential tests share: patterns with their flags and
// subjects, and a generator of random patterns. python3 gives the expected
// results of every case at test time.
package table

import "strings"

// The flag values of re.
const (
	I = 2
	L = 4
	M = 8
	S = 16
	X = 64
	A = 256
)

// Case is a pattern with the subjects it runs on.
type Case struct {
	Pat   string
	Flags int
	// Bytes makes a bytes pattern over bytes subjects: each rune of Pat
	// and Subjects stands for the byte of the same value.
	Bytes    bool
	Subjects []string
	// MayFail marks a generated pattern that python3 may reject or find
	// too slow (the tests then skip it).
	MayFail bool
}

func str(pat string, flags int, subjects ...string) Case {
	return Case{Pat: pat, Flags: flags, Subjects: subjects}
}

// byt is a bytes case: pat and subjects are byte strings, kept as strings
// of the runes of the same values (latin-1) so that they travel as JSON.
func byt(pat string, flags int, subjects ...string) Case {
	asRunes := func(b string) string {
		r := make([]rune, len(b))
		for i := 0; i < len(b); i++ {
			r[i] = rune(b[i])
		}
		return string(r)
	}
	for i, s := range subjects {
		subjects[i] = asRunes(s)
	}
	return Case{Pat: asRunes(pat), Flags: flags, Bytes: true, Subjects: subjects}
}

// Cases is the differential tests' table: each pattern with the
// subjects it runs on.
func Cases() []Case {
	a20 := strings.Repeat("a", 20)
	a16 := strings.Repeat("a", 16)
	words := "the quick brown fox jumps over the lazy dog"
	return []Case{
		// Literals and literal prefixes (INFO prefix, overlap table).
		str("a", 0, "", "a", "ba", "bbb", "aaa"),
		str("abc", 0, "abc", "xabcx", "ababc", "abab", "abcabc"),
		str("abab", 0, "abababab", "abaabab", "ab"),
		str("aab", 0, "aaab", "aabaab", "aaaaab"),
		str("abcabd", 0, "abcabcabd", "abcabd", "abcab"),
		str("ab(c)d", 0, "xabcdx", "abd"),
		str("(ab)c", 0, "ababc", "abc"),
		str("a.c", 0, "abc", "a\nc", "axcayc"),
		str("a.c", S, "a\nc", "abc"),
		str("x*", 0, "", "x", "axxb", "xxx"),
		str("", 0, "", "abc"),
		str("é", 0, "café", "e"),
		str("日本", 0, "こんにちは日本語", "日"),
		// Sets, ranges, categories, negation, big charsets.
		str("[abc]+", 0, "xxabcbay", "", "cab"),
		str("[^abc]+", 0, "abxyzc", "abc"),
		str("[a-z]+", 0, "Hello World", "123"),
		str("[a-cx-z0-9_]+", 0, "a1_zq", "qqq"),
		str("[^a-z]", 0, "abcD", "abc"),
		str(`[\d\s]+`, 0, "a1 2\t3b", "xyz"),
		str(`[^\W\d]+`, 0, "ab12cd_e", "123"),
		str(`[\w-]+`, 0, "a-b c", "--"),
		str("[.]", 0, "a.b", "ab"),
		str(`[\]\\^-]+`, 0, `a]\^-b`, "x"),
		str("[ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦ]+", 0, "xĀĂĄy", "AĈ"),
		str("[\u0100-\u0200\u4e00]+", 0, "aĀȀ一b", "abc"),
		str("[^\u3040-\u309f]+", 0, "abcあいう", "あ"),
		str("[\u0100\u0300\u0500\u0700\u0900\u0b00\u0d00\u0f00\u1100\u1300\u1500\u1700\u1900\u1b00\u1d00\u1f00\u2100\u2300\u2500\u2700\u2900\u2b00\u2d00\u2f00\u3100\u3300\u3500\u3700\u3900\u3b00\u3d00\u3f00\u4100\u4300\u4500\u4700\u4900\u4b00\u4d00\u4f00]+", 0, "a\u0100\u0300\u4f00b", "\u0101"),
		str("[\U0001F600-\U0001F64F]+", 0, "hi 😀😃 there", "abc"),
		str("[a-z\U0001F600]", I, "😀", "A", "1"),
		// Categories over non-ASCII text.
		str(`\w+`, 0, "héllo wörld", "naïve_café", "日本語", "١٢٣", "__", "!!"),
		str(`\w+`, A, "héllo wörld", "abc"),
		str(`\d+`, 0, "abc ١٢٣ 456 ９８", "x"),
		str(`\d+`, A, "١٢٣ 456"),
		str(`\s+`, 0, "a\u2003b\u00a0c\x1cd \te", "abc"),
		str(`\s+`, A, "a\u2003b c"),
		str(`\S+`, 0, "a\u2003bc d"),
		str(`\D+`, 0, "ab١2"),
		str(`\W+`, 0, "a, é!b"),
		str(`\W+`, A, "a, é!b"),
		str(`[\w]+`, A, "aé_b"),
		// Anchors and boundaries.
		str("^a", 0, "a", "ba", "\na"),
		str("^a", M, "b\na", "a\na"),
		str("a$", 0, "a", "a\n", "a\nb", "ab"),
		str("a$", M, "a\nb", "ba\nca"),
		str(`a\Z`, 0, "a", "a\n", "ba"),
		str(`\Aa`, M, "a", "b\na"),
		str("$", 0, "", "abc", "ab\n", "a\nb\n"),
		str("^", M, "", "a\nb\n"),
		str("$", M, "a\nb\n", ""),
		str(`\bfoo\b`, 0, "foo", "a foo b", "foobar", "barfoo", "é foo"),
		str(`\Bo\B`, 0, "foo", "o", "boot"),
		str(`\b`, 0, "", "ab cd", "é"),
		str(`\B`, 0, "", "ab cd"),
		str(`\bé`, 0, "café", "é"),
		str(`\bé`, A, "café", "é", "a é"),
		str(`^$`, M, "a\n\nb", ""),
		// Alternation.
		str("a|b|c", 0, "xyzcba", "q"),
		str("ab|ac|ad", 0, "adacab", "a"),
		str("(a|ab)(c|bcd)(d*)", 0, "abcd", "acd"),
		str("cat|category", 0, "category", "cat"),
		str("(?:x|y|)z", 0, "z", "xz", "yyz"),
		str("a(?:b|c|d)+e", 0, "abcdbe", "ae"),
		str("(a)|(b)|(c)", 0, "c", "b", "a", "d"),
		str("(?P<first>a)|(?P<second>b)", 0, "b", "ab"),
		// Groups, lastindex and MARK restoration on backtracking.
		str("(a)(b)?", 0, "ab", "a", "b"),
		str("((a)(b))", 0, "ab"),
		str("(a(b))", 0, "ab"),
		str("((a)|b)+", 0, "ab", "ba", "bab"),
		str("(?:(a)|b)*", 0, "ab", "ba", "abab"),
		str("(?:(a)|(b))+", 0, "ab", "ba", "aab"),
		str("(a|(b))*c", 0, "abc", "bac", "c"),
		str("(a*)*", 0, "aaa", "", "b"),
		str("(a*)+", 0, "aaa", "", "b"),
		str("(a*)+b", 0, "aaab", "b"),
		str("(a|b)*", 0, "abab", ""),
		str("(a|b)*?c", 0, "ababc", "c"),
		str("((a)|b)*?c", 0, "abac"),
		str("(a)*b", 0, "aaab", "b"),
		str("(a)*?b", 0, "aaab", "b"),
		str("(?:(a)b|ac)", 0, "ac", "ab"),
		str("(?:(a)|b)(?:(c)|d)", 0, "ad", "bc"),
		str("(a)(?:x|(b))*", 0, "abxb", "ax"),
		str("((a)|(b))*", 0, "ab", "ba"),
		str("(?:a(b)?)+", 0, "aba", "aab"),
		str("(([a-c])b*?)+", 0, "abbcb"),
		str("(?:(x)|y)+z", 0, "xyz", "yxz", "xyy"),
		str("(x)?(y)?z", 0, "xz", "yz", "z"),
		str("(?P<a>x)(?P<b>y)?", 0, "xy", "x"),
		str("(((((((((((a)))))))))))", 0, "a"),
		// Greedy, lazy, bounded.
		str("a*", 0, "aaa", "baaa", ""),
		str("a+", 0, "baaac", "b"),
		str("a?", 0, "a", "b", ""),
		str("a{2,3}", 0, "aaaa", "a", "aaaaaaa"),
		str("a{3}", 0, "aaaa", "aa"),
		str("a{,2}", 0, "aaa"),
		str("a{2,}", 0, "a", "aaaa"),
		str("a*?b", 0, "aaab", "b"),
		str("a+?", 0, "aaa"),
		str("a??b", 0, "ab", "b"),
		str("a{2,3}?", 0, "aaaa"),
		str("<.*>", 0, "<a><b>", "<>"),
		str("<.*?>", 0, "<a><b>", "<>"),
		str("(ab)*c", 0, "ababc", "c", "abab"),
		str("(ab)*?c", 0, "ababc"),
		str("(?:ab){2,3}", 0, "abababab", "ab"),
		str("(?:ab){2,3}?", 0, "abababab"),
		str("(?:a|b){3,}?c", 0, "ababc", "abc"),
		str("(a+?){2,}b", 0, "aaab", "ab"),
		str("(a{2})*", 0, "aaaaa"),
		str("(?:a?){3}b", 0, "aab", "b"),
		str("x(?:y*)*z", 0, "xyyz", "xz"),
		str("(?:()|a)*b", 0, "aab"),
		str("(?:a|())*b", 0, "aab"),
		str(".*foo", 0, "xfooyfoo", "foo"),
		str(".*?foo", 0, "xfooyfoo"),
		str(`\d+?\d`, 0, "12345"),
		str("[a-z]*[0-9]", 0, "abc1", "abc"),
		str("a.*b", S, "a\nb\nb"),
		// Possessive quantifiers and atomic groups (3.11).
		str("a*+a", 0, "aaa"),
		str("a*+b", 0, "aaab", "b"),
		str("a++b", 0, "aaab", "b"),
		str("a?+a", 0, "a", "aa"),
		str("a{2,3}+a", 0, "aaaa", "aaa"),
		str("(?:ab)*+ab", 0, "ababab"),
		str("(?:ab)*+c", 0, "ababc", "c"),
		str("(?:a|ab)++c", 0, "ababc", "aac"),
		str("(ab)++", 0, "ababx"),
		str("(?:(a)|b)*+c", 0, "abac"),
		str("(?>a+)b", 0, "aab", "b"),
		str("(?>a+)a", 0, "aaa"),
		str("(?>a|ab)c", 0, "abc", "ac"),
		str("(?>(a)|b)+c", 0, "abac"),
		str("(?>x*)*y", 0, "xxy", "y"),
		str("(?:x+)*+y", 0, "xxy"),
		str("(?>(?:a|b)*)b", 0, "aab"),
		str("((?>a*))*", 0, "aa"),
		str(`\d++\.`, 0, "123.", "123"),
		// Backreferences.
		str(`(a)\1`, 0, "aa", "ab"),
		str(`(\w+)\s+\1`, 0, "hello hello world", "a b", "the the"),
		str(`(?P<x>a|b)(?P=x)`, 0, "abba", "ab"),
		str(`(a)?\1`, 0, "aa", "b", ""),
		str(`(a)|\1`, 0, "x"),
		str(`(a*)\1b`, 0, "aaaab", "aaab"),
		str(`(.)(.)\2\1`, 0, "abba", "abab"),
		str(`(a)(?:b\1)+`, 0, "ababa"),
		str(`(?i)(a)\1`, 0, "aA", "Aa", "ab"),
		str(`(?i)(é)\1`, 0, "éÉ"),
		str(`(?ia)(é)\1`, 0, "éÉ", "éé"),
		str(`(a)(b)?\2`, 0, "ab", "abb"),
		str(`((a)|b)\2`, 0, "aa", "ba"),
		// Lookahead and lookbehind.
		str("a(?=b)", 0, "ab", "ac"),
		str("a(?!b)", 0, "ab", "ac", "a"),
		str("(?<=a)b", 0, "ab", "cb", "b"),
		str("(?<!a)b", 0, "ab", "cb", "b"),
		str("(?<=ab)c", 0, "abc", "bc"),
		str("(?<=(a))b", 0, "ab"),
		str("(?<!(a))b", 0, "cb", "ab"),
		str("(?=(a))a", 0, "a"),
		str("(?!(a)b)a", 0, "ac", "ab"),
		str("(?=(a+))a*b\\1", 0, "baaabac"),
		str(`(?<=\b)\w`, 0, "ab cd"),
		str(`\w+(?=,)`, 0, "a, bb, c"),
		str("(?<=a|b)c", 0, "ac", "bc", "cc"),
		str("(?:^|(?<=,))x", 0, "x,x,yx"),
		str("^(?=.*\\d)(?=.*[a-z]).{4,}$", 0, "abc1", "abcd", "12345a"),
		str("(?=)", 0, "ab"),
		str("(?<=a)", 0, "aab"),
		str("(?<=a)(?=b)", 0, "ab", "aab"),
		str("x(?=(y))*", 0, "xy"),
		str("(?:(?=(a))a)*", 0, "aa"),
		str("(?:(?!(a))b)*", 0, "bb"),
		// Conditionals.
		str("(a)?(?(1)b|c)", 0, "ab", "c", "ac", "b"),
		str(`(?P<q>")?\w+(?(q)")`, 0, `"abc"`, "abc", `"abc`),
		str("(a)?(?(1)b)", 0, "ab", "x"),
		str("(?:(a)|b)(?(1)x|y)", 0, "ax", "by", "ay"),
		// IGNORECASE, ASCII and Unicode folding.
		str("abc", I, "ABC", "aBc", "xAbC"),
		str("[a-z]+", I, "HeLLo", "123"),
		str("[^a-z]+", I, "HeLLo123"),
		str("k", I, "K", "\u212a", "k"),
		str("\u212a", I, "k", "K"),
		str("[k]", I, "\u212a", "K"),
		str("[^k]", I, "\u212a", "x"),
		str("s", I, "ſ", "S"),
		str("ß", I, "ẞ", "SS", "ß"),
		str("ẞ", I, "ß"),
		str("σ", I, "Σ", "ς", "σ"),
		str("[σ]", I, "Σς"),
		str("ς", I, "Σ", "σ"),
		str("i", I, "İ", "ı", "I"),
		str("ǅ", I, "Ǆ", "ǆ", "ǅ"),
		str("é", I, "É"),
		str("é", I|A, "É", "é"),
		str("[à-þ]+", I, "ÀÉÎ", "×"),
		str("[a-z]", I|A, "K", "\u212a"),
		str("ﬀ", I, "FF", "ﬀ"),
		str("µ", I, "μ", "Μ"),
		str("[µ]", I, "μΜ"),
		str("ΐ", I, "ΐ"),
		str("θ", I, "ϑ", "Θ", "ϴ"),
		str("[ϑ]", I, "θ"),
		str("(?i)hello|WORLD", 0, "HELLO world"),
		str("[^\u3040-\u309f]", I, "あA"),
		str("[\u0100-\u0180]+", I, "āĀ"),
		str("x[a-z]*?y", I, "XABCY"),
		str("(?i:a)b", 0, "Ab", "AB"),
		str("a(?-i:b)", I, "Ab", "AB"),
		// Verbose.
		str(`a b # comment
		     c`, X, "abc", "a b c"),
		str(`[ ]a \ b`, X, " a b", "ab"),
		// Bytes patterns: ASCII categories, no case folding beyond ASCII.
		byt(`\w+`, 0, "caf\xe9 ok", "\xe9"),
		byt(`[\x80-\xff]+`, 0, "ab\x80\xffcd"),
		byt("\xe9", I, "\xc9", "\xe9"),
		byt("abc", I, "ABC", "xabcx"),
		byt(`\d+\s*`, 0, "12 34"),
		byt(`(\w)\1`, I, "aA"),
		byt(`\bfoo\b`, 0, "a foo\xe9", "foo"),
		byt("a.b", 0, "a\nb", "axb"),
		byt("[^a]", 0, "a\xffb"),
		byt("\xff+", 0, "\xfe\xff\xff"),
		// LOCALE (bytes only; the C locale's classes).
		byt(`\w+`, L, "caf\xe9 ok"),
		byt("a", L|I, "A", "a"),
		byt("[a-z]+", L|I, "ABC", "xYz"),
		byt(`\bab\b`, L, "ab cd", "xab"),
		byt(`(a)\1`, L|I, "aA"),
		byt("[^a]", L|I, "A", "b"),
		byt("\xe9", L|I, "\xc9", "\xe9"),
		// Empty matches in iteration (the 3.7 rules).
		str("x*", 0, "axbxxc", ""),
		str("a*?", 0, "aaa"),
		str(`\b`, 0, "ab cd"),
		str("(?=a)", 0, "aba"),
		str("|a", 0, "aa"),
		str("a|", 0, "aba"),
		str("(|a)+", 0, "aa"),
		str("(?:a|)*", 0, "aab"),
		str(".*", 0, "ab\ncd"),
		str("^|$", M, "a\nb"),
		str(`\s*`, 0, " a  b "),
		// Windows (pos/endpos) and lookbehind before pos.
		str("(?<=a)b", 0, "abb", "ab"),
		str("^b", 0, "abc", "bbb"),
		str("c$", 0, "abc", "cc"),
		str(`\bb`, 0, "abc", "bb"),
		// Small catastrophic-backtracking patterns.
		str("(a+)+$", 0, a16+"X", a16),
		str("(a|aa)*b", 0, a20, a20+"b"),
		str("(x+x+)+y", 0, strings.Repeat("x", 14), "xxxy"),
		str("(a*)*b", 0, a16),
		str("(?:a|a)*c", 0, a16),
		str("^(\\w+\\s?)*$", 0, "an apple a day keeps!"),
		str("(.*a){6}", 0, strings.Repeat("a", 12)+"b"),
		// Words and mixed real-world patterns.
		str(`\b\w{5}\b`, 0, words),
		str(`(\w+) (\w+)`, 0, words),
		str(`o\w`, 0, words),
		str(`[aeiou]{2}`, 0, words+" queue"),
		str(`(?P<key>\w+)=(?P<val>[^;]*);?`, 0, "a=1;b=two;c="),
		str(`^\s*(#.*)?$`, 0, "  # comment", "code # x"),
		str(`(\d{1,3})(?:\.(\d{1,3})){3}`, 0, "ip 192.168.0.1 x", "1.2.3"),
		str(`[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?`, 0, "x=-1.5e10, y=.5", "abc"),
		str(`"(?:[^"\\]|\\.)*"`, 0, `say "hi \"there\"" ok`),
		str(`(?m)^(\w+):\s*(.*)$`, 0, "Host: a\nAccept: */*\n"),
		str(`(?s)/\*.*?\*/`, 0, "a /* b\n c */ d /* e */"),
		str(`^[\w.+-]+@[\w-]+\.[\w.]+$`, 0, "a.b+c@d-e.fg", "bad@"),
		str(`\$\{(\w+)\}`, 0, "${a} and ${bb}"),
		str(`%(\w+)s|%%`, 0, "%(a)s %% %(b)s"),
		str(`(?:(?:\r\n)|\n|\r)`, 0, "a\r\nb\nc\rd"),
		str(`\[(\d+)\]`, 0, "x[1][22]"),
		str(`(?x) (\d+) \s* ([a-z]+) # num word`, 0, "12 ab 3cd"),
		str(`\\`, 0, `a\b`),
		str(`\n\t`, 0, "a\n\tb"),
		str(`\x41\u00e9\U0001F600`, 0, "Aé😀"),
		str(`[\x00-\x1f]`, 0, "a\x01b"),
		str("\x00", 0, "a\x00b"),
		str(`\0`, 0, "\x00"),
		str(`(?#comment)a`, 0, "a"),
	}
}
