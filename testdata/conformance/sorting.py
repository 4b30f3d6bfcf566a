# Sorting: stability, keys, reverse (stable too), tuples, list.sort vs
# sorted, sorting objects by attribute.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records))
by_name = sorted(records, key=lambda r: r[0], reverse=True)
print(by_name)
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 2, n)))
nums.sort()
print(nums)
nums.sort(key=lambda n: -n)
print(nums)

class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age

people = [Person("x", 30), Person("y", 25), Person("z", 30)]
print([p.name for p in sorted(people, key=lambda p: p.age)])
print([p.name for p in sorted(people, key=lambda p: (-p.age, p.name))])
print(sorted("Hello World".split(), key=str.lower), sorted([[2, 1], [1, 2], [1]]))
print(sorted([3.5, 1, 2.25]), sorted([True, False, True]), sorted(range(5), reverse=True))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len, reverse=True)
print(words)
print(sorted({3: "c", 1: "a", 2: "b"}.items()), sorted({"b": 1, "a": 2}))
