"""Seed: a CPU-bound counting loop in several threads.

Measures how a CPU-bound pure-Python loop behaves when THREADS threads run it
at once. Under a GIL the threads take turns, so the duration grows with the
thread count; without one it should stay flat on enough cores.

Usage: seed_cpu_threads.py [THREADS [N]]
  THREADS  number of threads (default 2); each counts to the same limit.
  N        millions to count per thread (default 10, i.e. 10,000,000;
           test size 0.01).

Output: "Counts: [...]" (each thread's final count, in thread order) and
"Duration with threads: X seconds" (time.perf_counter around start/join).

Inspired by the seed programs (the classic "count to ten million in two
threads" GIL demonstration).
"""
import sys
import threading
import time


def count(millions):
    # The seeds count to a literal constant; the limit is made here, by the
    # counting thread, so that (like a constant) no other thread shares it.
    limit = int(millions * 1_000_000)
    i = 0
    while i < limit:
        i += 1
    return i


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    n = float(sys.argv[2]) if len(sys.argv) > 2 else 10
    results = [0] * threads

    def run(index):
        results[index] = count(n)

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    elapsed = time.perf_counter() - start
    print("Counts:", results)
    print(f"Duration with threads: {elapsed} seconds")


if __name__ == "__main__":
    main()
