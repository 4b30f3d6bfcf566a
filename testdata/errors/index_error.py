# IndexError from reading past the end of a list in a loop.
items = [1, 2, 3]
total = 0
for i in range(4):
    total += items[i]
print(total)
