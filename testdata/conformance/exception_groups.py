# BaseExceptionGroup and ExceptionGroup (PEP 654): construction,
# validation, str/repr, derive, split and subgroup.

def show(eg, depth=0):
    if eg is None:
        print("  " * depth + "None")
        return
    print("  " * depth + type(eg).__name__ + ": " + str(eg))
    if isinstance(eg, BaseExceptionGroup):
        for e in eg.exceptions:
            show(e, depth + 1)

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("x", (ValueError(), KeyboardInterrupt()))).__name__)
print(str(ExceptionGroup("one", [ValueError()])))
print(repr(ExceptionGroup("t", (ValueError(1),))))

bad = [
    lambda: BaseExceptionGroup("a"),
    lambda: BaseExceptionGroup("a", [ValueError()], 3),
    lambda: BaseExceptionGroup(1, [ValueError()]),
    lambda: BaseExceptionGroup("a", 1),
    lambda: BaseExceptionGroup("a", {ValueError()}),
    lambda: BaseExceptionGroup("a", []),
    lambda: BaseExceptionGroup("a", [1]),
    lambda: BaseExceptionGroup("a", [ValueError(), "x"]),
    lambda: ExceptionGroup("a", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("a", [ValueError()], x=1),
]
for f in bad:
    try:
        f()
    except (TypeError, ValueError) as x:
        print(type(x).__name__ + ":", x)

try:
    eg.message = "other"
except AttributeError as x:
    print("AttributeError:", x)

nested = ExceptionGroup("outer", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("inner", [ValueError(3), KeyError(4)]),
    ExceptionGroup("only-types", [TypeError(5)]),
])
for matcher in [ValueError, TypeError, (ValueError, KeyError), LookupError,
                Exception, ZeroDivisionError, ExceptionGroup,
                lambda e: isinstance(e, ValueError) and e.args[0] > 1]:
    match, rest = nested.split(matcher)
    print("split", getattr(matcher, "__name__", matcher if isinstance(matcher, tuple) else "predicate"))
    show(match, 1)
    show(rest, 1)
    show(nested.subgroup(matcher), 1)

for m in [1, "x", (ValueError, 1), int]:
    try:
        nested.split(m)
    except TypeError as x:
        print("TypeError:", x)

# split keeps the cause, context and notes of the group it came from.
orig = ExceptionGroup("o", [ValueError(1), TypeError(2)])
orig.__cause__ = KeyError("cause")
orig.__context__ = IndexError("context")
orig.add_note("a note")
m, r = orig.split(ValueError)
print(repr(m.__cause__), repr(m.__context__), m.__suppress_context__, m.__notes__)
print(m.__notes__ is orig.__notes__, r.__notes__ == orig.__notes__)

# derive decides the class of the parts.
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)

g = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = g.split(TypeError)
print(type(m).__name__, str(m), type(r).__name__, str(r))

class Plain(ExceptionGroup):
    pass

m, r = Plain("p", [ValueError(1), TypeError(2)]).split(TypeError)
print(type(m).__name__, type(r).__name__)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5

try:
    BadDerive("b", [ValueError(1), TypeError(2)]).split(TypeError)
except TypeError as x:
    print("TypeError:", x)

print(repr(g.derive([KeyError(1)])), type(ExceptionGroup("x", [ValueError()]).derive([KeyboardInterrupt()])).__name__)

# A group is an exception like any other.
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except ExceptionGroup as e:
    print("caught", repr(e))
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseExceptionGroup as e:
    print("caught base", repr(e))

big = ExceptionGroup("big", [ValueError(i) for i in range(20)])
print(str(big), len(big.exceptions))
