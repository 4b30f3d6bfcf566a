# A bare raise with no exception being handled.
print("before")
raise
