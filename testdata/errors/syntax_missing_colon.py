# SyntaxError: a missing colon after an if condition.
x = 3
if x > 1
    print(x)
