# An exception raised in a finally block while another is propagating.
def cleanup():
    try:
        raise KeyError("original")
    finally:
        raise IndexError("from finally")

cleanup()
