x = b"ab\x4g"
print(x)
