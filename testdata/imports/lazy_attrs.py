EAGER = 1


def __getattr__(name):
    if name == "LAZY":
        return "computed " + name
    raise AttributeError("module " + repr(__name__) + " has no attribute " + repr(name))
