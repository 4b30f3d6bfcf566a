# Recursion: factorial, fibonacci, mutual recursion, deep-ish recursion
# well within the default limit, and recursion over nested data.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

print(fact(20), fact(50))
print([fib(i) for i in range(15)])
print(is_even(100), is_odd(77))
print(depth(900))
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:3])

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))

def catch_deep():
    def down(n):
        return down(n + 1)
    try:
        down(0)
    except RecursionError as e:
        return "RecursionError: " + str(e)

print(catch_deep())
