# ---
# features: [iteration, protocols, exceptions]
# dialect: py3
# description: deleting a key while iterating a dict raises RuntimeError
# ---
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError:
    print("RuntimeError")
