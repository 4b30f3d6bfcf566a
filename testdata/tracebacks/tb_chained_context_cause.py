# Context, then cause, then context: the chain printed in order.
def a():
    raise KeyError("a")


def b():
    try:
        a()
    except KeyError as e:
        raise ValueError("b") from e


try:
    b()
except ValueError:
    raise TypeError("c")
