x = b"café"
print(x)
