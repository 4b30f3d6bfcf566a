# A daemon thread sleeping in a loop, one spinning, and a start_new_thread
# thread do not keep the process alive: the program prints and exits 0
# (issue 8 item 8).
import threading, time, _thread

def loop():
    while True:
        time.sleep(0.01)

def spin():
    x = 0
    while True:
        x += 1

threading.Thread(target=loop, daemon=True).start()
threading.Thread(target=spin, daemon=True).start()
_thread.start_new_thread(loop, ())
# The non-daemon thread outlives the print (whatever the machine's load)
# and ends after it: the exit waits for it alone.
release = threading.Event()
def worker():
    release.wait()
    time.sleep(0.05)
t = threading.Thread(target=worker)
t.start()
print("main done", threading.active_count() >= 4)
release.set()
