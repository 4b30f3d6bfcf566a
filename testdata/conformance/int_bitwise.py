# Bitwise operators, shifts and inversion on ints, including negatives.
vals = [0, 1, 5, 12, -1, -6, 255, 1023]
for v in vals:
    print(v, ~v, v << 3, v >> 1, v & 0xF, v | 0x10, v ^ 0xFF)
print(6 & 3, 6 | 3, 6 ^ 3, -6 & 3, -6 | 3, -6 ^ 3)
print(1 << 0, 1 << 62, 1 << 63, 1 << 64)
print(-1 >> 10, -1024 >> 3, 1024 >> 20)
print(True & False, True | False, True ^ True)
m = 0b1010
m |= 0b0101
print(m)
m &= 0b0110
print(m)
m ^= 0b1111
print(m)
m <<= 4
print(m)
m >>= 2
print(m)
