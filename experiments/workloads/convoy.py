"""Convoy effect: how late does a sleeping thread wake beside CPU-bound ones?

Measures the GIL's hand-off latency: THREADS - 1 threads spin in a
CPU-bound loop while one thread sleeps 1 ms, N times, and records how much
later than 1 ms each sleep returned. With CPython's GIL the sleeper, once
woken, must wait for a spinner to drop the lock (up to the switch interval,
5 ms by default, after a drop request); with Python 2's "old" GIL, or
without a GIL, the latency differs. Compare across strategies, GIL variants
and -switch-interval values.

Usage: convoy.py [THREADS [N]]
  THREADS  threads in total: THREADS - 1 spinners plus the sleeper
           (default 2; THREADS = 1 measures the sleeps alone).
  N        number of 1 ms sleeps (default 200; test size 3).

Output format (the experiment runner parses the "seconds" lines; tests mask
every "<float> seconds" to "X seconds"):
  Spinners: S
  Sleeps: N
  Latency mean: X seconds
  Latency median: X seconds
  Latency max: X seconds
  Duration: X seconds
Latencies are measured with time.perf_counter around time.sleep(0.001),
minus 0.001; the spinners stop when the sleeper finishes.

Inspired by David Beazley's GIL convoy-effect measurements and the seed
programs; an independent program.
"""
import sys
import threading
import time

SLEEP = 0.001


class State:
    """Shared between the sleeper and the spinners."""

    def __init__(self):
        self.done = False
        self.latencies = []


def spin(state):
    x = 0
    while not state.done:
        x = (x + 1) % 1000003


def sleeper(state, count):
    for _ in range(count):
        start = time.perf_counter()
        time.sleep(SLEEP)
        state.latencies.append(time.perf_counter() - start - SLEEP)
    state.done = True


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    state = State()
    spinners = [threading.Thread(target=spin, args=(state,)) for _ in range(threads - 1)]
    waker = threading.Thread(target=sleeper, args=(state, n))
    start = time.perf_counter()
    for t in spinners:
        t.start()
    waker.start()
    waker.join()
    for t in spinners:
        t.join()
    elapsed = time.perf_counter() - start
    latencies = sorted(state.latencies)
    mean = sum(latencies) / len(latencies) if latencies else 0.0
    median = latencies[len(latencies) // 2] if latencies else 0.0
    worst = latencies[-1] if latencies else 0.0
    print(f"Spinners: {len(spinners)}")
    print(f"Sleeps: {len(latencies)}")
    print(f"Latency mean: {mean} seconds")
    print(f"Latency median: {median} seconds")
    print(f"Latency max: {worst} seconds")
    print(f"Duration: {elapsed} seconds")


if __name__ == "__main__":
    main()
