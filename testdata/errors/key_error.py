# KeyError from a missing dict key, raised in a method.
class Inventory:
    def __init__(self):
        self.stock = {"apple": 3}

    def take(self, name):
        self.stock[name] -= 1
        return self.stock[name]

inv = Inventory()
print(inv.take("apple"))
print(inv.take("pear"))
