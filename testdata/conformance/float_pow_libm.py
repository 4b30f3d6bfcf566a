# float ** float and math.pow are the C library's pow, bit for bit, where a
# correctly rounded result would differ in the last digit (issue 9 §4).
import math

cases = [(4.583763671875, -1.5), (2.1161500560029975, 13.0),
         (3.7324034878752164, -16.990075340667754), (4.008704925715778, -12.0),
         (1.0000001, 1e9), (-2.5, 3.0), (-2.5, -4.0), (10.0, -300.0), (0.5, 1074.5)]
for x, y in cases:
    print(repr(x ** y), repr(math.pow(x, y)), repr(pow(x, y)))

total = 0.0
for i in range(1, 2000):
    total += (i / 7.0) ** (1.0 / (i % 13 + 1.5))
print(repr(total))
