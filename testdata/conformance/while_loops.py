# while loops with complex conditions, counters and early exits.
i = 0
total = 0
while i < 100 and total < 1000:
    total += i * i
    i += 1
print(i, total)

a, b = 0, 1
fibs = []
while a < 200:
    fibs.append(a)
    a, b = b, a + b
print(fibs)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps:", steps)

items = [5, 3, 8, 1]
while items:
    print(items.pop(), end=" ")
print()

x = 10
while x:
    x -= 3
    if x < 0:
        print("went negative", x)
        break
