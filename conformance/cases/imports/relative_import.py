# ---
# features: [imports, modules]
# dialect: py3
# description: a relative import inside a package finds its sibling
# ---
import os, sys, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "conf_rel")
os.mkdir(p)
with open(os.path.join(p, "__init__.py"), "w") as f:
    f.write("")
with open(os.path.join(p, "a.py"), "w") as f:
    f.write("from .b import value\nfrom . import b\n")
with open(os.path.join(p, "b.py"), "w") as f:
    f.write("value = 'from b'\n")
sys.path.insert(0, d)
from conf_rel import a
print(a.value)
print(a.b.__name__)
