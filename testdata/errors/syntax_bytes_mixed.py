x = b"abc" "def"
print(x)
