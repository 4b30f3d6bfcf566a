# Several threads update shared state under a Lock; the totals are exact.
import threading

counter = 0
lock = threading.Lock()
shared_list = []

def increment(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1

def append_range(start, count):
    for i in range(start, start + count):
        with lock:
            shared_list.append(i)

threads = [threading.Thread(target=increment, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)

threads = [threading.Thread(target=append_range, args=(k * 100, 100)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared_list), sorted(shared_list) == list(range(300)), sum(shared_list))

partials = [0] * 4

def partial_sum(index):
    s = 0
    for v in range(index * 1000, (index + 1) * 1000):
        s += v
    partials[index] = s

threads = [threading.Thread(target=partial_sum, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(partials, sum(partials) == sum(range(4000)))
