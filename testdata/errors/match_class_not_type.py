# A class pattern's name must be a type, checked when the case is tried.
def describe(v, cls):
    match v:
        case cls():
            return "instance"
    return "other"


print(describe(1, int))
print(describe(1, len))
