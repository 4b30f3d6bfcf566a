from .. import alpha
from ..alpha import greet
from . import SUBLEVEL
from .deep import gamma

WHO = greet("beta") + " via " + alpha.NAME + " " + SUBLEVEL + " " + gamma.DEPTH
