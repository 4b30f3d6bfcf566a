# Threads rebind globals and define functions that other threads call:
# module globals change while others read them, and new function and
# closure objects are published through the namespace.
import threading

value = 0
func = None
stop = []
errors = []

def make(n):
    def f(x):
        return x + n
    return f

def writer():
    global value, func
    r = 0
    while not stop or r < 50:
        value = r
        func = make(r)
        r += 1

def reader():
    try:
        for r in range(3000):
            v = value
            f = func
            if f is not None and f(1) < 1:
                errors.append("bad function")
            if v < 0:
                errors.append("bad value")
    except Exception as e:
        errors.append(repr(e))

w = threading.Thread(target=writer)
w.start()
readers = [threading.Thread(target=reader) for _ in range(2)]
for t in readers:
    t.start()
for t in readers:
    t.join()
stop.append(1)
w.join()
print("errors:", errors)
print(value >= 49, func(1) == value + 1)
