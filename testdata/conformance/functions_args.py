# Function definitions and calls: positional, keyword, defaults, *args,
# **kwargs, keyword-only arguments, default evaluation time, return values.
def describe(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"

print(describe(1, c=3))
print(describe(1, 5, 6, 7, c=3, e=8, f=9))
print(describe(a=1, c=3, b=0, d=1))

def pos(a, b, c=10):
    return a + b + c

print(pos(1, 2), pos(1, 2, 3), pos(1, c=0, b=2), pos(*[1, 2]), pos(**{"a": 1, "b": 1}))

def collect(*items):
    return len(items), items

print(collect(), collect(1), collect(1, "two", [3]))

def kw_only(*, key, value=None):
    return key, value

print(kw_only(key="k"), kw_only(value=1, key=2))

def options(**opts):
    return sorted(opts.items())

print(options(), options(z=1, a=2))

def default_list(x, acc=[]):
    acc.append(x)
    return acc

print(default_list(1), default_list(2), default_list(3, []))
counter = 5
def default_time(v=counter):
    return v
counter = 6
print(default_time())

def nothing():
    pass

print(nothing(), nothing() is None)

def multiple():
    return 1, "two", [3]

one, two, three = multiple()
print(one, two, three, multiple())

def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i == 3:
            return "found 3"
    return "small"

print(early(-1), early(10), early(2))

def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)

print(apply(pos, 1, 2, c=3), apply(max, 3, 9, 4), apply(sorted, [3, 1, 2], reverse=True))
print(describe.__name__, pos.__name__)

def recursive_doc():
    "a docstring is just an expression"
    return 1

print(recursive_doc())
