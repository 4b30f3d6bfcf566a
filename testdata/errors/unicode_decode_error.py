def read(data):
    return data.decode("utf-8")


print(read(b"ok"))
print(read(b"caf\xc3"))
