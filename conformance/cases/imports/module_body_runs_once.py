# ---
# features: [imports, modules]
# dialect: py2+3
# description: importing a module twice runs its body once and reuses sys.modules
# ---
import os, sys, tempfile
d = tempfile.mkdtemp()
f = open(os.path.join(d, "conf_once.py"), "w")
f.write("print('module body ran')\n")
f.close()
sys.path.insert(0, d)
import conf_once
import conf_once as again
print(again is sys.modules["conf_once"])
