# rcvm refuses "yield from" (a generator delegating to another).
def inner():
    yield 1

def outer():
    yield from inner()

print(list(outer()))
