# compile() and exec() of bytes honour a coding declaration; a str is
# already text and its declaration is ignored.
exec(b"# -*- coding: latin-1 -*-\nprint('caf\xe9', len('caf\xe9'))\n")
exec("# -*- coding: latin-1 -*-\nprint('café', len('café'))\n")
code = compile(b"# coding: cp1252\nx = '\x80'\n", "<bytes>", "exec")
ns = {}
exec(code, ns)
print(ns["x"], hex(ord(ns["x"])))
print(eval(b"# coding: latin-1\n'\xff'"), eval("# coding: latin-1\n'ÿ'"))
try:
    compile(b"# coding: latin-1\nx = b'\xe9'\n", "<b>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec(b"\xef\xbb\xbfprint('bom in bytes')")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
