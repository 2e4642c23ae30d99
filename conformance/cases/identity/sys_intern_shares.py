# ---
# features: [identity, strings]
# dialect: py3
# description: sys.intern returns one shared object for equal strings
# ---
import sys
a = sys.intern("".join(["con", "form"]))
b = sys.intern("conform")
print(a is b)
