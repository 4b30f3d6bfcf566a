# Too many positional sub-patterns for __match_args__: a TypeError raised by
# the case being tried.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def where(p):
    match p:
        case Point(x, y, z):
            return z
        case _:
            return None


where(Point(1, 2))
