import sys


def show(e):
    print(type(e).__name__ + ":", str(e).replace(sys.path[0], "DIR"), e.name)


for mod, name in [("nosuchmodule", None), ("imppkg.nosuch", None), ("notapkg.sub", None),
                  ("imppkg", "nosuch"), ("notapkg", "Y"), ("imppkg.badsyntax", None)]:
    try:
        if name is None:
            __import__(mod)
        else:
            getattr(__import__(mod, None, None, [name], 0), name)
    except ImportError as e:
        show(e)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
    except AttributeError as e:
        print("AttributeError", e)
try:
    from imppkg import nosuch
except ImportError as e:
    show(e)
try:
    from notapkg import Y
except ImportError as e:
    show(e)
import counter
for attempt in range(2):
    try:
        import raises_on_import
    except ValueError as e:
        print("ValueError", e, "raises_on_import" in sys.modules)
print(counter.hits)
import counted, counted
del sys.modules["counted"]
import counted
print(counter.hits)
sys.modules["fake"] = None
try:
    import fake
except ImportError as e:
    show(e)
sys.modules["fake"] = counter
import fake
print(fake is counter)
for level, name in [(1, "x"), (3, "")]:
    try:
        __import__(name, {"__name__": "imppkg.sub", "__package__": "imppkg.sub"}, None, ["y"], level)
    except ImportError as e:
        print(type(e).__name__, e)
try:
    __import__("", {"__name__": "__main__"}, None, ["x"], 1)
except ImportError as e:
    print(type(e).__name__, e)
for bad in [lambda: __import__(""), lambda: __import__(5), lambda: __import__("x", level=-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
