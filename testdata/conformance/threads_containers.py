# Threads share a list, a dict and a set: one mutates them (append, pop,
# insert, delete, clear) until the others are done; they read them at the
# same time (truth, len, membership, equality, copies, sums, sorting).
# Every read must see a consistent container and none may fail.
import threading

L = []
D = {}
S = set()
stop = []
errors = []

def mutator():
    r = 0
    while not stop or r < 20:
        for i in range(20):
            L.append(i)
            D[i] = r
            S.add(i)
        for i in range(10):
            L.pop()
            del D[i]
            S.discard(i)
        if r % 7 == 0:
            L.clear()
            D.clear()
            S.clear()
        r += 1

def reader():
    seen = 0
    try:
        for r in range(500):
            if L or D or S:
                seen += 1
            n = len(L) + len(D) + len(S)
            t = tuple(L)
            k = list(D)
            v = sum(D.values())
            s2 = set(S)
            if 5 in S or 15 in D or 3 in L:
                seen += 1
            if L == t or D == {} or S == s2:
                seen += 1
            m = sorted(S)
            d2 = dict(D)
    except Exception as e:
        errors.append(repr(e))

m = threading.Thread(target=mutator)
m.start()
readers = [threading.Thread(target=reader) for _ in range(2)]
for t in readers:
    t.start()
for t in readers:
    t.join()
stop.append(1)
m.join()
print("errors:", errors)
print("list", len(L) % 10, "dict", len(D) % 10, "set", len(S) % 10)
