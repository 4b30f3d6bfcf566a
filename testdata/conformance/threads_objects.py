# Objects made by one thread are dropped by another: a producer puts new
# lists, tuples, dicts, strings and instances into a shared list, consumers
# take them out, use them and let them go (biased counting's cross-thread
# decrements, queueing and merging).
import threading

class Box:
    def __init__(self, v):
        self.v = v

queue = []
lock = threading.Lock()
N = 3000
taken = [0, 0]

def producer():
    for i in range(N):
        item = (Box(i), [i, str(i)], {"k": i}, "s%d" % i)
        with lock:
            queue.append(item)

def consumer(k):
    got = 0
    while got < N // 2:
        with lock:
            item = queue.pop() if queue else None
        if item is None:
            continue
        box, lst, d, s = item
        if box.v == lst[0] == d["k"] and s == "s" + lst[1]:
            got += 1
    taken[k] = got

threads = [threading.Thread(target=producer)] + [threading.Thread(target=consumer, args=(k,)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("taken:", taken, "left:", len(queue))
