# An uncaught StopIteration without a message: the final line is the bare
# exception name.
it = iter([1])
print(next(it))
print(next(it))
