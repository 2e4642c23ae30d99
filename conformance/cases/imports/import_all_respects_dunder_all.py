# ---
# features: [imports, modules]
# dialect: py3
# description: from m import * imports exactly the names in __all__
# ---
import os, sys, tempfile
d = tempfile.mkdtemp()
with open(os.path.join(d, "conf_star.py"), "w") as f:
    f.write("__all__ = ['a', '_b']\na = 1\n_b = 2\nc = 3\n")
sys.path.insert(0, d)
ns = {}
exec("from conf_star import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
