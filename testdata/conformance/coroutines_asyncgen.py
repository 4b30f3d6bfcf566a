# Async generators: async for over them, asend/athrow/aclose awaitables driven by hand,
# awaits passing through, finally on aclose.
class Aw:
    def __await__(self):
        v = yield "awaiting"
        return v

async def agen():
    try:
        x = yield 1
        print("agen got", x)
        y = await Aw()
        print("await gave", y)
        yield 2
    finally:
        print("agen finally")

async def main():
    out = []
    async for v in agen():
        out.append(v)
    return out

c = main()
print(c.send(None))
try:
    c.send("resumed")
except StopIteration as e:
    print("main", e.value)

g = agen()
a = g.asend(None)
try:
    a.send(None)
except StopIteration as e:
    print("first", e.value)
a = g.asend("X")
print(a.send(None))
try:
    a.send("Y")
except StopIteration as e:
    print("second", e.value)
cl = g.aclose()
try:
    cl.send(None)
except StopIteration as e:
    print("closed", e.value)
print(g.ag_running, g.ag_frame)

async def collect():
    return [x async for x in gen2()]
async def gen2():
    for i in range(3):
        yield i
try:
    collect().send(None)
except StopIteration as e:
    print(e.value)
g = gen2()
t = g.athrow(ValueError("boom"))
try:
    t.send(None)
except ValueError as e:
    print("athrow before start:", e)
