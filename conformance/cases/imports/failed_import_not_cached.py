# ---
# features: [imports, modules, exceptions]
# dialect: py3
# description: a module whose body raises is removed from sys.modules
# ---
import os, sys, tempfile
d = tempfile.mkdtemp()
with open(os.path.join(d, "conf_bad.py"), "w") as f:
    f.write("print('running')\nraise ValueError('broken')\n")
sys.path.insert(0, d)
for attempt in range(2):
    try:
        import conf_bad
    except ValueError:
        print("ValueError", "conf_bad" in sys.modules)
