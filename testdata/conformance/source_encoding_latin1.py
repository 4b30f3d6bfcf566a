# -*- coding: latin-1 -*-
# PEP 263: a Latin-1 source file. Its str literals hold the decoded text,
# its comments may hold any Latin-1 character (éèà), and tracebacks
# show its lines decoded.
s = "café à la crème"
print(s, len(s), ascii(s))
print("½" == "\xbd", ord("ÿ"))
print(s.encode("utf-8"))
naïve = "identifier with ï"
print(naïve)
print(repr("©®"), "©".isprintable())
