# Closures: captured variables, late binding, counters with nonlocal,
# closures over loop variables and over parameters.
def make_adder(n):
    def add(x):
        return x + n
    return add

add3 = make_adder(3)
add10 = make_adder(10)
print(add3(1), add10(1), make_adder(-1)(0))

def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())

funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([g() for g in funcs])

bound = []
for i in range(3):
    def h(i=i):
        return i
    bound.append(h)
print([g() for g in bound])

def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()

print(outer())

def shared_cell():
    value = []
    def push(v):
        value.append(v)
    def read():
        return list(value)
    return push, read

push, read = shared_cell()
push(1)
push(2)
print(read())

def late():
    def get():
        return y
    y = "assigned after def"
    return get()

print(late())

def accumulator(start):
    total = start
    def add(amount):
        nonlocal total
        total += amount
        return total
    return add

acc = accumulator(100)
acc(10)
print(acc(5))
