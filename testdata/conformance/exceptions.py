# try/except/else/finally, raise, user exception classes, exception str and
# repr, args, re-raise, handlers matching base classes and tuples.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key

def lookup(d, key):
    if key not in d:
        raise NotFound(key)
    return d[key]

for key in ["a", "b"]:
    try:
        value = lookup({"a": 1}, key)
    except NotFound as exc:
        print("NotFound:", exc, "| key:", exc.key, "| args:", exc.args)
    else:
        print("found", value)
    finally:
        print("finally for", key)

try:
    raise AppError("plain", 42)
except AppError as e:
    print(str(e), repr(e), e.args, type(e).__name__)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner caught")
        raise
except ZeroDivisionError as e:
    print("outer caught:", e)

def risky(n):
    try:
        if n == 0:
            raise KeyError("zero")
        if n == 1:
            raise IndexError("one")
        return "ok"
    except (KeyError, IndexError) as e:
        return "handled " + type(e).__name__ + " " + repr(e)
    finally:
        print("cleanup", n)

print(risky(0))
print(risky(1))
print(risky(2))

try:
    raise NotFound("x")
except Exception as e:
    print(isinstance(e, AppError), isinstance(e, Exception), isinstance(e, NotFound))

print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(ValueError(1, 2)), str(ValueError(1, 2)))
print(repr(Exception()), str(Exception("msg")), repr(RuntimeError("r")))
err = TypeError("stored")
print(err, err.args[0])

try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs before the handler")
except ValueError as e:
    print("then caught", e)

def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally before return")

print(returns_in_finally())
e = None
try:
    raise RuntimeError("bound")
except RuntimeError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
caught = []
for exc_type in [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, AttributeError]:
    try:
        raise exc_type("m")
    except (ValueError, TypeError):
        caught.append("VT")
    except LookupError:
        caught.append("Lookup")
    except ArithmeticError:
        caught.append("Arith")
    except Exception:
        caught.append("Other")
print(caught)
