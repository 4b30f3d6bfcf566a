# ValueError from int() on a non-numeric string.
values = ["1", "2", "x"]
numbers = []
for v in values:
    numbers.append(int(v))
print(numbers)
