import time
import counter
counter.hits.append("slow start")
time.sleep(0.05)
READY = True
counter.hits.append("slow end")
