# SyntaxError: a keyword argument repeated in a call.
def f(**kw):
    return kw

f(a=1, a=2)
