# Built-ins that consume a whole container while another thread changes it
# see it at one instant (PEP 703 holds the container's critical section
# around them; CPython's GIL does not switch inside them): none may fail
# with "changed size during iteration". Iterating in Python code while
# another thread mutates is a different matter and is not tested here.
import threading

S = set(range(40))
D = {i: i for i in range(40)}
L = list(range(40))
L2 = list(range(40))
stop = []
started = []

def mutate():
    i = 0
    while not stop or i < 100:
        if i == 10:
            started.append(1)
        S.add(1000 + i % 40)
        S.discard(1000 + (i + 20) % 40)
        D[1000 + i % 40] = i
        D.pop(1000 + (i + 20) % 40, None)
        L.append(i)
        L.pop(0)
        L2.append(i)
        del L2[0]
        i += 1

ops = {
    "tuple(S)": lambda: tuple(S),
    "sorted(S)": lambda: sorted(S),
    "max(S)": lambda: max(S),
    "sum(S)": lambda: sum(S),
    "list(S)": lambda: list(S),
    "frozenset(S)": lambda: frozenset(S),
    "S.copy()": lambda: S.copy(),
    "S | S": lambda: S | S,
    "list(D)": lambda: list(D),
    "tuple(D)": lambda: tuple(D),
    "set(D)": lambda: set(D),
    "min(D)": lambda: min(D),
    "list(D.items())": lambda: list(D.items()),
    "list(D.keys())": lambda: list(D.keys()),
    "list(D.values())": lambda: list(D.values()),
    "sum(D.values())": lambda: sum(D.values()),
    "sorted(D.items())": lambda: sorted(D.items()),
    "dict(D)": lambda: dict(D),
    "dict(D.items())": lambda: dict(D.items()),
    "D.copy()": lambda: D.copy(),
    "set(D.keys())": lambda: set(D.keys()),
    "set(L)": lambda: set(L),
    "str.join(L)": lambda: " ".join([str(x) for x in L]),
    "L.extend(L2)": lambda: [].extend(L2),
    "L.extend(S)": lambda: [].extend(S),
    "L.extend(D)": lambda: [].extend(D),
    "x in L": lambda: -1 in L,
    "L == L2": lambda: L == L2,
    "x in D.values()": lambda: -1 in D.values(),
}
spurious = {}

def run():
    while not started:
        pass
    for r in range(300):
        for name, f in ops.items():
            try:
                f()
            except RuntimeError as e:
                spurious[name] = spurious.get(name, 0) + 1

m = threading.Thread(target=mutate)
m.start()
readers = [threading.Thread(target=run) for _ in range(2)]
for t in readers:
    t.start()
for t in readers:
    t.join()
stop.append(1)
m.join()
print("spurious errors:", sorted(spurious.items()))
print(len(S), len(D), len(L), len(L2))
