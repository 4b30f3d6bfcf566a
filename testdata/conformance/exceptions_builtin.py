# Built-in operations raise the same exception types and messages as
# CPython; each is caught and its message printed.
def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {result!r}")

class Thing:
    def __init__(self):
        self.present = 1

attempt("div zero", lambda: 1 / 0)
attempt("floordiv zero", lambda: 1 // 0)
attempt("mod zero", lambda: 5 % 0)
attempt("float div zero", lambda: 1.0 / 0)
attempt("add int str", lambda: 1 + "a")
attempt("add str int", lambda: "a" + 1)
attempt("mul str str", lambda: "a" * "b")
attempt("sub list", lambda: [1] - [1])
attempt("neg str", lambda: -"s")
attempt("lt int str", lambda: 1 < "a")
attempt("index list", lambda: [1, 2][5])
attempt("index tuple", lambda: (1,)[-3])
attempt("index str", lambda: "abc"[10])
attempt("key", lambda: {"a": 1}["b"])
attempt("key int", lambda: {}[42])
attempt("attr", lambda: Thing().missing)
attempt("attr int", lambda: (5).nope)
attempt("attr None", lambda: None.x)
attempt("int parse", lambda: int("x12"))
attempt("int parse float str", lambda: int("1.5"))
attempt("float parse", lambda: float("abc"))
attempt("name", lambda: undefined_name)
five = 5
attempt("call non-callable", lambda: five())
attempt("too many args", lambda: attempt(1, 2, 3))
attempt("missing arg", lambda: divmod(1))
attempt("unpack few", lambda: [a for a, b in [(1,)]])
attempt("unpack many", lambda: [a for a, b in [(1, 2, 3)]])
attempt("list remove", lambda: [1, 2].remove(3))
attempt("list index", lambda: [1, 2].index(3))
attempt("pop empty", lambda: [].pop())
attempt("dict pop", lambda: {}.pop("k"))
attempt("set remove", lambda: {1}.remove(2))
attempt("unhashable", lambda: {[1]: 2})
attempt("str index", lambda: "abc".index("z"))
attempt("next exhausted", lambda: next(iter([])))
attempt("int of list", lambda: int([1]))
attempt("len of int", lambda: len(5))
attempt("iterate int", lambda: [x for x in 5])
attempt("subscript int", lambda: five[0])
attempt("chr range", lambda: chr(-1))
attempt("neg shift", lambda: 1 << -1)
attempt("max empty", lambda: max([]))

def assign_tuple_item():
    t = (1, 2)
    t[0] = 5

def assign_str_item():
    s = "abc"
    s[0] = "x"

def int_to_str_concat():
    total = 0
    total += "a"

attempt("tuple item assign", assign_tuple_item)
attempt("str item assign", assign_str_item)
attempt("augmented add", int_to_str_concat)
attempt("int base", lambda: int("z", 36))
attempt("round bad", lambda: round("x"))
attempt("sorted mixed", lambda: sorted([1, "a"]))
attempt("ok path", lambda: [1, 2][1])
