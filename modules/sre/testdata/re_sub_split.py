# re: sub, subn and split, templates and the empty-match rules of 3.7+.
import re

print(re.sub(r'\d+', '#', 'a1b22c333'))
print(re.subn(r'\d+', '#', 'a1b22c333', count=2))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<a>\w)(?P<b>\w)', r'\g<b>\g<a>', 'abcd'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'ab'))
print(re.sub(r'x', r'\n\t\\', 'axb'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'\w+', lambda m: m.group().upper(), 'make this loud'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub(r'\b', '|', 'ab cd'))
print(re.subn('', '-', ''), re.sub('$', '!', 'a\n', flags=re.M))
print(re.split(r'\s+', 'a b   c\td'))
print(re.split(r'(\s+)', 'a b   c'))
print(re.split(r'x*', 'axbxxc'), re.split(r'\b', 'ab cd'), re.split('', 'abc'))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\d', 'abc'), re.split(r'a', 'a'))
m = re.search(r'(?P<first>\w+) (?P<last>\w+)', 'John Smith')
print(m.expand(r'\g<last>, \g<first>'), m.expand(r'\2 \1!'))
print(re.sub(rb'(\w+)', rb'<\1>', b'ab cd'))
for bad in [r'\3', r'\g<x>', r'\g<1', '\\']:
    try:
        re.sub(r'(a)', bad, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
