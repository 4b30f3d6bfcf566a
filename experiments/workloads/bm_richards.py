"""Benchmark: Martin Richards' operating-system scheduler simulation.

Measures method calls, attribute access and linked-list manipulation on
objects: an idle task, a worker, two handlers and two devices exchange
packets through a priority scheduler until the idle task has run 10000
times. A correct run holds tasks 9297 times and queues 23246 packets.

Usage: bm_richards.py [THREADS [N]]
  THREADS  threads, each running its own scheduler (default 1).
  N        number of complete simulations per thread (default 15; test
           size 1).

Output: per thread "Thread i: hold count H, queued packets Q, ok" (ok when
the counts are the published ones) and "Duration: X seconds".

Inspired by pyperformance's richards benchmark, after Martin Richards'
BCPL original; an independent implementation whose scheduler state lives in
one object per run instead of module globals, so that threads do not share
it.
"""
import sys
import threading
import time

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
TASK_COUNT = 6

KIND_DEVICE = 0
KIND_WORK = 1
BUFFER_SIZE = 4

EXPECTED_HOLDS = 9297
EXPECTED_QUEUED = 23246


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    """A task control block; subclasses supply step(packet)."""

    def __init__(self, sched, ident, priority, queue, pending, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = False
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def blocked(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def ready_with_packet(self):
        return self.packet_pending and self.waiting and not self.holding

    def run(self):
        packet = None
        if self.ready_with_packet():
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
            self.packet_pending = self.queue is not None
        return self.step(packet)

    def receive(self, packet, current):
        """Queues packet here; returns the task that should run next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.holds += 1
        self.holding = True
        return self.link

    def release(self, ident):
        other = self.sched.table[ident]
        other.holding = False
        if other.priority > self.priority:
            return other
        return self

    def send(self, packet):
        target = self.sched.table[packet.ident]
        self.sched.queued += 1
        packet.link = None
        packet.ident = self.ident
        return target.receive(packet, self)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, pending, waiting):
        Task.__init__(self, sched, ident, priority, queue, pending, waiting)
        self.control = 1
        self.count = 10000

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(DEVICE_A)
        self.control = self.control // 2 ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue, pending, waiting):
        super().__init__(sched, ident, priority, queue, pending, waiting)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = ord("A") + self.letter - 1
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, pending, waiting):
        super().__init__(sched, ident, priority, queue, pending, waiting)
        self.work_queue = None
        self.device_queue = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFFER_SIZE:
            self.work_queue = work.link
            return self.send(work)
        device = self.device_queue
        if device is None:
            return self.wait()
        self.device_queue = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return self.send(device)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue, pending, waiting):
        super().__init__(sched, ident, priority, queue, pending, waiting)
        self.pending = None

    def step(self, packet):
        if packet is None:
            packet = self.pending
            if packet is None:
                return self.wait()
            self.pending = None
            return self.send(packet)
        self.pending = packet
        return self.hold()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * TASK_COUNT
        self.holds = 0
        self.queued = 0

    def setup(self):
        IdleTask(self, IDLE, 1, None, False, False)
        work = Packet(None, 0, KIND_WORK)
        work = Packet(work, 0, KIND_WORK)
        WorkerTask(self, WORKER, 1000, work, True, True)
        for handler, device, priority in (
            (HANDLER_A, DEVICE_A, 2000),
            (HANDLER_B, DEVICE_B, 3000),
        ):
            queue = None
            for _ in range(3):
                queue = Packet(queue, device, KIND_DEVICE)
            HandlerTask(self, handler, priority, queue, True, True)
        DeviceTask(self, DEVICE_A, 4000, None, False, True)
        DeviceTask(self, DEVICE_B, 5000, None, False, True)

    def dispose(self):
        # Tasks and the scheduler refer to each other; break the cycle so the
        # run ends with nothing leaked (rcvm has no cycle collector).
        task = self.tasks
        while task is not None:
            task.sched = None
            task = task.link
        self.tasks = None
        self.table = None

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.blocked():
                task = task.link
            else:
                task = task.run()


def bench(n):
    holds = queued = 0
    ok = True
    for _ in range(n):
        sched = Scheduler()
        sched.setup()
        sched.schedule()
        holds = sched.holds
        queued = sched.queued
        sched.dispose()
        if holds != EXPECTED_HOLDS or queued != EXPECTED_QUEUED:
            ok = False
    verdict = "ok" if ok else "WRONG"
    return f"hold count {holds}, queued packets {queued}, {verdict}"


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 15
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
