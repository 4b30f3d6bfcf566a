import _string
def T(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
cases = ['a{{b', '}}x', '{}', 'x{0!r:>5}y', '{a[1:2]}', '{a:{b}}', '{', '}', 'x{a', '{a!}', '{a!rx}', '{a!r', '{{}}', '{a{b}', '{!r}', 'a{b:c}d{e!s}', '', 'plain', '{a[}]}', '{a:}', '{a!r:}', '{:{:{}}}', '{a!:x}', 'é{ü}ß']
alpha = '{}!:ab[].r'
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
for n in range(400):
    cases.append(''.join(alpha[rnd() % len(alpha)] for _ in range(rnd() % 8)))
for s in cases:
    T(lambda: (s, list(_string.formatter_parser(s))))
for s in ['a.b[0][x].c', '0[1]', '', 'a.', 'a[', 'a[1]x', '.b', '[1]', 'a..b', '12', '-1.x', 'a[]', 'a[[]', 'x.y.z', '0', '007', 'a[ab.c]']:
    def g():
        f, it = _string.formatter_field_name_split(s)
        return s, f, list(it)
    T(g)
T(lambda: _string.formatter_parser(1)); T(lambda: _string.formatter_field_name_split(1))
print(type(_string.formatter_parser('')).__name__, type(_string.formatter_field_name_split('')[1]).__name__)
