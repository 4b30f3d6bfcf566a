# The time module, used only in ways with deterministic output.
import time

start = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - start
print("slept at least 10 ms:", elapsed >= 0.009)
print(type(time.time()).__name__, time.time() > 1600000000)
m1 = time.monotonic()
m2 = time.monotonic()
print("monotonic:", m2 >= m1)
p1 = time.perf_counter()
x = 0
for i in range(1000):
    x += i
p2 = time.perf_counter()
print("perf_counter advances:", p2 >= p1, x)
time.sleep(0)
print("sleep(0) ok")
print(type(time.perf_counter()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
