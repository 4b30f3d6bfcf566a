import sys
import circ_a
print(circ_a.A_VALUE, circ_a.from_b(), sys.modules["circ_b"].PARTIAL)
import circpkg
print(circpkg.one.ONE, circpkg.one.two.get_one(), circpkg.two.TWO)
try:
    import circ_x
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "DIR"))
    print(e.name, e.path[len(sys.path[0]):])
print("circ_x" in sys.modules, "circ_y" in sys.modules)
