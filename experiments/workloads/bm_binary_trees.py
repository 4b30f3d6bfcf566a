"""Benchmark: binary trees (allocation and deallocation heavy).

Measures how fast objects are created and freed: it builds complete binary
trees of Node objects of increasing depth, walks each to count its nodes and
drops it, while one long-lived tree stays alive throughout. Under reference
counting every tree is freed the moment its last reference goes, so this
stresses the allocator, the free lists and the incref/decref pairs.

Usage: bm_binary_trees.py [THREADS [N]]
  THREADS  threads, each running the whole benchmark (default 1).
  N        maximum tree depth (default 14; test size 4). The work roughly
           doubles with each extra level.

Output: per thread, its "stretch tree", "trees of depth" and "long lived
tree" check lines (the node counts), grouped under "Thread i:", then
"Duration: X seconds".

Inspired by the Computer Language Benchmarks Game's binary-trees (as in
pyperformance's gc-heavy benchmarks); an independent implementation.
"""
import sys
import threading
import time

MIN_DEPTH = 4


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def bench(max_depth):
    max_depth = max(MIN_DEPTH + 2, max_depth)
    lines = []
    stretch = max_depth + 1
    lines.append(f"stretch tree of depth {stretch}\t check: {check(make_tree(stretch))}")
    long_lived = make_tree(max_depth)
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + MIN_DEPTH)
        total = 0
        for _ in range(iterations):
            total += check(make_tree(depth))
        lines.append(f"{iterations}\t trees of depth {depth}\t check: {total}")
    lines.append(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")
    return lines


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 14
    results = [None] * threads

    def run(index):
        results[index] = bench(n)

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    elapsed = time.perf_counter() - start
    for i, lines in enumerate(results):
        print(f"Thread {i}:")
        for line in lines:
            print(line)
    print(f"Duration: {elapsed} seconds")


if __name__ == "__main__":
    main()
