# rcvm refuses async/await.
async def inner():
    return 41

async def outer():
    return await inner() + 1

c = outer()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
