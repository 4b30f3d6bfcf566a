# A capture pattern before the last case makes the rest unreachable.
def f(x):
    match x:
        case y:
            return y
        case 1:
            return 1
