# re: compiling, matching and searching through CPython's own re package
# over rcvm's _sre.
import re

print(re.match(r'\d+', '123abc'))
print(re.match(r'\d+', 'abc123'))
print(re.search(r'\d+', 'abc123def'))
print(re.fullmatch(r'[a-z]+', 'hello'), re.fullmatch(r'[a-z]+', 'hello!'))
print(re.findall(r'\b\w{3}\b', 'the cat sat on the mat'))
print([m.span() for m in re.finditer(r'o', 'foo boo zoo')])

p = re.compile(r'(?P<word>\w+)@(?P<host>[\w.]+)')
print(p, p.pattern, p.groups, sorted(p.groupindex.items()), p.flags == re.UNICODE)
m = p.search('mail me: alice@example.com or bob@test.org')
print(m, m.group(), m.group('word'), m['host'], m.span('host'), m.groupdict())
print(p.findall('alice@example.com, bob@test.org'))

# Flags.
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M))
print(re.findall(r'a.c', 'a\nc abc', re.S))
print(re.findall(r'HELLO', 'hello Hello HELLO', re.I))
print(re.findall(r'''
    \d{3}   # area
    [-.]    # separator
    \d{4}   # number
''', 'call 555-1234 or 555.9876', re.X))
print(re.findall(r'\w+', 'naïve café 日本', re.A), re.findall(r'\w+', 'naïve café 日本'))
print(re.compile('a', re.I | re.M), re.compile(b'a', re.L), re.compile('a', re.A | re.S | re.X))

# Unicode and case folding.
print(re.findall(r'(?i)straße', 'STRASSE Straße STRAẞE'))
print(re.match(r'(?i)k', '\u212a'), re.match(r'(?i)[k]', '\u212a'), re.match(r'(?ia)k', '\u212a'))
print(re.findall(r'(?i)σ', 'Σσς'), re.findall(r'\d', '٣3३'), re.findall(r'\s', 'a\u2003b\u00a0c'))

# Lookarounds, backreferences, conditionals, possessive and atomic.
print(re.findall(r'(?<=\$)\d+', 'cost $30, $45 and 50'))
print(re.findall(r'\b(\w+)\s+\1\b', 'the the cat sat sat down'))
print(re.match(r'(<)?\w+(?(1)>)', '<tag>'), re.match(r'(<)?\w+(?(1)>)', 'tag>'))
print(re.match(r'a++b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'), re.match(r'a*+a', 'aaa'))
print(re.search(r'(?<!foo)bar', 'foobar xbar'))

# Bytes patterns.
print(re.findall(rb'[\x80-\xff]+', b'ab\x80\xffcd\xfe'))
print(re.match(rb'(\w+) (\w+)', b'hello world').groups())
print(re.sub(rb'\s+', b' ', bytearray(b'a  b\t\tc')))

# Escaping and purging.
print(re.escape('a.b*c?[d]'), re.escape(b'x+y'))
re.purge()
print(re.compile('x') is re.compile('x'))
