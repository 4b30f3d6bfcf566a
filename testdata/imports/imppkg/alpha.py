"""The alpha module."""
NAME = __name__


def greet(who):
    return "hello " + who + " from " + __name__
