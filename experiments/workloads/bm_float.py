"""Benchmark: float arithmetic on many small objects.

Measures float boxing, attribute access and method calls: it creates N
Point objects from math.sin/math.cos, normalises each one, then folds them
into a point holding the component-wise maximum.

Usage: bm_float.py [THREADS [N]]
  THREADS  threads, each running the whole benchmark (default 1).
  N        number of points (default 400000; test size 100).

Output: one "Thread i: x y z" line per thread (the maximum point, six
decimals, so that last-bit differences between C and Go sin/cos cannot
show), and "Duration: X seconds".

Inspired by pyperformance's float benchmark; an independent implementation.
"""
import math
import sys
import threading
import time


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def bench(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return f"{best.x:.6f} {best.y:.6f} {best.z:.6f}"


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 400000
    results = [""] * threads

    def run(index):
        results[index] = bench(n)

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    elapsed = time.perf_counter() - start
    for i, line in enumerate(results):
        print(f"Thread {i}: {line}")
    print(f"Duration: {elapsed} seconds")


if __name__ == "__main__":
    main()
