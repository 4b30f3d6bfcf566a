import sys


class Replacement:
    def __repr__(self):
        return "<replacement for " + __name__ + ">"

    value = 7


sys.modules[__name__] = Replacement()
