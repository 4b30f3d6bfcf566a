# Dicts: insertion order, methods, views, updates, keys of several types.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" not in d)
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
print(d.pop("b"), d.pop("z", "default"), d)
print(d.setdefault("e", 5), d.setdefault("a", 99), d)
d.update({"f": 6, "a": 0})
d.update(g=7)
print(d)
del d["c"]
print(d)
e = d.copy()
e["new"] = 1
print(len(d), len(e))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict())
mixed = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool"}
print(mixed, mixed[1], mixed[(1, 2)])
print({1: "a", 1.0: "b"})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in [("x", 1), ("y", 2)]})
print(d == {"a": 0, "e": 5, "f": 6, "g": 7}, {} == {}, {1: 2} != {1: 3})
print(d.popitem(), d)
d.clear()
print(d, bool(d), bool({0: 0}))
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
print(list({3: 0, 1: 0, 2: 0}), {"z": 1, "a": 2}.keys())
print(dict.fromkeys([1, 2], 0))
