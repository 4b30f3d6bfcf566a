"""memoryview: attributes, indexing, slicing (zero-copy views), casts, tolist/tobytes/hex, comparison,
hashing, release and the context manager, and the export rule of bytearray (BufferError)."""


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))


m = memoryview(b"abcd")
print(m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m.obj)
for label, fn in [
    ("m[0]", lambda: m[0]), ("m[-1]", lambda: m[-1]), ("m[4]", lambda: m[4]),
    ("m[1:3].tobytes()", lambda: m[1:3].tobytes()), ("m[::2].tobytes()", lambda: m[::2].tobytes()),
    ("m[::2].strides", lambda: m[::2].strides), ("m[::-1].tolist()", lambda: m[::-1].tolist()),
    ("cast H", lambda: m.cast("H").tolist()), ("cast c", lambda: m.cast("c").tolist()),
    ("cast b 2x2", lambda: m.cast("b", [2, 2]).tolist()), ("2x2[0]", lambda: m.cast("B", [2, 2])[0]),
    ("2x2[1,1]", lambda: m.cast("B", [2, 2])[1, 1]), ("cast x", lambda: m.cast("x")),
    ("cast H I", lambda: m.cast("H").cast("I")), ("cast I [2]", lambda: m.cast("I", [2])),
    ("cast <H", lambda: m.cast("<H")), ("cast strided", lambda: m[::2].cast("B")),
    ("len", lambda: len(m)), ("== bytes", lambda: m == b"abcd"), ("== bytearray", lambda: m == bytearray(b"abcd")),
    ("== str", lambda: m == "abcd"), ("<", lambda: m < m), ("hash", lambda: hash(m) == hash(b"abcd")),
    ("bytes(m[1:])", lambda: bytes(m[1:])), ("hex", lambda: m.hex(":")), ("list", lambda: list(m)),
    ("toreadonly", lambda: m.toreadonly().readonly), ("tobytes F", lambda: m.tobytes("F")),
    ("tobytes X", lambda: m.tobytes("X")), ("cast H [0]", lambda: m.cast("H")[0]),
    ("cast f [0]", lambda: m.cast("f")[0]), ("cast d []", lambda: m.cast("d", [])),
    ("memoryview(1)", lambda: memoryview(1)), ("memoryview(str)", lambda: memoryview("a")),
    ("shape=[5]", lambda: m.cast("B", shape=[5])), ("m[1.5]", lambda: m[1.5]), ("m['a']", lambda: m["a"]),
    ("cast ?", lambda: m.cast("?").tolist()), ("cast e", lambda: m.cast("e").tolist()),
    ("q 0-dim", lambda: memoryview(b"abcdefgh").cast("q", []).tolist()),
    ("q 0-dim [()]", lambda: memoryview(b"abcdefgh").cast("q", [])[()]),
    ("empty tolist", lambda: memoryview(b"").tolist()),
    ("c == B", lambda: memoryview(b"ab").cast("c") == memoryview(b"ab")),
    ("H == B", lambda: memoryview(b"\x01\x00").cast("H") == memoryview(b"\x01\x00")),
    ("H == h", lambda: memoryview(b"\x01\x00\x00\x00").cast("H") == memoryview(b"\x01\x00\x00\x00").cast("h")),
    ("== list", lambda: memoryview(b"\x01\x00").cast("H") == [1]),
    ("hash writable", lambda: hash(memoryview(bytearray(b"a")))),
    ("hash H", lambda: hash(memoryview(b"ab").cast("H"))),
    ("reverse", lambda: (memoryview(b"abc")[::-1].tobytes(), bytes(memoryview(b"abcd")[::-2]))),
    ("join", lambda: b"-".join([memoryview(b"x"), b"y"])),
    ("in", lambda: b"b" in m),
    ("bytes + mv", lambda: b"ab" + memoryview(b"cd")),
    ("bytearray(mv)", lambda: bytearray(memoryview(b"zz"))),
    ("decode", lambda: str(memoryview(b"ab"), "ascii")),
]:
    show(label, fn)

x = memoryview(b"abcdef").cast("B", [2, 3])
print(x.tolist(), x.shape, x.strides, x.nbytes, len(x), x.tobytes(), x.tobytes("F"), x.hex())
print(x[0:1].tolist(), x.c_contiguous, x.f_contiguous)

w = memoryview(bytearray(16))
for f, v in [("b", -1), ("b", 128), ("B", -1), ("c", b"x"), ("c", b"xy"), ("c", 1), ("?", 2), ("?", 0),
             ("?", "a"), ("?", None), ("h", 2**15), ("H", -1), ("f", 1.5), ("f", 1), ("f", "x"), ("d", True),
             ("q", 2**63), ("Q", 2**64 - 1), ("P", 1), ("i", 1.0), ("n", -5), ("N", -1), ("l", True), ("I", 2**32 - 1)]:
    c = w.cast(f)
    try:
        c[0] = v
        print(f, v, "ok", c[0])
    except Exception as e:
        print(f, v, type(e).__name__, e)

b = bytearray(b"xyz")
m2 = memoryview(b)
m2[0] = 65
m2[1:3] = b"BC"
print(b, m2.readonly, m2.obj is b)


def setitem(o, k, v):
    o[k] = v


for label, fn in [
    ("append", lambda: b.append(1)), ("set 300", lambda: setitem(m2, 0, 300)), ("set str", lambda: setitem(m2, 0, "a")),
    ("set slice size", lambda: setitem(m2, slice(0, 2), b"abc")), ("extend", lambda: b.extend(b"q")),
    ("pop", lambda: b.pop()), ("set b[0]", lambda: setitem(b, 0, 66)), ("clear", lambda: b.clear()),
    ("del", lambda: b.__delitem__(0) if False else None), ("same-size slice", lambda: setitem(b, slice(0, 1), b"Q")),
    ("grow slice", lambda: setitem(b, slice(0, 1), b"QQ")), ("iadd empty", lambda: b.__iadd__(b"") if False else None),
    ("readonly set", lambda: setitem(memoryview(b"ab"), 0, 1)), ("del item", lambda: m2.__delitem__(0) if False else None),
]:
    show(label, fn)
b += b""
print("iadd empty", b)
m3 = m2[1:]
m2.release()
show("after release parent", lambda: b.append(1))
m3.release()
b.append(1)
print(b)
show("released get", lambda: m2[0])
show("released len", lambda: len(m2))
show("released cast", lambda: m2.cast("B"))
print(repr(m2).startswith("<released memory at 0x"), repr(m3).startswith("<released"))
print(m2 == m2, m2 == memoryview(b"ab"))
with memoryview(b) as m4:
    print(m4[0], m4.tolist())
show("after with", lambda: m4[0])
b.append(2)
print(b)


def views_freed(b):
    # Locals: freed at once under every strategy (module globals may be
    # dropped later under the free-threaded ones).
    m5 = memoryview(b)
    m6 = memoryview(m5)
    print(m6.obj is b, m6.tolist())
    del m5
    show("m6 still exports", lambda: b.append(3))
    del m6
    b.append(3)
    print(b)


views_freed(b)
m7 = memoryview(b"xy")
m7.release()
m7.release()
print("double release ok")
for v in memoryview(b"\x01\x02").cast("b"):
    print("iter", v)
