# An exception inside a list comprehension (a frame named <listcomp> in
# CPython 3.11).
values = [3, 2, 1, 0]
print([10 // v for v in values])
