# f-strings: expressions, !r/!s conversions, format specs, nesting.
name = "rcvm"
n = 42
x = 3.14159
items = [1, 2, 3]
print(f"{name} {n} {x}")
print(f"{name!r} {name!s} {items!r}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05d}|{n:+d}|{-n:d}")
print(f"{x:.2f}|{x:8.3f}|{x:<8.1f}|{x:e}|{x:.3e}|{x:g}|{1e20:g}|{x:%}|{0.5:.0%}")
print(f"{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#b}|{255:08b}")
print(f"{1234567:,}|{1234567.891:,.2f}|{1234567:_}")
print(f"{name:>10}|{name:*^10}|{name:.2}")
print(f"{n * 2 + 1} {items[1]} {len(name)} {'nested'} {name.upper()}")
width = 8
prec = 3
print(f"{x:{width}.{prec}f}|")
print(f"{{literal braces}} {n}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{True} {None} {3 > 2}")
print(f"{'a' if n > 0 else 'b'}")
print(f"{-0.0} {1e-7} {2.5:.0f} {3.5:.0f}")
print(f"multi {n}" f" part {x:.1f}")
print(f"{n!r:>6}|{name!r:^10}|")
