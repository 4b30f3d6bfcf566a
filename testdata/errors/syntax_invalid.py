# SyntaxError: an expression that does not parse.
print("never printed")
x = 1 +* 2
