# ---
# features: [imports, modules]
# dialect: py2+3
# description: import ... as binds only the alias
# ---
import os.path as osp
print(osp.join("a", "b"))
try:
    os
except NameError:
    print("NameError")
