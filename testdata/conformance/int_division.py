# Floor division and modulo follow the sign of the divisor; true division
# always gives a float.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -2.5)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(10 / 4, 10 / 5, -10 / 4, 1 / 3)
print(2 ** -1, 2 ** -2, (-2) ** 3, (-8) ** 2, 0 ** 0)
print(10 ** 18 // 7, -(10 ** 18) // 7, 10 ** 18 % -7)
print(5 // 1.0, -5 // 1.0, 5 % 1.0)
x = 17
x //= 5
print(x)
x %= 2
print(x)
y = 9
y /= 2
print(y)
