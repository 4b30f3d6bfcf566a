# isinstance, chr, ord, hash of ints, id (only compared), len, repr,
# callable-like checks through try, type names.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance("a", (int, float)))
print(chr(65), chr(97), chr(0x4e2d), chr(10) == "\n", ord("A"), ord("é"), ord("\n"), ord(chr(1000)))
print(hash(0), hash(1), hash(-1) == hash(-2), hash(42), hash(2 ** 61 - 1), hash(2 ** 61), hash(True))
print(hash(1.0) == hash(1), hash(0.0) == hash(0), hash(-5))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(id(None) == id(None), None is None)
print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(""))
print(repr("q'"), repr([None, 1.5]), repr({"k": (1,)}))
x = 5
print(isinstance(x, bool), isinstance(False, bool), type(x) == int, type(x) is int)
print(str(type(x) is int), type("") is str)
print(abs(-3) == 3 and chr(ord("a") + 1) == "b")
print([chr(c) for c in range(ord("a"), ord("f"))])
