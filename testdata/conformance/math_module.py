# The math module: constants and functions whose results are exactly
# representable or printed with limited precision (C libm and Go's math may
# differ in the last bit of transcendental results).
import math
from math import sqrt, pi

print(math.pi, math.e, pi == math.pi, math.inf, -math.inf, math.tau)
print(sqrt(16), math.sqrt(2), math.sqrt(0.25), int(math.sqrt(17)))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.floor(5), math.ceil(10 ** 20))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3))
print(math.gcd(12, 18), math.gcd(0, 5), math.factorial(10), math.factorial(25))
print(math.isnan(float("nan")), math.isinf(math.inf), math.isfinite(1.0), math.isnan(1.0))
print(f"{math.sin(1.0):.12f} {math.cos(1.0):.12f} {math.tan(0.5):.12f}")
print(f"{math.exp(1.0):.12f} {math.log(10):.12f} {math.log(8, 2):.10f} {math.log10(1000):.10f} {math.log2(1024):.10f}")
print(f"{math.atan2(1, 1):.12f} {math.asin(1):.12f} {math.acos(0):.12f} {math.atan(1):.12f}")
print(f"{math.hypot(3, 4)} {math.pow(2, 10)} {math.degrees(math.pi):.9f} {math.radians(180):.12f}")
print(math.sin(0), math.cos(0), math.exp(0), math.log(1), math.sqrt(0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(math.floor(-0.5), math.ceil(-0.5), abs(math.floor(-0.0)))
print(round(math.pi, 4), f"{math.e:.5f}")
