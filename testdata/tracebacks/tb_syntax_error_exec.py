# A SyntaxError from exec's compiler is reported with its location.
def run(src):
    exec(src)


run("x = 1\ny = = 2\n")
