# Coroutines: async def, await (coroutines, __await__ iterators), async with,
# async for, async comprehensions, send/close, cr_* attributes,
# coroutine.__await__() wrappers.
async def inner():
    return 41

async def outer():
    return await inner() + 1

c = outer()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(type(c), c.cr_frame, c.cr_running, c.cr_await)

class Aw:
    def __await__(self):
        x = yield "suspend"
        return x * 2

async def use():
    v = await Aw()
    return v

c = use()
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print("got", e.value)

class ACM:
    async def __aenter__(self):
        print("aenter")
        return "val"
    async def __aexit__(self, *a):
        print("aexit", a[0])
        return True

class AIt:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n

async def main():
    async with ACM() as v:
        print("body", v)
        raise ValueError
    out = []
    async for x in AIt():
        out.append(x)
    print(out, [x async for x in AIt()], {x: 1 async for x in AIt()})
    print([await inner() for _ in range(2)])
    return "main done"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

c = inner()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)
w = outer().__await__()
try:
    next(w)
except StopIteration as e:
    print("wrapper", e.value)
async def ag():
    yield 1
print(type(ag()))
