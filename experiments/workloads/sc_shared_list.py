"""Thread scaling: all threads read one shared list.

Measures reference-count traffic on shared objects: every thread iterates
over the same module-level list of 1000 ints (too large for the small-int
cache, so each is a distinct heap object) and sums them. Reading an item
increments and decrements its count, so with atomic or biased counting the
threads write to the same cache lines although the program only reads.

Usage: sc_shared_list.py [THREADS [N]]
  THREADS  threads, each doing the same work (default 1).
  N        passes over the shared list per thread, in hundreds (default 300;
           test size 1).

Output: per thread "Thread i: <sum>" and "Duration: X seconds".

Inspired by CPython's Tools/ftscalingbench and the shared-object scaling
issues cited in ANCHORS.md (gh-118527, gh-123619); an independent program.
"""
import sys
import threading
import time

SHARED = [100000 + 7 * i for i in range(1000)]


def work(n):
    total = 0
    for _ in range(n * 100):
        for value in SHARED:
            total += value
    return total


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
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
