# -*- coding: latin-1 -*-
# A traceback shows the lines of a Latin-1 file decoded.
def f():
    raise ValueError("café")  # été


f()
