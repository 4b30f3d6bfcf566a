# An exception raised inside an except block: both tracebacks are printed,
# joined by "During handling of the above exception, another exception
# occurred:".
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("could not parse " + repr(text))

print(parse("12"))
print(parse("twelve"))
