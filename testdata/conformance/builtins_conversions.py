# Constructors and conversions: int, float, str, bool, list, tuple, dict,
# set, repr.
print(int(), int(7), int(-7.9), int("42"), int("  -17  "), int("1_000"), int(True), int("+5"))
print(int("ff", 16), int("0xff", 16), int("777", 8), int("101", 2), int("z", 36), int("0b11", 0), int("10", 0))
print(float(), float(3), float("2.5"), float("  -1e-3 "), float("inf"), float(True))
print(str(), str(5), str(-2.5), str(None), str(True), str([1, "a"]), str((1,)), str({"a": 1}))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]),
      bool(()), bool({}), bool(None), bool(set()))
print(list(), list("ab"), list(range(3)), list((1, 2)), list({"k": 1}))
print(tuple(), tuple([1, 2]), tuple("xy"))
print(dict(), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3))
print(set(), set([3, 1, 3]), len(set("hello")))
print(repr(1), repr(1.0), repr("s"), repr([1, "s"]), repr(None), repr(True), repr((1, "a")))
print(str(10 ** 20), int(str(10 ** 20)) == 10 ** 20, float(str(0.1)) == 0.1)
print(int(float("1e6")), int(2.5), int(-2.5), int(" 0 "))
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(()).__name__,
      type({}).__name__, type(set()).__name__, type(None).__name__, type(True).__name__)
print(True + True, True * 3, False - 1, 1 == True, str(True + 0))
