# threading.Thread: target/args/kwargs/name, start, join, is_alive,
# current_thread().name, active_count; output made deterministic by
# printing only after joins or from the main thread.
import threading
import time

results = {}

def worker(key, factor, offset=0):
    results[key] = (factor * 10 + offset, threading.current_thread().name)

t1 = threading.Thread(target=worker, args=("a", 1))
t2 = threading.Thread(target=worker, args=("b", 2), kwargs={"offset": 5}, name="custom-name")
print(t1.is_alive(), t2.name)
t1.start()
t2.start()
t1.join()
t2.join()
print(t1.is_alive(), t2.is_alive())
print(results["a"][0], results["b"])
print(results["a"][1].startswith("Thread-"))
print(threading.current_thread().name)
print(threading.active_count())

gate = threading.Lock()
gate.acquire()

def wait_for_gate():
    with gate:
        pass

t3 = threading.Thread(target=wait_for_gate)
t3.start()
time.sleep(0.01)
print("blocked thread alive:", t3.is_alive(), threading.active_count())
gate.release()
t3.join()
print("after release:", t3.is_alive(), threading.active_count())

threads = [threading.Thread(target=worker, args=(i, i)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([results[i][0] for i in range(5)])
t4 = threading.Thread(target=worker, args=("late", 7), name="late")
t4.start()
t4.join(5)
print(results["late"])

class Holder:
    pass

h = Holder()
h.value = None

def set_value(v):
    h.value = v

t5 = threading.Thread(target=set_value, args=("set by thread",))
t5.start()
t5.join()
print(h.value)
try:
    t5.start()
except RuntimeError as e:
    print("RuntimeError:", e)
