"""Seed: a tight CPU loop in several threads, to watch core usage.

Measures how many cores a CPU-bound pure-Python program can keep busy: each
of THREADS threads runs the same arithmetic loop. With a GIL the process
shows about one core of CPU time however many threads run (the seeds saw
8.3% CPU on a 12-core machine); without one, CPU time grows with the threads.
Compare the report's cpu_seconds with wall_seconds.

Usage: seed_cpu_cores.py [THREADS [N]]
  THREADS  number of threads (default 2; os.cpu_count() is not in the
           language subset).
  N        millions of loop iterations per thread (default 5; test size
           0.01).

Output: "Results: [...]" (each thread's final value, in thread order; all
equal) and "Duration: X seconds".

Inspired by the seed programs (a busy loop per core, observed in top).
"""
import sys
import threading
import time


def spin(millions):
    # Made by the spinning thread, so that no other thread shares it.
    iterations = int(millions * 1_000_000)
    x = 1
    i = 0
    while i < iterations:
        x = (x * 7 + i) % 1000003
        i += 1
    return x


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    n = float(sys.argv[2]) if len(sys.argv) > 2 else 5
    results = [0] * threads

    def run(index):
        results[index] = spin(n)

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    elapsed = time.perf_counter() - start
    print("Results:", results)
    print(f"Duration: {elapsed} seconds")


if __name__ == "__main__":
    main()
