# import and from-import of the built-in modules, including "as" names.
import sys
import math, time
import threading as th
from math import floor, ceil
from math import sqrt as root
from threading import Lock, Thread

print(math.floor(1.5), floor(2.5), ceil(2.5), root(9.0))
print(type(Lock()).__name__ == type(th.Lock()).__name__)
print(Thread is th.Thread, sys.argv[0].endswith("imports.py"))

def local_import():
    import math
    return math.sqrt(4)

print(local_import())
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError raised")
