"""Benchmark: spectral norm of an infinite matrix, truncated to N x N.

Measures float arithmetic in nested loops and function calls: ten rounds of
the power method on A^T A, where A[i][j] = 1 / ((i + j)(i + j + 1)/2 + i + 1),
then sqrt(u.v / v.v).

Usage: bm_spectral_norm.py [THREADS [N]]
  THREADS  threads, each running the whole benchmark (default 1).
  N        matrix size (default 350; test size 8).

Output: one "Thread i: <norm to 9 decimals>" line per thread and
"Duration: X seconds".

Inspired by pyperformance's spectral_norm benchmark (from the Computer
Language Benchmarks Game); an independent implementation with explicit
loops (sum() of floats changed its rounding in CPython 3.12).
"""
import math
import sys
import threading
import time


def entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times_a(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += entry(i, j) * v[j]
        out.append(s)
    return out


def times_at(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += entry(j, i) * v[j]
        out.append(s)
    return out


def times_ata(v, n):
    return times_at(times_a(v, n), n)


def bench(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return f"{math.sqrt(vbv / vv):.9f}"


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 350
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
