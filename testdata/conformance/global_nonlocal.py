# global and nonlocal declarations, shadowing, and module-level state.
count = 0
name = "module"

def bump():
    global count
    count += 1
    return count

def shadow():
    name = "local"
    return name

def read_global():
    return name

bump()
bump()
print(count, shadow(), read_global(), name)

def create_global():
    global created
    created = "made inside a function"

create_global()
print(created)

def outer():
    level = "outer"
    def middle():
        nonlocal level
        level = "changed by middle"
        def inner():
            nonlocal level
            level += " and inner"
        inner()
    middle()
    return level

print(outer())

def make_counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get

inc, get = make_counter()
inc()
inc(5)
print(get())

x = "global x"
def uses_local():
    x = "local x"
    def inner():
        return x
    return inner()
print(uses_local(), x)

def rebind_list():
    global items
    items = items + [4]

items = [1, 2, 3]
rebind_list()
print(items)

def mutate_without_global():
    items.append(5)

mutate_without_global()
print(items)
