# An exception whose __str__ raises.
class Bad(Exception):
    def __str__(self):
        raise RuntimeError("no")


raise Bad()
