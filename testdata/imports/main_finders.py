import sys

ModuleSpec = type(sys.__spec__)


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.VALUE = "virtual " + module.__name__


class MetaFinder:
    def find_spec(self, name, path, target=None):
        if name.startswith("virt"):
            return ModuleSpec(name, Loader(), origin="virtual")
        return None


sys.meta_path.insert(0, MetaFinder())
import virt_a
print(virt_a.VALUE, virt_a.__spec__.origin, virt_a.__spec__.has_location, repr(virt_a))
print(virt_a.__spec__.parent == "", type(virt_a.__loader__).__name__, "virt_a" in sys.modules)
print(ModuleSpec("m", None) == ModuleSpec("m", None), ModuleSpec("m", None, is_package=True).submodule_search_locations)
print(repr(ModuleSpec("a.b", None, origin="o")), ModuleSpec("a.b", None).parent)


class EntryFinder:
    def __init__(self, path):
        self.path = path

    def find_spec(self, name, target=None):
        if name == "hooked":
            return ModuleSpec(name, Loader(), origin=self.path + "/hooked")
        return None


def hook(path):
    if path == "VIRTUAL":
        return EntryFinder(path)
    raise ImportError("not mine")


sys.path_hooks.insert(0, hook)
sys.path.append("VIRTUAL")
import hooked
print(hooked.VALUE, type(sys.path_importer_cache["VIRTUAL"]).__name__)
import counter
print(counter.__name__)


class Refuser:
    def find_spec(self, name, path, target=None):
        raise ImportError("refused " + name)


sys.meta_path.insert(0, Refuser())
try:
    import never_found
except ImportError as e:
    print(type(e).__name__, e)
del sys.meta_path[0]
sys.meta_path = []
try:
    import yet_another
except ImportError as e:
    print(type(e).__name__, e)
