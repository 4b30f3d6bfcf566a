# Lines of the frames a traceback passes through, including a caller
# frame whose current instruction is not a call.
class Boom:
    @property
    def value(self):
        raise AttributeError("from a property")


def read(b):
    total = 1
    total += b.value
    return total


read(Boom())
