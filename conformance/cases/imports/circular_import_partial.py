# ---
# features: [imports, modules]
# dialect: py3
# description: a circular import sees the partially initialized module
# ---
import os, sys, tempfile
d = tempfile.mkdtemp()
with open(os.path.join(d, "conf_c1.py"), "w") as f:
    f.write("X = 1\nimport conf_c2\nY = 2\n")
with open(os.path.join(d, "conf_c2.py"), "w") as f:
    f.write("import conf_c1\nprint(hasattr(conf_c1, 'X'), hasattr(conf_c1, 'Y'))\n")
sys.path.insert(0, d)
import conf_c1
print(conf_c1.Y)
