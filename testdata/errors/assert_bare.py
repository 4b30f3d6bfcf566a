# A failing assert without a message: the final line is just
# "AssertionError".
x = 3
assert x == 3
assert x == 4
