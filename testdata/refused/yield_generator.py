# rcvm refuses generator functions: SyntaxError naming "yield" as not
# supported (CPython runs this and prints 0 1 2).
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

for v in count_up(3):
    print(v)
