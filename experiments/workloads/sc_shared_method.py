"""Thread scaling: all threads call a method of one shared object.

Measures contention on a shared instance: every thread calls a method of
the same module-level object, which reads (never writes) its attributes.
Each call touches the shared object's count and its class's, the pattern
behind CPython's gh-123619/gh-128691 (32 threads calling one object's
method ran 70x slower until bound methods got deferred counting).

Usage: sc_shared_method.py [THREADS [N]]
  THREADS  threads, each doing the same work (default 1).
  N        thousands of calls per thread (default 5000; test size 1).

Output: per thread "Thread i: <checksum>" and "Duration: X seconds".

Inspired by CPython's Tools/ftscalingbench (method_caller); an
independent program.
"""
import sys
import threading
import time


class Calculator:
    def __init__(self, factor, modulus):
        self.factor = factor
        self.modulus = modulus

    def apply(self, x):
        return x * self.factor % self.modulus


SHARED = Calculator(48271, 2147483647)


def work(n):
    total = 0
    for i in range(n * 1000):
        total += SHARED.apply(i)
    return total


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
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
