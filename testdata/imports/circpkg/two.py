from . import one
TWO = 2


def get_one():
    return one.ONE
