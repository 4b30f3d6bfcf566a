buf = bytearray(b"abc")
view = memoryview(buf)
buf.extend(b"d")
