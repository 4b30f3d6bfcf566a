# rcvm refuses yield used as an expression (coroutine-style send).
def echo():
    received = yield "ready"
    print("got", received)

e = echo()
print(next(e))
