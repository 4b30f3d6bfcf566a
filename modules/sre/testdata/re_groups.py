# re: groups, spans, lastindex and lastgroup, and the match object's API.
import re

m = re.match(r'(a)(b)?(?P<c>c)?', 'ac')
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.group(0, 1, 2, 'c'), m.span(2), m.start(3), m.end(1), m.regs)
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re.pattern, m.string)
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'((a)b)', 'ab').lastindex)
print(re.match(r'(?P<x>a)(?P<y>b)', 'ab').lastgroup, re.match(r'(?P<x>a)(b)', 'ab').lastgroup)
print(re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(a|b)*', 'ab').span(1))
print(re.match(r'(a*)+b', 'aab').span(1), re.match(r'(a*)*', 'aa').span(1))
print(re.search(r'(?<=(a))b', 'ab').groups(), re.match(r'(?=(a))a', 'a').group(1))
for bad in [3, 'nope', -1]:
    try:
        print(m.group(bad))
    except IndexError as e:
        print('IndexError', e)
print(repr(re.search('x' * 60, 'x' * 70)))
print(re.compile(r'(?P<n>\d)').search('a1', 1), re.compile(r'\d').search('a1', 0, 1))
s = re.compile(r'\w').scanner('ab c')
print(s.match(), s.match(), s.match(), s.search())
print(bool(re.match('', '')), re.match('', '') is not None)
