# SystemExit raised deep in calls, passing through a finally block.
import sys

def inner():
    try:
        sys.exit(4)
    finally:
        print("finally runs on the way out")

def outer():
    inner()
    print("never printed")

outer()
