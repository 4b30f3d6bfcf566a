"""Contention: refcount-heavy work on a pool of objects with a tunable share.

Measures how each strategy's cost grows with true sharing. Every thread
repeatedly walks its pool of K = 64 Cell objects, and for each cell takes
and drops several references (local variable, list append and pop, tuple
packing, attribute read). A share fraction of P percent means the first
P% of every thread's pool are the same module-level cells for all threads,
the rest are cells private to that thread (with the same values, so the
checksum does not depend on P). P = 0 is BRC's best case (everything
owner-local), P = 100 its worst (everything hits the shared counters).

Usage: contention.py [THREADS [N [P]]]
  THREADS  threads, each doing the same work (default 1).
  N        thousands of passes over the pool per thread (default 100; test
           size 1). One pass touches 64 cells with about six reference
           operations each, so N = 100 is roughly 38 million operations.
  P        share fraction in percent, 0..100 (default 100).

Output: "Threads: T, share: P%" then per thread "Thread i: <checksum>" and
"Duration: X seconds".

Inspired by the contention measurements in DESIGN.md and the biased
reference counting paper (Choi et al., PACT 2018: 93-99% of objects are
private); an independent program.
"""
import sys
import threading
import time

POOL_SIZE = 64


class Cell:
    def __init__(self, value):
        self.value = value


SHARED_CELLS = [Cell(1000 + i) for i in range(POOL_SIZE)]


def make_pool(share_percent):
    shared = POOL_SIZE * share_percent // 100
    pool = SHARED_CELLS[:shared]
    for i in range(shared, POOL_SIZE):
        pool.append(Cell(1000 + i))
    return pool


def work(n, share_percent):
    pool = make_pool(share_percent)
    scratch = []
    total = 0
    for _ in range(n * 1000):
        for cell in pool:
            held = cell
            scratch.append(held)
            pair = (held, cell)
            total += pair[0].value
            scratch.pop()
        total = total % 1000000007
    return total


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    share = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    if share < 0 or share > 100:
        print("share fraction must be between 0 and 100")
        sys.exit(2)
    results = [0] * threads

    def run(index):
        results[index] = work(n, share)

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    elapsed = time.perf_counter() - start
    print(f"Threads: {threads}, share: {share}%")
    for i, value in enumerate(results):
        print(f"Thread {i}: {value}")
    print(f"Duration: {elapsed} seconds")


if __name__ == "__main__":
    main()
