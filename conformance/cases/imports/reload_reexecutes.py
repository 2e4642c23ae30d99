# ---
# features: [imports, modules]
# dialect: py3
# description: importlib.reload runs the module body again in the same module object
# ---
import importlib, os, sys, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "conf_reload.py")
with open(path, "w") as f:
    f.write("print('body')\ncount = 1\n")
sys.path.insert(0, d)
import conf_reload
m = conf_reload
m.extra = "kept"
importlib.reload(conf_reload)
print(conf_reload is m)
print(m.extra)
