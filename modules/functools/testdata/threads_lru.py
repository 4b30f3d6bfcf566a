# _lru_cache_wrapper shared by threads: bounded (evicting all the time),
# unbounded and uncached caches, called with overlapping keys from 4
# threads. Every call returns its own result, and the counters add up:
# hits + misses is the number of calls, the size never exceeds maxsize.
import threading
from _functools import _lru_cache_wrapper as W
def info(*a): return a
def f(x, k=0): return (x, k)
N, T = 300, 4
for maxsize in (None, 0, 1, 7, 64):
    for typed in (False, True):
        w = W(f, maxsize, typed, info)
        bad = []
        def work(tid):
            for i in range(N):
                x = (i * (tid + 1)) % 50
                if w(x) != (x, 0) or w(x, k=tid) != (x, tid) or w((x,)) != ((x,), 0):
                    bad.append((tid, i))
        ts = [threading.Thread(target=work, args=(n,)) for n in range(T)]
        for t in ts: t.start()
        for t in ts: t.join()
        hits, misses, ms, size = w.cache_info()
        print(maxsize, typed, bad, hits + misses == 3 * N * T, ms, size <= (ms if ms is not None else 10**9),
              size if maxsize in (None, 0, 1) else '', misses >= min(size, 150))
# cache_clear racing with calls.
w = W(f, 5, True, info)
def clearer():
    for _ in range(200): w.cache_clear()
def caller():
    for i in range(1500):
        assert w(i % 13) == (i % 13, 0)
ts = [threading.Thread(target=clearer)] + [threading.Thread(target=caller) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(w.cache_info()[3] <= 5)
