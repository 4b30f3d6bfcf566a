# A SyntaxError raised by the program shows its location lines.
def check():
    raise SyntaxError("bad thing", ("data.txt", 3, 5, "a = = b\n", 3, 6))


check()
