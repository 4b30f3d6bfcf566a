"""Thread scaling: all threads call one module-level function.

Measures contention on a shared function object and shared globals: every
thread calls the same module-level function, which reads two module
globals. Each call loads the function (incref/decref on one shared object)
and each global read touches a shared int: the pattern that PEP 703 fixed
with deferred reference counting for functions.

Usage: sc_shared_func.py [THREADS [N]]
  THREADS  threads, each doing the same work (default 1).
  N        thousands of calls per thread (default 6000; test size 1).

Output: per thread "Thread i: <checksum>" and "Duration: X seconds".

Inspired by CPython's Tools/ftscalingbench (module_function, closures)
and gh-118527; an independent program.
"""
import sys
import threading
import time

SCALE = 100003
OFFSET = 700001


def shared_function(x):
    return (x * SCALE + OFFSET) % 65536


def work(n):
    total = 0
    for i in range(n * 1000):
        total += shared_function(i)
    return total


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 6000
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
