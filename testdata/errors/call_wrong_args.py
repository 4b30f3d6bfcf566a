# TypeError from calling a function with too many and missing arguments.
def pair(a, b):
    return (a, b)

print(pair(1, 2))
print(pair(1))
