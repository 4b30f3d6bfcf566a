# NameError three calls deep: the traceback has four frames.
def level_three():
    return undefined_variable + 1

def level_two():
    return level_three()

def level_one():
    return level_two() * 2

print("start")
level_one()
