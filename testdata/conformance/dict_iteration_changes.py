# Changing a dict while iterating over it: deleting keys and inserting as
# many others keeps the size but must raise "dictionary keys changed during
# iteration" (CPython counts the items still expected), and the iterator
# then stays exhausted.
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
        d[k + 10] = k
    print("no error")
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))
for view in ("keys", "values", "items"):
    d = {i: i for i in range(6)}
    it = iter(getattr(d, view)())
    out = [next(it)]
    del d[0]
    d[100] = 0
    try:
        for x in it:
            out.append(x)
    except RuntimeError as e:
        out.append(str(e))
    print(view, out)
    print(view, list(it))
d = {1: 1, 2: 2}
it = reversed(d)
print(next(it))
del d[2]; d[3] = 3
print(list(it))
