# deque.__reduce__: the constructor arguments, the instance dict, the items.
from _collections import deque
class D(deque): pass
x = D([1, 2], 3); x.a = 1
r = x.__reduce__(); print(r[0].__name__, r[1], r[2], list(r[3]))
for d in (deque(), deque([1, 'a']), deque(range(3), 2), deque(maxlen=0)):
    r = d.__reduce__(); print(r[0], r[1], r[2], list(r[3]), r[0](*r[1]) == deque(maxlen=d.maxlen))
try: deque().__reduce__(1)
except TypeError as e: print(e)
