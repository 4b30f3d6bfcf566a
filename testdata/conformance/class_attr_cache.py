# Attribute names built at run time: the type attribute cache must not
# answer for a name that only shares the address of a freed temporary
# (issue 9, section 4).
class A:
    def m1(self): return 1
    def m2(self): return 2
    x1 = "one"

for s in "12":
    print(getattr(A(), "m" + s)())
for s in "1212":
    print(hasattr(A, "m" + s), hasattr(A(), "x" + s), getattr(A, "x" + s, None))
names = ["m" + c for c in "2121"]
print([getattr(A(), n)() for n in names])
A.m1 = lambda self: 10
print(getattr(A(), "m" + "1")(), A().m1())
del A.m1
print(hasattr(A(), "m" + "1"), hasattr(A, "m1"))
