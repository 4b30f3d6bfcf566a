# rcvm refuses coroutines: "async def" is not supported.
async def fetch():
    return 1

print("defined a coroutine function")
