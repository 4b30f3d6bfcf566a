# TypeError from adding an int and a str inside a function.
def combine(a, b):
    return a + b

print(combine(1, 2))
print(combine(1, "2"))
