# A __notes__ that is not a sequence is shown by its repr.
e = ValueError("v")
e.__notes__ = 42
raise e
