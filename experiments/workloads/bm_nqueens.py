"""Benchmark: N-queens by backtracking.

Measures recursion, list mutation and boolean tests: it counts every
placement of N non-attacking queens on an N x N board, keeping the column,
diagonal and anti-diagonal occupancy in lists of booleans, and records the
first solution found.

Usage: bm_nqueens.py [THREADS [N]]
  THREADS  threads, each running the whole benchmark (default 1).
  N        board size (default 12; test size 5).

Output: one "Thread i: S solutions, first [...]" line per thread and
"Duration: X seconds".

Inspired by pyperformance's nqueens benchmark (which uses permutations; the
subset has no itertools, so this is the classic backtracking search).
"""
import sys
import threading
import time


class Board:
    def __init__(self, n):
        self.n = n
        self.cols = [False] * n
        self.diag = [False] * (2 * n - 1)
        self.anti = [False] * (2 * n - 1)
        self.queens = []
        self.solutions = 0
        self.first = None

    def place(self, row):
        n = self.n
        if row == n:
            self.solutions += 1
            if self.first is None:
                self.first = list(self.queens)
            return
        for col in range(n):
            d = row - col + n - 1
            a = row + col
            if self.cols[col] or self.diag[d] or self.anti[a]:
                continue
            self.cols[col] = self.diag[d] = self.anti[a] = True
            self.queens.append(col)
            self.place(row + 1)
            self.queens.pop()
            self.cols[col] = self.diag[d] = self.anti[a] = False


def bench(n):
    board = Board(n)
    board.place(0)
    return f"{board.solutions} solutions, first {board.first}"


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 12
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
