# ---
# features: [context-managers, builtins]
# dialect: py3
# description: a file opened in with is closed afterwards
# ---
import os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "f.txt")
with open(path, "w") as f:
    f.write("data")
print(f.closed)
with open(path) as f:
    print(f.read())
