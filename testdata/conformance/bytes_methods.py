"""bytes and bytearray methods over a table of inputs, both types side by side."""

SAMPLES = [b"", b"a", b"abc", b"  hello  world  ", b"a,b,,c,", b"\t\nx\x0b\x0cy\r\n", b"Hello World",
           b"hELLO wORLD 123", b"\x00\x7f\x80\xff", b"aaa", b"x\ty\tz", b"-12", b"+7", b"ABC def", b"line1\nline2\r\nline3\r"]
SUBS = [b"", b"a", b"b", b"l", b"aa", b"xyz", b" ", b",", 97, 0]


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r), type(r).__name__)


for s in SAMPLES:
    for tp in (bytes, bytearray):
        x = tp(s)
        print("==", repr(x))
        for m in ("upper", "lower", "swapcase", "capitalize", "title", "isalnum", "isalpha", "isascii",
                  "isdigit", "islower", "isupper", "isspace", "istitle", "splitlines", "hex", "strip",
                  "lstrip", "rstrip", "split", "rsplit", "expandtabs"):
            show(m, getattr(x, m))
        show("splitlines(True)", lambda: x.splitlines(True))
        show("expandtabs(3)", lambda: x.expandtabs(3))
        show("expandtabs(0)", lambda: x.expandtabs(0))
        show("hex(':')", lambda: x.hex(":"))
        show("hex('-', 2)", lambda: x.hex("-", 2))
        show("hex(b' ', -2)", lambda: x.hex(b" ", -2))
        show("strip(b'a ')", lambda: x.strip(b"a "))
        show("rstrip(bytearray(b'\\n\\r'))", lambda: x.rstrip(bytearray(b"\n\r")))
        for w in (0, 3, 8, 15):
            show("center%d" % w, lambda: x.center(w))
            show("ljust%d*" % w, lambda: x.ljust(w, b"*"))
            show("rjust%d-" % w, lambda: x.rjust(w, bytearray(b"-")))
            show("zfill%d" % w, lambda: x.zfill(w))
        for sub in SUBS:
            show("find %r" % (sub,), lambda: x.find(sub))
            show("rfind %r" % (sub,), lambda: x.rfind(sub))
            show("find %r 1 -1" % (sub,), lambda: x.find(sub, 1, -1))
            show("count %r" % (sub,), lambda: x.count(sub))
            show("count %r 2" % (sub,), lambda: x.count(sub, 2))
            show("index %r" % (sub,), lambda: x.index(sub))
            show("rindex %r" % (sub,), lambda: x.rindex(sub, 0, 5))
            show("in %r" % (sub,), lambda: sub in x)
            if isinstance(sub, bytes):
                show("startswith %r" % sub, lambda: x.startswith(sub))
                show("endswith %r" % sub, lambda: x.endswith((b"zz", sub), 1))
                show("split %r" % sub, lambda: x.split(sub))
                show("split %r 1" % sub, lambda: x.split(sub, 1))
                show("rsplit %r 1" % sub, lambda: x.rsplit(sub, maxsplit=1))
                show("partition %r" % sub, lambda: x.partition(sub))
                show("rpartition %r" % sub, lambda: x.rpartition(sub))
                show("replace %r" % sub, lambda: x.replace(sub, b"<>"))
                show("replace %r 1" % sub, lambda: x.replace(sub, b"", 1))
                show("removeprefix %r" % sub, lambda: x.removeprefix(sub))
                show("removesuffix %r" % sub, lambda: x.removesuffix(memoryview(sub)))
                show("join", lambda: x.join([sub, b"1", bytearray(b"2")]))
        show("split None 1", lambda: x.split(None, 1))
        show("rsplit None 1", lambda: x.rsplit(maxsplit=1))
        show("split None 0", lambda: x.split(None, 0))
        table = bytes.maketrans(b"abc", b"xyz")
        show("translate", lambda: x.translate(table))
        show("translate del", lambda: x.translate(table, b"lo"))
        show("translate None", lambda: x.translate(None, b"a"))
        show("decode", lambda: x.decode("latin-1"))
        show("slice", lambda: (x[1:], x[:-1], x[::2], x[::-1], x[5:1:-2]))
        show("index", lambda: [x[i] for i in range(-len(x), len(x))])
        show("ops", lambda: (x + b"!", x * 2, 2 * x, x * 0, x == s, x != b"a", x < b"b", x >= b"abc"))
        show("iter", lambda: list(x))
        show("bool len", lambda: (bool(x), len(x)))

print(bytes.fromhex("00 ff 1a2B"), bytearray.fromhex(""), b"".join([]))
print(bytes.maketrans(b"", b"") == bytes(range(256)))
print(hash(b"abc") == hash("abc"), hash(b"") == hash(""), hash(b"") == 0)
d = {b"k": 1, "k": 2}
print(d[b"k"], d["k"], len(d))
print(b"abc" == "abc", b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", bytearray(b"x") == memoryview(b"x"))
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(b"hello"), sum(b"abc"))
print(b"%s" % b"q", b"%d-%s" % (1, b"x"), bytearray(b"<%5s>") % b"ab")
