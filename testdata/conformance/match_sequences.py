# Sequence patterns: lengths, stars, nesting, which types are sequences.


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first!r} {middle!r} {last!r}"
        case [first, *_, last]:
            return f"ends {first!r} {last!r}"
    return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], list(range(7)), range(4), "ab", b"ab",
          bytearray(b"ab"), {1: 2}, {1, 2}, 5, memoryview(b"xyz")]:
    print(type(v).__name__, seq(v))


def nested(v):
    match v:
        case [[a, b], [c, *d]]:
            return ("pairs", a, b, c, d)
        case [*a, [b]]:
            return ("tail", a, b)
        case (_, _, *_):
            return "two or more"
        case [*_]:
            return "any"
        case _:
            return None


for v in [[[1, 2], [3]], [[1, 2], [3, 4, 5]], [1, 2, [3]], (1, 2), [1], [], "xy"]:
    print(nested(v))

# An open sequence at the top of a case, and a subject tuple.
match 1, 2, 3:
    case a, *b:
        print(a, b)
match (1, 2):
    case (1, x) | (x, 1):
        print("or", x)


class Seq:
    __match_args__ = ()

    def __init__(self, *items):
        self.items = items
        self.log = []

    def __len__(self):
        self.log.append("len")
        return len(self.items)

    def __getitem__(self, i):
        self.log.append(f"get {i}")
        return self.items[i]


class NotSeq:
    def __len__(self):
        return 0


match NotSeq():
    case []:
        print("wrong")
    case _:
        print("a class with __len__ is no sequence")

