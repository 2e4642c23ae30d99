# ---
# features: [imports, modules]
# dialect: py2+3
# description: a module file on sys.path is imported and its attributes are reachable
# ---
import os, sys, tempfile
d = tempfile.mkdtemp()
f = open(os.path.join(d, "conf_mod_a.py"), "w")
f.write("VALUE = 42\ndef double(x):\n    return x * 2\n")
f.close()
sys.path.insert(0, d)
import conf_mod_a
print(conf_mod_a.VALUE)
print(conf_mod_a.double(4))
print(conf_mod_a.__name__)
