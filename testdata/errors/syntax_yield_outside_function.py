# SyntaxError: yield at module level (rcvm refuses yield everywhere).
print("never printed")
yield 1
