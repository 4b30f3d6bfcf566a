from ... import LEVEL as _unused_if_partial
from ...alpha import NAME

DEPTH = "deep:" + NAME + ":" + __package__
