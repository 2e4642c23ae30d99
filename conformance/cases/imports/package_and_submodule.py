# ---
# features: [imports, modules]
# dialect: py3
# description: importing a submodule binds the package and sets the submodule as its attribute
# ---
import os, sys, tempfile
d = tempfile.mkdtemp()
os.mkdir(os.path.join(d, "conf_pkg"))
with open(os.path.join(d, "conf_pkg", "__init__.py"), "w") as f:
    f.write("print('pkg init')\n")
with open(os.path.join(d, "conf_pkg", "sub.py"), "w") as f:
    f.write("print('sub body')\nNAME = 'sub'\n")
sys.path.insert(0, d)
import conf_pkg.sub
print(conf_pkg.sub.NAME)
print("conf_pkg" in sys.modules, "conf_pkg.sub" in sys.modules)
