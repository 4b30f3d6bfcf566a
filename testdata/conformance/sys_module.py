# The sys module: argv, switch interval, exit via SystemExit caught in
# process (so the file itself exits 0), maxsize, version_info major.
import sys

print(len(sys.argv), sys.argv[0].endswith("sys_module.py"), sys.argv[1:])
old = sys.getswitchinterval()
print(old)
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(old)
print(sys.getswitchinterval() == old)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit code:", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit message:", e.code)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.maxsize == 2 ** 63 - 1, sys.version_info[0])
print(type(sys.argv).__name__)
try:
    raise SystemExit(0)
except BaseException as e:
    print("BaseException catches", type(e).__name__, isinstance(e, Exception))
