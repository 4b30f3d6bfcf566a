"""Benchmark: fannkuch-redux (single-thread overhead, list slicing).

Measures list indexing, slice reversal and small-int arithmetic: for every
permutation of 0..N-1 (generated in-place in the usual counting order) it
counts how many prefix reversals ("pancake flips") bring 0 to the front,
and accumulates the maximum and an alternating-sign checksum.

Usage: bm_fannkuch.py [THREADS [N]]
  THREADS  threads, each running the whole benchmark (default 1).
  N        permutation length (default 9; test size 5). The work grows as N!.

Output: one "Thread i: checksum C, max flips F" line per thread, in order,
and "Duration: X seconds".

Inspired by pyperformance's fannkuch benchmark (from the Computer Language
Benchmarks Game); this is an independent implementation.
"""
import sys
import threading
import time


def count_flips(perm):
    flips = 0
    first = perm[0]
    while first:
        perm[: first + 1] = perm[first::-1]
        flips += 1
        first = perm[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    # counters[r] drives the rotation of the first r + 1 elements, as in the
    # Benchmarks Game's counting-order enumeration.
    counters = [0] * n
    max_flips = 0
    checksum = 0
    index = 0
    r = n
    while True:
        while r != 1:
            counters[r - 1] = r
            r -= 1
        flips = count_flips(perm[:])
        if flips > max_flips:
            max_flips = flips
        if index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        index += 1
        while True:
            if r == n:
                return checksum, max_flips
            first = perm[0]
            perm[:r] = perm[1 : r + 1]
            perm[r] = first
            counters[r] -= 1
            if counters[r] > 0:
                break
            r += 1


def bench(n):
    checksum, max_flips = fannkuch(n)
    return f"checksum {checksum}, max flips {max_flips}"


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 9
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
