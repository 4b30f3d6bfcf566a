# Lambdas: as values, arguments, defaults, closures, immediately called.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda a, b=2: a + b)(1))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(7))))
make = lambda n: (lambda x: x * n)
print(make(3)(4))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
print((lambda x: "pos" if x > 0 else "non-pos")(-1))
print(square.__name__)
