"""Thread scaling: thread-private objects only.

Measures the best case for scaling: every thread allocates and uses its own
lists, dicts and ints, and touches no object another thread can see (beyond
immortal constants and the code itself). Without a GIL this should scale
with the cores; any slowdown comes from the strategy's own overhead
(atomic or biased counts on private objects, allocator contention).

Usage: sc_private.py [THREADS [N]]
  THREADS  threads, each doing the same work (default 1).
  N        thousands of loop iterations per thread (default 1800; test size 1).

Output: per thread "Thread i: <checksum>" and "Duration: X seconds".

Inspired by CPython's Tools/ftscalingbench (its object-creation and dict
workloads run once per thread, same work per thread); an independent
program.
"""
import sys
import threading
import time


def work(n):
    total = 0
    history = []
    for i in range(n * 1000):
        items = [i, i + 1000, i + 2000]
        record = {"first": items[0], "last": items[-1], "items": items}
        total += record["first"] + record["last"] + len(record["items"])
        history.append(record["last"])
        if len(history) > 16:
            total -= history.pop(0)
    return total % 1000000007


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1800
    results = [0] * threads

    def run(index):
        results[index] = work(n)

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    elapsed = time.perf_counter() - start
    for i, value in enumerate(results):
        print(f"Thread {i}: {value}")
    print(f"Duration: {elapsed} seconds")


if __name__ == "__main__":
    main()
