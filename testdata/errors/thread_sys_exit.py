# sys.exit() in a thread only ends that thread, silently; exit status 0.
import sys
import threading

def quits():
    sys.exit(5)

t = threading.Thread(target=quits)
t.start()
t.join()
print("still running")
