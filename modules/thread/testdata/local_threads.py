# threading.local: one dict per thread, __init__ rerun with the
# constructor's arguments in each thread, the dict freed when the thread ends.
import threading, _thread

class Counter(threading.local):
    def __init__(self, start, step=1):
        self.n = start
        self.step = step
    def bump(self):
        self.n += self.step
        return self.n

c = Counter(10, step=5)
print(c.bump(), c.__dict__)
results = {}
def work(k):
    for _ in range(k):
        c.bump()
    results[k] = (c.n, sorted(c.__dict__))
ts = [threading.Thread(target=work, args=(k,)) for k in range(1, 4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()), c.n)
plain = _thread._local()
plain.x = [1, 2]
def other():
    print("other sees x:", hasattr(plain, "x"))
    plain.x = "mine"
    print(plain.x)
t = threading.Thread(target=other); t.start(); t.join()
print(plain.x)
try:
    _thread._local(1)
except TypeError as e:
    print(e)
try:
    plain.__dict__ = {}
except AttributeError as e:
    print(e)
del plain.x
try:
    plain.x
except AttributeError as e:
    print(e)
class Bad(threading.local):
    def __init__(self):
        if threading.current_thread() is not threading.main_thread():
            raise ValueError("no init here")
b = Bad()
def touch():
    try:
        b.y = 1
    except ValueError as e:
        print("init failed:", e)
t = threading.Thread(target=touch); t.start(); t.join()
