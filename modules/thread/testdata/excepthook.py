# threading.excepthook and _thread._excepthook: the report, a custom hook,
# SystemExit ignored, a hook that fails.
import threading, _thread, sys

def boom():
    raise KeyError("in thread")

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=boom, name="worker"); t.start(); t.join()
print(seen)
threading.excepthook = threading.__excepthook__
a = _thread._ExceptHookArgs((ValueError, ValueError("x"), None, None))
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread)
try:
    _thread._ExceptHookArgs((1, 2))
except TypeError as e:
    print(e)
try:
    _thread._excepthook(5)
except TypeError as e:
    print(e)
_thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(), None, None)))
def bad_hook(args):
    raise RuntimeError("hook broke")
threading.excepthook = bad_hook
t = threading.Thread(target=boom, name="w2"); t.start(); t.join()
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=boom, name="last"); t.start(); t.join()
print("done")
