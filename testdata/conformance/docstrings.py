"""The module's docstring."""

# __doc__ of modules, functions, lambdas, classes and methods.
print(__doc__)


def documented():
    """Function docstring.

    With a second paragraph.
    """


def undocumented():
    x = 1
    "a string later in the body is not a docstring"
    return x


def fstring_first():
    f"{1} is not a docstring"


class Documented:
    """Class docstring."""

    def method(self):
        "Method docstring."

    @staticmethod
    def static():
        "Static docstring."

    @property
    def prop(self):
        "Property docstring."
        return 1


class Plain:
    pass


class Child(Documented):
    pass


class ExcChild(ValueError):
    pass


print(repr(documented.__doc__))
print(undocumented.__doc__, fstring_first.__doc__, (lambda: "x").__doc__)
print(Documented.__doc__, Documented.method.__doc__, Documented().method.__doc__)
print(Documented.static.__doc__)
print(Plain.__doc__, Child.__doc__, ExcChild.__doc__)
print(ValueError.__doc__, BaseException.__doc__)

documented.__doc__ = "replaced"
print(documented.__doc__)
documented.__doc__ = None
print(documented.__doc__)
del documented.__doc__
print(documented.__doc__)

# The docstring is the first constant of a function's code.
print(undocumented.__code__.co_consts[0], Documented.method.__code__.co_consts[0])

# compile(optimize=2) drops them.
src = '"""m"""\ndef f():\n    "f doc"\nclass K:\n    "k doc"\n'
for opt in (0, 2):
    ns = {}
    exec(compile(src, "<doc>", "exec", optimize=opt), ns)
    print(opt, ns.get("__doc__"), ns["f"].__doc__, ns["K"].__doc__)
    ns.clear()

ns = {}
exec("x = 1", ns)
print("__doc__" in ns)
