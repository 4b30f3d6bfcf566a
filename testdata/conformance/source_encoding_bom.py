# A UTF-8 BOM before the first line is skipped.
print("bom", "é")
