from . import two
ONE = 1
