# String literals in every quote form, escapes, concatenation, repetition,
# indexing, iteration, comparison and membership.
s1 = 'single'
s2 = "double"
s3 = '''triple
single'''
s4 = """triple "double" with 'quotes'"""
s5 = 'it\'s' + " \"quoted\""
print(s1, s2, s3, s4, s5)
print("tab\there", "new\nline", "back\\slash", "bell-less \x41\x42", "\u00e9\u4e2d", "\101")
print(r"raw \n string", R'raw \t too')
print("adjacent " "literals " 'joined')
print(len(""), len("abc"), len("\n"), len("é"), len("中文"))
s = "hello, world"
print(s[0], s[-1], s[7], s[4:], s[:5], s[::2], s[::-1], s[-5:-1])
print(s * 2, 3 * "ab", "" * 5, "x" * 0, "ab" * -1)
print("world" in s, "World" in s, "" in s, "z" not in s)
print("abc" < "abd", "abc" < "ab", "B" < "a", "abc" == "abc", "a" != "b")
print(min("hello"), max("hello"), sorted("banana"))
for ch in "héllo":
    print(ch, ord(ch), end="; ")
print()
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("a\nb\tc\\"))
print(repr("\x00\x1f\x7f"), repr("é中"), repr(""))
print(str(42) + "!", "%" + str(3.5))
print("abc"[1:100], "abc"[5:], "abc"[-100:2])
t = "line1\nline2\r\nline3"
print(t.splitlines())
