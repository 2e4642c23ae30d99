# ---
# features: [imports, modules, attributes]
# dialect: py3
# description: a module-level __getattr__ in a module file handles missing attributes
# ---
import os, sys, tempfile
d = tempfile.mkdtemp()
with open(os.path.join(d, "conf_lazy.py"), "w") as f:
    f.write("def __getattr__(name):\n    if name == 'lazy':\n        return 'computed'\n    raise AttributeError(name)\n")
sys.path.insert(0, d)
import conf_lazy
print(conf_lazy.lazy)
from conf_lazy import lazy
print(lazy)
try:
    conf_lazy.other
except AttributeError:
    print("AttributeError")
