# ---
# features: [imports, modules]
# dialect: py3
# description: without __all__, import * skips names starting with an underscore
# ---
import os, sys, tempfile
d = tempfile.mkdtemp()
with open(os.path.join(d, "conf_star2.py"), "w") as f:
    f.write("a = 1\n_hidden = 2\n")
sys.path.insert(0, d)
ns = {}
exec("from conf_star2 import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
