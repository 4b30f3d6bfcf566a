# The __builtins__ of exec's and eval's globals is where their code's
# names that are not global resolve (a dict, or a module's dict).
import builtins

g = {"__builtins__": {"len": lambda x: 99}}
print(eval("len([])", g))
try:
    eval("abs(-1)", g)
except NameError as e:
    print("NameError:", e)

exec("def f(s):\n    return len(s)\n", g)
print(g["f"]("abc"))

g2 = {"__builtins__": builtins}
print(eval("abs(-2)", g2))
g3 = {}
exec("r = abs(-3)", g3)
print(g3["r"], g3["__builtins__"] is builtins.__dict__ or g3["__builtins__"] is builtins)

# A name found in the builtins, then shadowed by a global.
g4 = {"__builtins__": {"x": "from builtins"}}
code = compile("def get():\n    return x\n", "<gen>", "exec")
exec(code, g4)
print(g4["get"]())
g4["x"] = "global"
print(g4["get"]())
del g4["x"]
print(g4["get"]())

# (A function defined by exec refers to its globals: clear them to break
# the cycle.)
g.clear()
g4.clear()
