import circ_a
B_VALUE = "b"
PARTIAL = hasattr(circ_a, "A_VALUE")
