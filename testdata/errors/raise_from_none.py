# raise ... from None suppresses the context: only one traceback.
def convert(x):
    try:
        return int(x)
    except ValueError:
        raise TypeError("not convertible") from None

convert("abc")
