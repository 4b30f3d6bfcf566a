import _heapq as hq, _bisect as bi
def T(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
h = []
for x in [5, 3, 8, 1, 9, 2, 7]: hq.heappush(h, x)
print(h, [hq.heappop(h) for _ in range(3)], h)
print(hq.heapreplace(h, 4), h, hq.heappushpop(h, 0), hq.heappushpop(h, 10), h)
l = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]; hq.heapify(l); print(l)
l = [1, 5, 2, 8, 3]; hq._heapify_max(l); print(l, hq._heappop_max(l), hq._heapreplace_max(l, 0), l)
l = [('b', 2), ('a', 1), ('c', 0)]; hq.heapify(l); print(l)
T(lambda: hq.heappop([])); T(lambda: hq.heapreplace([], 1)); T(lambda: hq.heappushpop([], 1)); T(lambda: hq.heappush((), 1))
T(lambda: hq.heapify(1)); T(lambda: hq.heappush([])); T(lambda: hq.heappush([1], 'a')); T(lambda: hq.heappop(h=[]))
class Bad:
    def __init__(s, l): s.l = l
    def __lt__(s, o): s.l.append(1); return True
l = []; l.append(Bad(l)); l.append(Bad(l)); l.append(Bad(l)); T(lambda: hq.heapify(l))
l.clear()
a = [1, 2, 2, 2, 3, 5, 8]
print(bi.bisect_right(a, 2), bi.bisect_left(a, 2), bi.bisect_right(a, 0), bi.bisect_left(a, 9), bi.bisect_right(a, 2, 0, 2), bi.bisect_left(a, 2, lo=4))
print(bi.bisect_right(a, 2, hi=None), bi.bisect_right(a, 5, 0, -1), bi.bisect_left(range(100), 37))
b = [('a', 1), ('b', 3), ('c', 5)]
print(bi.bisect_left(b, 3, key=lambda p: p[1]), bi.bisect_right(b, 3, key=lambda p: p[1]))
bi.insort_right(b, ('x', 3), key=lambda p: p[1]); bi.insort_left(b, ('y', 3), key=lambda p: p[1]); print(b)
c = [1, 3]; bi.insort_left(c, 2); bi.insort_right(c, 3); bi.insort_right(c, 0, 0, 0); print(c)
T(lambda: bi.bisect_right(a, 1, -1)); T(lambda: bi.bisect_right(a)); T(lambda: bi.bisect_right(a, 1, 'x')); T(lambda: bi.bisect_right(1, 1))
T(lambda: bi.bisect_right(a, 'x')); T(lambda: bi.bisect_left(a, 1, 0, 10)); T(lambda: bi.insort(a, 1)); T(lambda: bi.bisect_left(a, 1, 0, 3, None))
T(lambda: bi.bisect_left(a, 1, foo=2)); T(lambda: bi.insort_left((1, 2), 1))
T(lambda: hq.heappush([], x=1)); T(lambda: hq.heapify(x=1)); T(lambda: hq.heappop()); T(lambda: hq.heapify([], 1)); T(lambda: hq._heappop_max(1))
