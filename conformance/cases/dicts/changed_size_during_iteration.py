# ---
# features: [dicts, containers, exceptions]
# dialect: py3
# description: adding keys while iterating a dict raises RuntimeError
# ---
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError:
    print("RuntimeError")
