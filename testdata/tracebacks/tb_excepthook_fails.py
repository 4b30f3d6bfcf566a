# A failing sys.excepthook: both its error and the original are printed.
import sys


def hook(tp, value, tb):
    raise RuntimeError("the hook broke")


sys.excepthook = hook
raise ValueError("original")
