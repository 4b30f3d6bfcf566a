# Members with their own context, and groups nested past the last member.
def member(i):
    try:
        raise KeyError(i)
    except KeyError:
        raise ValueError(i)


excs = []
for i in range(2):
    try:
        member(i)
    except ValueError as e:
        excs.append(e)
raise ExceptionGroup("outer", [ExceptionGroup("mid", [ExceptionGroup("deep", excs)])])
