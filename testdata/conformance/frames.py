# Frame objects: sys._getframe, f_back, f_code, f_locals, f_globals,
# f_lineno, and frames that outlive their call.
import sys


def names(f):
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def where():
    # (A frame kept in one of its own variables is a reference cycle:
    # delete them, as the inspect documentation advises.)
    f = sys._getframe()
    caller = sys._getframe(1)
    r = f.f_code.co_name, f.f_lineno, caller.f_code.co_name, caller.f_lineno
    del f, caller
    return r


def a():
    return b()


def b():
    return names(sys._getframe())


print(a())
print(where())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
print(sys._getframe().f_globals is globals(), type(sys._getframe().f_builtins).__name__)
print(sys._getframe(0).f_back)

for bad in [-1, 100, "x", 1.5]:
    try:
        sys._getframe(bad)
        print("no error", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


def with_locals(p, q=2):
    r = p + q
    f = sys._getframe()
    loc = f.f_locals
    print(sorted(loc), loc["r"])
    s = 5
    same = f.f_locals is loc
    del loc  # (the refreshed dict would hold itself)
    print(sorted(f.f_locals), same)
    del s
    print("s" in f.f_locals)
    return f


# A frame that outlives its call keeps its code, globals and locals.
done = with_locals(1)
print(done.f_code.co_name, done.f_lineno, done.f_back.f_code.co_name)
print(sorted(done.f_locals), done.f_locals["r"])
print(done.f_globals is globals(), type(done.f_lasti).__name__)
done.clear()
print(sorted(done.f_locals))
del done


def closure_frame():
    cell = "captured"

    def inner():
        return sys._getframe()

    fr = inner()
    r = sorted(fr.f_locals.items()), fr.f_code.co_freevars
    del fr
    return r


print(closure_frame())


class Body:
    frame = sys._getframe()
    print(frame.f_code.co_name, sorted(k for k in frame.f_locals if not k.startswith("__")))
    del frame


print(sys._getframe().f_locals is globals())

# The tracing attributes are accepted (rcvm does not trace).
fr = sys._getframe()
fr.f_trace = None
fr.f_trace_lines = False
print(fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
try:
    fr.f_trace_lines = 1
except TypeError as e:
    print("TypeError:", e)
try:
    fr.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    fr.f_lineno = 3
except ValueError as e:
    print("ValueError:", e)
del fr


def deep(n):
    if n == 0:
        return len(names(sys._getframe()))
    return deep(n - 1)


print(deep(50) - deep(0))
