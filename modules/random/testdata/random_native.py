import _random
r = _random.Random(42)
print([r.random() for _ in range(3)])
r.seed(2**100 + 12345); print(r.random(), r.getrandbits(5), r.getrandbits(32), r.getrandbits(100), r.getrandbits(0))
r.seed(-7); a = r.random(); r.seed(7); print(a == r.random())
r.seed(1.5); print(r.random())
r.seed(3); print(r.random())
r.seed(); r.seed(None); r.seed(0); print(r.random())
s = r.getstate(); print(len(s), s[-1], s[:3]); x = r.random(); r.setstate(s); print(x == r.random())
class R(_random.Random): pass
print(R(5).random(), type(R(5)).__mro__)
for f in [lambda: r.setstate(1), lambda: r.setstate((1,)), lambda: r.setstate((0,)*624 + (700,)), lambda: r.getrandbits(-1),
          lambda: r.getrandbits(1.5), lambda: _random.Random(1, 2), lambda: _random.Random(x=1), lambda: r.seed([]), lambda: r.random(1),
          lambda: r.setstate((-1,)*625), lambda: r.seed(1, 2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
