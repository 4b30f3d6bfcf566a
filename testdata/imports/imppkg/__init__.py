"""imppkg: a package with submodules and relative imports."""
LEVEL = "top"
from . import alpha
from .alpha import greet
from .sub import beta as _beta

__all__ = ["greet", "LEVEL", "alpha"]
