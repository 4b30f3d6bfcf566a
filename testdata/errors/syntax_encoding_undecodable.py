# coding: ascii
# Bytes the declared encoding cannot decode.
print("café")
