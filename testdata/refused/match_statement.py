# rcvm refuses structural pattern matching (the match statement).
def describe(value):
    match value:
        case 0:
            return "zero"
        case [x, y]:
            return f"pair {x} {y}"
        case _:
            return "other"

print(describe(0), describe([1, 2]), describe("s"))
