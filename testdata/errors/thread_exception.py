# An exception in a thread is reported on stderr ("Exception in thread
# Thread-1 (target):" and a traceback) and the program continues and exits 0.
import threading

def target():
    raise ValueError("failure inside the thread")

t = threading.Thread(target=target)
t.start()
t.join()
print("main continues after the thread died")
