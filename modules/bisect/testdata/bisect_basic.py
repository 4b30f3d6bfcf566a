import _bisect as bi
def T(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
a = list(range(0, 100, 3))
print([bi.bisect_left(a, x) for x in range(-2, 102, 7)], [bi.bisect_right(a, x) for x in range(-2, 102, 7)])
words = ['apple', 'Banana', 'cherry']
bi.insort_left(words, 'Avocado', key=str.lower); bi.insort_right(words, 'banana', key=str.lower); print(words)
T(lambda: bi.bisect_right([1, 2], 1, 0, 5)); T(lambda: bi.bisect_left(None, 1)); T(lambda: bi.insort_right([], 1, key=1))
T(lambda: bi.bisect_right([], 1, 0, 2**70)); T(lambda: bi.bisect_right([1], 1, 1, 2, 3))
