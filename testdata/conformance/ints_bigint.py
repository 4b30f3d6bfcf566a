# Arbitrary-precision ints: growth past 64 bits, mixed signs, str/repr,
# comparisons across the small/big boundary.
a = 2 ** 64
print(a, a - 1, a + 1)
print(-a, -(a - 1))
print(2 ** 100, 2 ** 200 // 3 ** 50)
print(123456789 * 987654321 * 135792468)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // (2 ** 20), f % 1000003)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 9223372036854775807)
print((2 ** 64) == 18446744073709551616, 2 ** 64 > 2 ** 63, -(2 ** 70) < 5)
print(repr(10 ** 30), str(-10 ** 25))
print(abs(-(3 ** 45)), -(3 ** 45))
print(1_000_000 + 0x_ff + 0o17 + 0b1011)
print(0xDEADBEEF, 0o777, 0b1111_0000)
x = 1
for _ in range(100):
    x = x * 3 + 1
print(x)
print(x % 97, x // 10 ** 40, len(str(x)))
print(int("123456789012345678901234567890") + 1)
print(hash(12345), hash(-1 + 0) == hash(-1), hash(0))
print((10 ** 20) // (10 ** 10), (10 ** 20) % 7, (-10 ** 20) % 7, (-10 ** 20) // 7)
print(2 ** 64 & 0xFFFF, (2 ** 64 - 1) & 0xFFFF, (2 ** 65) | 1, (2 ** 64) ^ (2 ** 64 + 5))
print(1 << 100, (1 << 100) >> 95, -(1 << 70) >> 3)
print(divmod(10 ** 25 + 7, 10 ** 12))
print(pow(3, 100), pow(3, 100, 1000000007), pow(-2, 63))
