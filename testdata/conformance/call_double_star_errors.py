# Issue 8 item 3: a bad ** argument raises CPython's TypeError (was a Go panic).
def f(**k): pass
class C:
    def m(self, **k): pass
for src in ["f(**None)", "f(1, **5)", "print(**5)", "C().m(**5)", "f(**{'a': 1}, **{'a': 2})", "f(a=1, **{'a': 2})", "f(*(), **7)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
