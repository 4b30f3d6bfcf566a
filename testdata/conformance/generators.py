# Generators: yield, send, throw, close, return values, PEP 479, state
# attributes, finalization, exception state, and yield in every position.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", repr(e.value))
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value))
print(next(count(0), "default"))


def echo():
    r = yield "ready"
    while True:
        r = yield r * 2


e = echo()
print(e.send(None), e.send(3), e.send(10))
e.close()
print(e.gi_frame, e.gi_running, e.gi_suspended)
try:
    e.send(1)
except StopIteration as x:
    print("send after close:", repr(x))

try:
    echo().send(1)
except TypeError as x:
    print(x)


def states():
    yield gen.gi_running


gen = states()
print(gen.gi_running, gen.gi_suspended, gen.gi_frame is not None)
print(next(gen))
print(gen.gi_suspended, gen.gi_frame.f_lineno)
print(gen.gi_code.co_name, gen.__name__, gen.__qualname__)


def reenter():
    yield next(me)


me = reenter()
try:
    next(me)
except ValueError as x:
    print("ValueError:", x)


def fin(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


def drop():
    log = []
    f = fin(log)
    next(f)
    del f
    log.append("after del")
    return log


print(drop())


def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


c = closer()
next(c)
print(c.close(), c.gi_frame)


def stubborn(stop):
    while not stop:
        try:
            yield 1
        except GeneratorExit:
            pass


stop = []
s = stubborn(stop)
next(s)
try:
    s.close()
except RuntimeError as x:
    print("RuntimeError:", x)
stop.append(1)


def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        yield 2
    yield 3


t = thrower()
next(t)
print(t.throw(ValueError("x")))
print(next(t))
t = thrower()
next(t)
print(t.throw(ValueError, "y"))
t = thrower()
next(t)
print(t.throw(ValueError, ValueError("z"), None))
t = thrower()
next(t)
print(t.throw(ValueError, ("a", "b")))
t = thrower()
try:
    t.throw(KeyError)
except KeyError as x:
    print("unstarted throw propagates", repr(x), t.gi_frame)
for bad in [(1,), (ValueError("v"), 1), (ValueError, None, 1)]:
    try:
        thrower().throw(*bad)
    except TypeError as x:
        print("TypeError:", x)
try:
    thrower().throw()
except TypeError as x:
    print("TypeError:", x)


def pep479():
    yield 1
    raise StopIteration("inner")


try:
    list(pep479())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)


def returns_tuple():
    return (1, 2)
    yield


try:
    next(returns_tuple())
except StopIteration as e:
    print("tuple value", e.value, e.args)


def excinfo():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


gen = excinfo()
print(next(gen), sys.exc_info()[0])
try:
    raise TypeError
except TypeError:
    print(next(gen))


def ctx():
    try:
        yield
    except Exception as e:
        yield repr(e.__context__)


g = ctx()
next(g)
try:
    raise OSError("outer")
except OSError:
    print(g.throw(ValueError("thrown")))


class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *a):
        print("exit", a[0])
        return False


def with_yield():
    with CM():
        yield "in with"
        yield "still"


w = with_yield()
print(next(w))
w.close()


def yield_everywhere():
    x = yield
    y = [(yield 1), (yield 2)]
    z = {(yield "k"): (yield "v")}
    s = f"{(yield 'f')}"
    a = (yield) or "default"
    b = yield 1, 2
    yield x, y, z, s, a, b


g = yield_everywhere()
vals = [next(g)]
for v in ["x", "y1", "y2", "key", "val", "fs", None, "b"]:
    vals.append(g.send(v))
print(vals)

lam = lambda: (yield 5)
print(list(lam()), type(lam()))


def gen_in_class():
    class K:
        def m(self):
            yield self
    return K


print(list(gen_in_class()().m())[0].__class__.__name__)
print(gen_in_class().m.__qualname__, gen_in_class()().m().__qualname__)


def recursive(n):
    if n:
        yield n
        yield from recursive(n - 1)


print(list(recursive(10)))
print(sum(x * x for x in range(10)))
g = (x for x in [1])
print(g.__name__, g.__qualname__, type(g), g.gi_code.co_name)
print(repr(count(1)).startswith("<generator object count at 0x"))


def gen_return_in_finally():
    try:
        yield 1
    finally:
        return 99


g = gen_return_in_finally()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("finally return", e.value)


def local_state(n):
    total = 0
    for i in range(n):
        total += i
        yield total


print(list(local_state(6)))
g = local_state(3)
next(g)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 3
except TypeError as x:
    print("TypeError:", x)
try:
    del g.__qualname__
except TypeError as x:
    print("TypeError:", x)
