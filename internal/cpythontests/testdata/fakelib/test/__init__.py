# A stand-in for CPython's test package, for the driver's own tests.
