# Threads share classes and instances: one sets and deletes class
# attributes and defines methods on the fly until the others are done;
# they look the attributes up, call the methods and read and write
# instance attributes. Class namespaces are read while they change, and
# new function objects reach other threads.
import threading

class Base:
    def who(self):
        return "base"

class C(Base):
    def method(self):
        return 0

shared = C()
shared.count = 0
stop = []
errors = []
lock = threading.Lock()

def mutator():
    r = 0
    while not stop or r < 50:
        for i in range(8):
            setattr(C, "a%d" % i, r)
        def method(self, r=r):
            return r
        C.method = method
        for i in range(8):
            delattr(C, "a%d" % i)
        r += 1

def reader():
    try:
        for r in range(2500):
            for i in range(8):
                if getattr(C, "a%d" % i, 0) < 0:
                    errors.append("negative")
            if shared.method() < 0 or shared.who() != "base":
                errors.append("bad method")
            with lock:
                shared.count += 1
            o = C()
            o.x = r
            if o.x != r:
                errors.append("bad instance")
    except Exception as e:
        errors.append(repr(e))

readers = [threading.Thread(target=reader) for _ in range(2)]
m = threading.Thread(target=mutator)
m.start()
for t in readers:
    t.start()
for t in readers:
    t.join()
stop.append(1)
m.join()
print("errors:", errors)
print("count:", shared.count, hasattr(C, "a0"), C.method(shared) >= 49)
