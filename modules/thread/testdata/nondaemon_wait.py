# The process waits for a non-daemon thread that is still running when the
# main program ends, and its output is not lost.
import threading, time

go = threading.Event()

def late():
    go.wait()
    time.sleep(0.05)
    print("late thread finished")

threading.Thread(target=late).start()
print("main done")
go.set()
