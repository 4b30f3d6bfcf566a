# str.maketrans and str.translate, with CPython's errors.
print(sorted(str.maketrans("abc", "xyz", "d").items()), str.maketrans({"a": "b", 98: None, 99: 100}))
print("abcdde".translate(str.maketrans("abc", "xyz", "d")), "héllo".translate({ord("é"): "e", ord("l"): "LL"}), "abc".translate([ord("z")] * 98 + [None]))
class T:
    def __getitem__(self, k):
        if k == 97: return "A"
        raise KeyError(k)
print("banana".translate(T()), "x".translate({}))
for args in [(1,), ("ab", "c"), ("a", 1), (1, "a"), ({"ab": 1},), ({1.5: 1},), ("a", "b", 3), ()]:
    try: print(str.maketrans(*args))
    except Exception as e: print(type(e).__name__, e)
for tab in [{97: 1.5}, {97: -1}, {97: 0x110000}, {97: 2**100}, 5]:
    try: print("a".translate(tab))
    except Exception as e: print(type(e).__name__, e)
