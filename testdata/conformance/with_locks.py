# with statements on threading.Lock: acquire on entry, release on exit even
# when the body raises or returns; Lock.acquire/release/locked directly.
import threading

lock = threading.Lock()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print("after", lock.locked())

try:
    with lock:
        print("raising inside with")
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, "locked:", lock.locked())

def returns_inside():
    with lock:
        return "returned while holding"

print(returns_inside(), lock.locked())

print(lock.acquire(), lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
lock.release()
print(lock.locked())

for i in range(3):
    with lock:
        if i == 1:
            continue
        print("loop", i)
print(lock.locked())

try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with lock as held:
    print(held)

rlock = threading.Lock()
nested = threading.Lock()
with rlock:
    with nested:
        print("two locks", rlock.locked(), nested.locked())
print(rlock.locked(), nested.locked())
print(lock.acquire(timeout=0.01), lock.acquire(timeout=0.01))
lock.release()
