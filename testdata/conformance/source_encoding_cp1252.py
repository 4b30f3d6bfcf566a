#!/usr/bin/env python3
# vim: set fileencoding=cp1252 :
# PEP 263: the declaration on the second line, a Windows code page.
print("€ “quoted” …")
print(len("€…"), [hex(ord(c)) for c in "€Ÿ"])
