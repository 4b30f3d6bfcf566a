# The common str methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print(s.upper(), s.lower(), "hello world".title(), "hello".capitalize(), "HeLLo".swapcase())
w = "the quick brown fox jumps over the lazy dog"
print(w.split(), w.split(" ", 2), "a,b,,c".split(","), "a b  c".split(" "), w.rsplit(" ", 1))
print("one\ntwo\n".split("\n"), "  lead and trail  ".split())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(4)))
print(w.replace("the", "THE"), w.replace("o", "0", 2), "aaa".replace("a", "bb"))
print(w.find("fox"), w.find("cat"), w.rfind("o"), w.index("quick"), w.count("o"), w.count("the"))
print(w.startswith("the"), w.startswith("quick", 4), w.endswith("dog"), w.endswith(("cat", "dog")))
print("abc".isalpha(), "abc1".isalpha(), "123".isdigit(), "12a".isdigit(), "   ".isspace(),
      "abc".islower(), "ABC".isupper(), "abc123".isalnum(), "".isdigit())
print("42".zfill(5), "-42".zfill(5), "ab".center(6, "*"), "ab".ljust(5, "."), "ab".rjust(5))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"))
print("Hello".lower().upper().lower(), "x".join("abc"))
print("%s has %d chars" % (w[:9], len(w)))
print("hello world".index("o", 5), "banana".find("a", 2), "banana".rfind("a", 0, 4))
print("mississippi".split("ss"), "x".split("x"), "abc".split("abc"))
print(str.upper("abc"), "a,b;c".replace(",", ";").split(";"))
