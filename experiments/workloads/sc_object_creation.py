"""Thread scaling: instances of one class created and dropped.

Measures allocation and freeing under threads: every thread creates
instances of the same module-level class, reads their attributes and drops
them at once. The instances are private, but the class object (its
reference count, its method lookup) is shared, and the allocator's free
lists are exercised from every thread.

Usage: sc_object_creation.py [THREADS [N]]
  THREADS  threads, each doing the same work (default 1).
  N        thousands of objects created per thread (default 2500; test size 1).

Output: per thread "Thread i: <checksum>" and "Duration: X seconds".

Inspired by CPython's Tools/ftscalingbench (object_cfunction /
create_pyobject workloads); an independent program.
"""
import sys
import threading
import time


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def work(n):
    total = 0
    for i in range(n * 1000):
        p = Point(i, -i - 1)
        total += p.norm1()
    return total


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2500
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
