# An error inside code run by exec: its frames are "<string>" ones.
source = """
def f(n):
    return 10 // n

f(0)
"""
exec(source, {})
