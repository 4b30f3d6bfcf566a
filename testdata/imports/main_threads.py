import threading
import counter

results = []


def worker():
    import slow_import
    results.append((slow_import.READY, id(slow_import)))


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.hits)
print(len(results), len(set(results)), results[0][0])
