# Mapping patterns: keys, values, **rest, get() and what is a mapping.


def mp(v):
    match v:
        case {}:
            if not v:
                return "empty mapping"
            return "pass through"
    return "not a mapping"


for v in [{}, {1: 2}, [], "s"]:
    print(mp(v))


def keys(v):
    match v:
        case {"type": "point", "x": x, "y": y, **rest} if not rest:
            return f"point {x} {y}"
        case {"type": "point", **rest}:
            return f"point with {sorted(rest)}"
        case {3: one, 2.0: two, None: n, True: t}:
            return ("numbers", one, two, n, t)
        case {"a": {"b": [*inner]}}:
            return ("deep", inner)
        case {"k": 1 | 2 as k}:
            return ("k", k)
    return "no"


for v in [{"type": "point", "x": 1, "y": 2},
          {"type": "point", "x": 1, "y": 2, "z": 3},
          {3: "one", 2: "two", None: "n", 1: "t"},
          {3: "one", 2: "two", None: "n"},
          {"a": {"b": (1, 2)}},
          {"k": 2}, {"k": 3}]:
    print(keys(v))


class K:
    key = "x"


match {"x": 5}:
    case {K.key: v}:
        print("dotted key", v)

# A key repeated at run time.
try:
    match {"x": 1, "y": 2}:
        case {"x": 1, K.key: 2}:
            pass
except ValueError as e:
    print("ValueError", e)
