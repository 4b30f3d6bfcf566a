# -*- coding: klingon -*-
# An unknown source encoding is a SyntaxError before anything runs.
print("never")
