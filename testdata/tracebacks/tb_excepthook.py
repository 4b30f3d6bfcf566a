# A program's sys.excepthook gets the uncaught exception.
import sys


def hook(tp, value, tb):
    print("hook:", tp.__name__, value, tb.tb_frame.f_code.co_name, file=sys.stderr)


sys.excepthook = hook


def fail():
    raise LookupError("handled by the hook")


fail()
