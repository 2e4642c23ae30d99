# ---
# features: [imports, modules]
# dialect: py3
# description: a directory without __init__.py is a namespace package
# ---
import os, sys, tempfile
d = tempfile.mkdtemp()
os.mkdir(os.path.join(d, "conf_ns"))
with open(os.path.join(d, "conf_ns", "leaf.py"), "w") as f:
    f.write("V = 'leaf'\n")
sys.path.insert(0, d)
import conf_ns.leaf
print(conf_ns.leaf.V)
print(getattr(conf_ns, "__file__", None))
