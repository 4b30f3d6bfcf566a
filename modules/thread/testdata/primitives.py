# threading over _thread: Event, Barrier, Semaphore, Condition, Timer, local,
# Thread(target=<builtin>), Thread(target=5) failing in the thread, join(-1).
import threading, time, _thread, sys
print(threading.main_thread().name, threading.main_thread() is threading.current_thread())
def loop():
    while True:
        time.sleep(0.01)
def spin():
    x = 0
    while True:
        x += 1
t = threading.Thread(target=print, args=("hello", "from", "print")); print(t.name); t.start(); t.join()
t = threading.Thread(target=sys.exit); print(t.name); t.start(); t.join()
t = threading.Thread(target=5); print(t.name); t.start(); t.join()
t = threading.Thread(target=time.sleep, args=(0.2,)); t.start()
t.join(-1); t.join(-0.5); print("join returned", t.is_alive())
t.join()
print(repr(t).split(",")[1].split()[0], threading.active_count() >= 3)
ev = threading.Event()
def waiter(i, out):
    ev.wait(); out.append(i)
out = []
ws = [threading.Thread(target=waiter, args=(i, out)) for i in range(4)]
for w in ws: w.start()
ev.set()
for w in ws: w.join()
print(sorted(out))
b = threading.Barrier(3)
res = []
def bw():
    res.append(b.wait())
bs = [threading.Thread(target=bw) for _ in range(3)]
for x in bs: x.start()
for x in bs: x.join()
print(sorted(res), b.broken, b.n_waiting)
sem = threading.BoundedSemaphore(2)
with sem: pass
try: sem.release()
except ValueError as e: print(e)
c = threading.Condition()
items = []
def cons():
    with c:
        c.wait_for(lambda: items)
        print("consumed", items.pop())
ct = threading.Thread(target=cons); ct.start()
with c:
    items.append(42); c.notify()
ct.join()
tm = threading.Timer(0.01, print, args=("timer fired",)); tm.start(); tm.join()
tm = threading.Timer(10, print, args=("never",)); tm.start(); tm.cancel(); tm.join()
loc = threading.local(); loc.v = 1
def lt():
    print("local in thread", hasattr(loc, "v"))
x = threading.Thread(target=lt); x.start(); x.join()
print("main done")
