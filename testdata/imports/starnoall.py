import sys as _sys
visible = "v"
_hidden = "h"


def func():
    return "func"
