text = "na\u00efve"
print(text.encode("ascii", "replace"))
print(text.encode("ascii"))
