"""Seed: a sum split over threads that add into one shared total.

Measures correctness more than speed: the range 1..(20 * N) is split into
THREADS contiguous chunks, each thread sums its chunk and adds it to a
shared total under a threading.Lock. Any lost update (a strategy that is not
thread-safe) shows up as a wrong total.

Usage: seed_sum_threads.py [THREADS [N]]
  THREADS  number of threads (default 4).
  N        scales the range to 1..(20 * N) (default 1, giving 1..20 and a
           total of 210; N = 1 is also the test size; N = 1000000 gives
           about half a second of work on CPython).

Output: "Partial sums: [...]" (in chunk order) and "Total: T".

Inspired by the seed programs (sum 1..20 over 4 threads).
"""
import sys
import threading


class Accumulator:
    """A total shared by all threads, protected by a lock."""

    def __init__(self):
        self.total = 0
        self.lock = threading.Lock()

    def add(self, value):
        with self.lock:
            self.total += value


def chunk_sum(lo, hi):
    s = 0
    for i in range(lo, hi):
        s += i
    return s


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    top = 20 * n
    acc = Accumulator()
    partials = [0] * threads

    def run(index):
        # Chunk index covers [lo, hi) of 1..top, sizes differing by at most one.
        lo = 1 + top * index // threads
        hi = 1 + top * (index + 1) // threads
        partials[index] = chunk_sum(lo, hi)
        acc.add(partials[index])

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    print("Partial sums:", partials)
    print("Total:", acc.total)


if __name__ == "__main__":
    main()
