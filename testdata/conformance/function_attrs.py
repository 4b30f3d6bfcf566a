# The attributes of function objects, and functions made from code
# objects with types.FunctionType (type(f)).


def sample(a, b=2, *c, d=4, **e):
    "sample doc"
    return a + b


print(sample.__name__, sample.__qualname__, sample.__module__, sample.__doc__)
print(sample.__defaults__, sample.__kwdefaults__, sample.__closure__)
print(sample.__code__.co_name, sample.__globals__ is globals(), type(sample.__builtins__).__name__)
print(type(sample.__dict__).__name__, sample.__dict__)


def outer():
    value = "closed over"

    def inner():
        return value

    return inner


inner = outer()
print(inner.__qualname__, len(inner.__closure__), inner.__closure__[0].cell_contents)
print(inner.__code__.co_freevars)

# Writable attributes.
sample.__name__ = "renamed"
sample.__qualname__ = "Some.renamed"
sample.__module__ = "elsewhere"
sample.__defaults__ = (10,)
sample.__kwdefaults__ = {"d": 40}
print(sample.__name__, sample.__qualname__, sample.__module__, sample(1), sample.__kwdefaults__)
sample.__defaults__ = None
try:
    sample(1)
except TypeError as e:
    print("TypeError:", e)
sample.__defaults__ = (2,)
sample.attribute = "x"
sample.__wrapped__ = outer
print(sample.attribute, sample.__wrapped__ is outer, sorted(sample.__dict__))
del sample.attribute
print(hasattr(sample, "attribute"))

errors = [
    lambda: setattr(sample, "__name__", 5),
    lambda: setattr(sample, "__qualname__", None),
    lambda: setattr(sample, "__defaults__", [1]),
    lambda: setattr(sample, "__kwdefaults__", 5),
    lambda: setattr(sample, "__code__", 5),
    lambda: setattr(sample, "__code__", inner.__code__),
    lambda: setattr(sample, "__globals__", {}),
    lambda: setattr(sample, "__closure__", ()),
    lambda: delattr(sample, "__name__"),
    lambda: delattr(sample, "__dict__"),
    lambda: delattr(sample, "missing"),
    lambda: sample.missing,
]
for e in errors:
    try:
        e()
        print("no error")
    except (TypeError, ValueError, AttributeError) as x:
        print(type(x).__name__ + ":", x)

# Swapping code objects.


def one():
    return 1


def two():
    return 2


one.__code__ = two.__code__
print(one(), one.__name__)

# types.FunctionType(code, globals, name=None, argdefs=None, closure=None).
FunctionType = type(one)
g = {"base": 100}
add = FunctionType(compile("base + 1", "<f>", "eval"), g)
print(add(), add.__name__, add.__module__)
code = compile("def template(x, y=1):\n    return x * y + base\n", "<t>", "exec")
template_code = [c for c in code.co_consts if type(c) is type(code)][0]
made = FunctionType(template_code, g, "made", (5,))
print(made(2), made.__name__, made.__defaults__, made.__globals__ is g)
closure_fn = FunctionType(inner.__code__, {}, None, None, inner.__closure__)
print(closure_fn(), closure_fn.__name__)
for bad in [(5, {}), (template_code, 5), (template_code, {}, 5), (template_code, {}, None, 5),
            (inner.__code__, {}), (inner.__code__, {}, None, None, (1,)),
            (inner.__code__, {}, None, None, ()), (template_code, {}, None, None, 5)]:
    try:
        FunctionType(*bad)
        print("no error")
    except (TypeError, ValueError) as x:
        print(type(x).__name__ + ":", x)
g.clear()
