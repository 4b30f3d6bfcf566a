# finally with break, continue and return; nested try blocks; exceptions
# raised in handlers; else clauses only when nothing was raised.
def with_break():
    log = []
    for i in range(5):
        try:
            if i == 2:
                break
            log.append(i)
        finally:
            log.append("f" + str(i))
    return log

def with_continue():
    log = []
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append(i)
        finally:
            log.append("f" + str(i))
    return log

def override_return():
    try:
        return "try"
    finally:
        print("finally sees the pending return")

def nested(kind):
    log = []
    try:
        try:
            if kind == "value":
                raise ValueError("v")
            if kind == "type":
                raise TypeError("t")
            log.append("no error")
        except ValueError:
            log.append("inner handled")
        else:
            log.append("inner else")
        finally:
            log.append("inner finally")
    except TypeError:
        log.append("outer handled")
    finally:
        log.append("outer finally")
    return log

print(with_break())
print(with_continue())
print(override_return())
for kind in ["none", "value", "type"]:
    print(kind, nested(kind))

def handler_raises():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")

try:
    handler_raises()
except ValueError as e:
    print("got", repr(e))

def swallow():
    try:
        raise RuntimeError("ignored")
    except RuntimeError:
        pass
    return "swallowed"

print(swallow())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("iteration", count)
