# SyntaxError: a parenthesis opened and never closed.
print("start")
total = (1 +
         2
print(total)
