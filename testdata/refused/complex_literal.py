# rcvm refuses complex numbers: SyntaxError naming "complex" literals as
# not supported (CPython prints (1+2j)).
z = 1 + 2j
print(z)
