# float repr: shortest round-tripping digits, exponents, specials.
values = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e16, 1e15,
          123456789.123, 1e22, 1e-5, 0.0001, 1.5e-7, 3.14159, 2.5e300, -1e-300,
          12345678901234567890.0, 0.5, 1e100, 9007199254740993.0]
for v in values:
    print(v, repr(v), str(v))
print([0.1, 1.25, -3.0], (2.0,), {1: 0.3})
print(float("inf"), float("-inf"), -float("inf"))
print(float("nan"))
inf = float("inf")
print(inf > 1e308, inf == inf, inf - 1)
print(1e308 * 10, -1e308 * 10)
print(float("1.5"), float(" 2.25 "), float("-0"), float(7), float("1e3"))
print(3.0 == 3, 0.1 + 0.2 == 0.3, 2.5 < 3, 1e1)
print(int(3.99), int(-3.99), int(1e20), int(-0.5))
print(float(2 ** 53 + 1), float(10 ** 30))
