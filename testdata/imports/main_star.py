from starmod import *
print(public, _listed_private)
try:
    not_listed
except NameError as e:
    print("NameError", e)
from starnoall import *
print(visible, func())
try:
    _hidden
except NameError as e:
    print("not imported:", e)
try:
    _sys
except NameError as e:
    print("not imported:", e)
from imppkg import *
print(LEVEL, greet("star"), alpha.NAME)
