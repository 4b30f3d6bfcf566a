# A traceback through methods, a lambda and a nested function.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps

    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value

def make_divider(d):
    def divide(v):
        return v // d
    return divide

p = Pipeline([lambda v: v + 1, make_divider(2), make_divider(0)])
print(Pipeline([lambda v: v * 3]).run(2))
p.run(10)
