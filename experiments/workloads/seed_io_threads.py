"""Seed: threads that block in time.sleep.

Measures whether blocking calls release the interpreter: THREADS threads each
sleep N seconds at the same time. When sleeping releases the GIL (as CPython
does around every blocking call) the whole run takes about N seconds whatever
the thread count; a VM that kept the lock while sleeping would take
THREADS * N seconds.

Usage: seed_io_threads.py [THREADS [N]]
  THREADS  number of threads (default 2).
  N        seconds each thread sleeps, a float (default 2; test size 0.01).

Output: the seed prints "Task start" and "Task complete" from the threads
themselves, whose order is nondeterministic; here each thread records its
events and the main thread prints them after join, grouped: every
"Task start" line, then every "Task complete" line, then
"Duration: X seconds".

Inspired by the seed programs (two threads sleeping two seconds finish in
two seconds).
"""
import sys
import threading
import time


def task(events, index, seconds):
    events[index].append("Task start")
    time.sleep(seconds)
    events[index].append("Task complete")


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
    events = [[] for _ in range(threads)]
    workers = [
        threading.Thread(target=task, args=(events, i, seconds))
        for i in range(threads)
    ]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    elapsed = time.perf_counter() - start
    for step in ("Task start", "Task complete"):
        for per_thread in events:
            for event in per_thread:
                if event == step:
                    print(event)
    print(f"Duration: {elapsed} seconds")


if __name__ == "__main__":
    main()
