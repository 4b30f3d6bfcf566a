import partial_b
MISSING_LATER = 1
