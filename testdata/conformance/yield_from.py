# yield from: delegation of next, send, throw and close, return values,
# plain iterators, and gi_yieldfrom.


def inner():
    x = yield 1
    print("inner got", x)
    try:
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "handled"
    return "inner result"


def outer():
    r = yield from inner()
    print("inner returned", r)
    r = yield from [7, 8]
    print("list returned", r)
    return "outer result"


o = outer()
print(next(o), o.send("sent"))
print(type(o.gi_yieldfrom).__name__ if False else o.gi_yieldfrom.__name__)
print(o.throw(KeyError("k")))
print(next(o), next(o))
try:
    next(o)
except StopIteration as e:
    print("outer stop", e.value)
print(o.gi_yieldfrom)


def closing_inner(log):
    try:
        yield 1
    finally:
        log.append("inner closed")


def closing_outer(log):
    try:
        yield from closing_inner(log)
    finally:
        log.append("outer closed")


def run_close():
    log = []
    g = closing_outer(log)
    next(g)
    g.close()
    return log


print(run_close())


class Sub:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n)
        return self.n

    def send(self, v):
        print("Sub.send", v)
        return self.__next__()

    def throw(self, *a):
        print("Sub.throw", a[0].__name__ if isinstance(a[0], type) else repr(a[0]))
        raise StopIteration("thrown out")

    def close(self):
        print("Sub.close")


def deleg():
    r = yield from Sub()
    print("Sub returned", r)
    yield "after"


d = deleg()
print(next(d), d.send("v"))
print(d.throw(ValueError))
d = deleg()
next(d)
d.close()


def no_throw():
    yield from iter([1, 2])


n = no_throw()
next(n)
try:
    n.throw(ValueError("no throw method"))
except ValueError as e:
    print("propagated", e)


def chain(*its):
    for it in its:
        yield from it


print(list(chain("ab", range(3), (x * 2 for x in [5]))))


def gen_exhausted():
    g = iter([])
    r = yield from g
    yield r


print(list(gen_exhausted()))


def raising():
    yield 1
    raise ValueError("from inner")


def catcher():
    try:
        yield from raising()
    except ValueError as e:
        yield "caught " + str(e)


print(list(catcher()))


def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1


g = deep(50)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)
