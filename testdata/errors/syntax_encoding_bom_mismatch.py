# coding: latin-1
# A BOM says UTF-8: declaring another encoding beside it is an error.
print("never")
