package core

import "testing"

var formatCases = []numbersCase{
	{"format specs", `print(format(3.14159, '.2f'), format(1234567.891, ',.2f'), format(-42, '+d'), format(3.5, 'e'), format(0.000012345, 'g'))
print(format(1e20, 'g'), format(1e100, ''), format(12, 'x'), format(12, '#o'), format(0.5, '%'), format(2**100, ','))
print(format(-0.0, ''), format(float('nan'), ''), format(float('inf'), '10.2f') + '|', format(42, '*^9'), format(-42, '=+8'))
print(format(255, '08b'), format(1.5, '010.3f'), format(123456789, '_'), format(1.0, 'g'), format(10**16, ''), format(1e16, 'n'))
print(format(True, ''), format(True, 'd'), format(True, '>5'), format(False, 'x'), format('abc', '^7') + '|', format('abc', '*<6'))
print(format(3, '.2f'), format(7, 'e'), format(2**64, 'x'), format(-2**64, '#b'), format(1.25, '.1f'), format(2.675, '.2f'))`, "3.14 1,234,567.89 -42 3.500000e+00 1.2345e-05\n1e+20 1e+100 c 0o14 50.000000% 1,267,650,600,228,229,401,496,703,205,376\n-0.0 nan        inf| ***42**** -     42\n11111111 000001.500 123_456_789 1 10000000000000000 1e+16\nTrue 1     1 0   abc  | abc***\n3.00 7.000000e+00 10000000000000000 -0b10000000000000000000000000000000000000000000000000000000000000000 1.2 2.67\n"},
	{"f-strings", `x, y, s = 3.14159, 255, 'hi'
print(f'{x:.3}', f'{y:05}', f'{s!r}', f'{1e-7}', f'{x:10.1f}|', f'{10**20}', f'{y:#x}', f'{y:>{6}}', f'{s:^{y % 7}}|')
print(f'{True}', f'{None}', f'{[1, 2]}', f'{2.0}', f'{-0.5:+.1e}', f'{x!s:>12}', f'{"é"!a}')`, "3.14 00255 'hi' 1e-07        3.1| 100000000000000000000 0xff    255 hi |\nTrue None [1, 2] 2.0 -5.0e-01      3.14159 '\\xe9'\n"},
	{"str.format", `print('{} {}'.format(1, 2), '{1} {0}'.format(1, 2), '{a} {b}'.format(a=1, b=2), '{0[1]}'.format([5, 6]), '{0.real}'.format(3))
print('{:{}{}}'.format(1, '>', 5), '{0:{1}}'.format(3.14159, '.2f'), '{{}}'.format(), 'x}}y{{'.format(), '{:>{w}}'.format(1, w=4))
print('{0[1][0]}'.format([1, [5]]), '{!s:>4}'.format(1), '{!a}'.format('é'), '{:,}'.format(10**10), '{:_x}'.format(2**32))
print('{0!r:^10}'.format('a'), '{:>8}'.format('x'), '{0[a]}'.format({'a': 'dict'}), '{0[0]}'.format({0: 'int key'}), '{00}'.format('z'))
print('{0}{1}{0}'.format('ab', 'c'), '{x.imag}'.format(x=2.5), '{:}'.format(7), '{0:}'.format(8), '{!r}'.format(1.5))
class P:
    def __format__(self, spec):
        return 'P(' + spec + ')'
print('{:abc} {}'.format(P(), P()), f'{P():x{1}}')`, "1 2 2 1 1 2 6 3\n    1 3.14 {} x}y{    1\n5    1 '\\xe9' 10,000,000,000 1_0000_0000\n   'a'            x dict int key z\nabcab 0.0 7 8 1.5\nP(abc) P() P(x1)\n"},
	{"str.format errors", `tests = ['{0}{}', '{}{0}', '{', '}', '{1}', '{a}', '{!x}', '{0.real', '{:{}}', '{0[a]}', '{0.foo}', '{:{:{}}}', '{0!}',
         '{0!rx}', '{0.}', '{0[}', '{0]}', '{0[0]x}', '{0{', '{:d}', '{0[]}', '{:{}:{}}', '{!}', '{0!:}']
for f in tests:
    try:
        print(repr(f), '->', repr(f.format([1])))
    except Exception as e:
        print(repr(f), type(e).__name__, e)`, "'{0}{}' ValueError cannot switch from manual field specification to automatic field numbering\n'{}{0}' ValueError cannot switch from automatic field numbering to manual field specification\n'{' ValueError Single '{' encountered in format string\n'}' ValueError Single '}' encountered in format string\n'{1}' IndexError Replacement index 1 out of range for positional args tuple\n'{a}' KeyError 'a'\n'{!x}' ValueError Unknown conversion specifier x\n'{0.real' ValueError expected '}' before end of string\n'{:{}}' IndexError Replacement index 1 out of range for positional args tuple\n'{0[a]}' TypeError list indices must be integers or slices, not str\n'{0.foo}' AttributeError 'list' object has no attribute 'foo'\n'{:{:{}}}' IndexError Replacement index 1 out of range for positional args tuple\n'{0!}' ValueError unmatched '{' in format spec\n'{0!rx}' ValueError expected ':' after conversion specifier\n'{0.}' ValueError Empty attribute in format string\n'{0[}' ValueError expected '}' before end of string\n'{0]}' KeyError '0]'\n'{0[0]x}' ValueError Only '.' or '[' may follow ']' in format field specifier\n'{0{' ValueError unexpected '{' in field name\n'{:d}' TypeError unsupported format string passed to list.__format__\n'{0[]}' ValueError Empty attribute in format string\n'{:{}:{}}' IndexError Replacement index 1 out of range for positional args tuple\n'{!}' ValueError unmatched '{' in format spec\n'{0!:}' ValueError Unknown conversion specifier :\n"},
	{"percent", `print('%s' % 1, '%r' % 'x', '%5.2f' % 3.14159, '%-5d|' % 42, '%x %X %o' % (255, 255, 8), '%e' % 12345.678, '%g' % 0.0001)
print('%(a)s-%(b)d' % {'a': 'x', 'b': 2}, '%c' % 65, '%c' % 'z', '%%' % (), '%s' % [1, 2], '%s' % (1,), '%.3s' % 'abcdef')
print('%+d' % 5, '% d' % 5, '%#x' % 255, '%d' % 3.9, '%i' % True, '%s %s' % ('a', 'b'), '%5s|%-5s|' % ('ab', 'cd'), '%*d' % (5, 3))
print('%.2f%%' % 99.5, '%03d' % 7, '%d' % 2**70, '%x' % -255, '%r' % [1, 'a'], '%a' % 'é', '%s' % None, '%.0f' % 0.5, '%.0f' % 1.5)
tests = [('%d', 'a'), ('%d %d', (1,)), ('%d', (1, 2)), ('%c', 1114112), ('%c', 'ab'), ('%x', 1.5), ('%s %s', {'a': 1}), ('%(a)s', {}), ('%y', 1), ('%', 1)]
for f, a in tests:
    try:
        print(f % a)
    except Exception as e:
        print(repr(f), type(e).__name__, e)`, "1 'x'  3.14 42   | ff FF 10 1.234568e+04 0.0001\nx-2 A z % [1, 2] 1 abc\n+5  5 0xff 3 1 a b    ab|cd   |     3\n99.50% 007 1180591620717411303424 -ff [1, 'a'] '\\xe9' None 0 2\n'%d' TypeError %d format: a real number is required, not str\n'%d %d' TypeError not enough arguments for format string\n'%d' TypeError not all arguments converted during string formatting\n'%c' OverflowError %c arg not in range(0x110000)\n'%c' TypeError %c requires int or char\n'%x' TypeError %x format: an integer is required, not float\n'%s %s' TypeError not enough arguments for format string\n'%(a)s' KeyError 'a'\n'%y' ValueError unsupported format character 'y' (0x79) at index 1\n'%' ValueError incomplete format\n"},
}

func TestFormat(t *testing.T) { runNumbersCases(t, formatCases) }
