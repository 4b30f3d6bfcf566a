# for/while with else, break, continue, nested loops, pass.
for i in range(5):
    if i == 3:
        print("break at", i)
        break
else:
    print("not reached")

for i in range(3):
    pass
else:
    print("for completed, i =", i)

n = 0
while n < 3:
    n += 1
else:
    print("while completed, n =", n)

while True:
    n -= 1
    if n == 0:
        break
else:
    print("not reached")
print("n =", n)

for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)

primes = []
for cand in range(2, 30):
    for d in range(2, cand):
        if cand % d == 0:
            break
    else:
        primes.append(cand)
print(primes)

for row in range(3):
    for col in range(3):
        if col > row:
            break
        print(row, col, end=" | ")
print()

for x in []:
    print("never")
else:
    print("empty for else")

count = 0
while count < 10:
    count += 1
    if count < 8:
        continue
    print("count", count)

for ch in "abc":
    for i in range(2):
        if ch == "b":
            break
        print(ch, i)
    else:
        continue
    print("broke inner on", ch)
