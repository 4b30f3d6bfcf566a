# Threads appending and popping on one array: no item lost or made up.
import threading
from array import array
sh = array('q')
def work(k):
    for i in range(2000):
        sh.append(k * 10000 + i)
        if i % 3 == 0:
            sh.pop()
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(sh), sum(1 for v in sh if 0 <= v % 10000 < 2000))
