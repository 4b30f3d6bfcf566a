# Float arithmetic and mixed int/float promotion.
a = 1.5
b = 4
print(a + b, a - b, a * b, a / b, b / a, a ** 2, b ** 0.5, 2 ** 0.5)
print(-a, +a, abs(-a), a * -1)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10))
print(1e16 + 1, 1e16 + 2, 0.1 * 3, 1.1 * 1.1)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2)
print(1 / 7 * 7, 3 * (1 / 3))
print(max(1.5, 2), min(1, 1.0), 2 == 2.0, hash(2.0) == hash(2))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(3.14159, 3))
print(round(1234.5678, -2), round(15, -1), round(25, -1))
x = 10.0
x -= 0.25
x *= 3
x /= 4
print(x)
print(float(1) / 3 + 2 / 3, 0.1 + 0.7, 4.35 * 100)
print(1e300 * 1e300, -(1e300 * 1e300))
