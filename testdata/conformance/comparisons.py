# Comparison operators: chained comparisons, mixed int/float, identity,
# membership, sequences compared element-wise, None comparisons.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 >= 2 > 1, 1 == 1.0 == True, 1 < 2 > 0)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
print(2 ** 64 > 1.5, 2 ** 64 == float(2 ** 64), 10 ** 30 < 1e31, -1 < -0.5, 0.0 == -0.0)
one = 1
print(None is None, None == None, one is not None, "a" != "b")
x = [1, 2]
y = x
print(x is y, x == [1, 2], x is not [1, 2])
print(2 in [1, 2], 3 not in (1, 2), "b" in "abc", "ab" in "abc", 1 in {1: "one"}, "one" in {1: "one"}, 5 in range(10))
print([1, 2, 3] < [1, 2, 4], (1, "a") < (1, "b"), "Z" < "a", [2] > [1, 99], () < (0,), [] == [])
print(1 != 2, not 1 == 2, not (1 < 2 < 0))
a, b = 5, 5.0
print(a == b, a <= b, a >= b, a != b, max(a, b), min(b, a))
print(float("inf") > 10 ** 300, -float("inf") < -(10 ** 300))
print(True > False, True == 1, False == 0, True + 1 > 1)
print(sorted([3, 1.5, 2, -1, 0.0]))
